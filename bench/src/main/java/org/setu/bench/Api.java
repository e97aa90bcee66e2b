package org.setu.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.setu.devstack.demo.DemoTokens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * The few plain HTTP calls the run makes outside the simulations: tokens from Keycloak, the set-up of cases, the
 * services' metrics. The load itself goes through Gatling.
 */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Api() {
    }

    /** The partner system's token (client credentials), as a partner integration gets it. */
    static String partnerToken() {
        return orFail(() -> DemoTokens.ofPartner(), "partner-demo");
    }

    /** A demo user's token (password = user name), as a portal gets it. */
    static String userToken(String user) {
        return orFail(() -> DemoTokens.ofUser(user), user);
    }

    private interface TokenCall {
        Optional<String> get() throws IOException, InterruptedException;
    }

    private static String orFail(TokenCall call, String who) {
        try {
            return call.get().orElseThrow(() -> new IllegalStateException("Keycloak refused a token for " + who));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode post(String url, String token, String body) {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
        if (r.statusCode() / 100 != 2) throw new IllegalStateException("POST " + url + ": HTTP " + r.statusCode() + " " + r.body());
        return json(r.body());
    }

    /** The status of a GET, for polls that wait until a service has caught up. */
    static int status(String url, String token) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET().build()).statusCode();
    }

    static String text(String url) {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(url)).GET().build());
        if (r.statusCode() != 200) throw new IllegalStateException("GET " + url + ": HTTP " + r.statusCode());
        return r.body();
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + e.getMessage(), e);
        }
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
