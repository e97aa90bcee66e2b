package org.setu.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The few plain HTTP calls the run makes outside the simulations: tokens from Keycloak, the set-up of cases, the
 * services' metrics. The load itself goes through Gatling.
 */
final class Api {

    static final String KEYCLOAK_TOKEN_URL = "http://127.0.0.1:8180/realms/setu/protocol/openid-connect/token";
    static final ObjectMapper JSON = new ObjectMapper();

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Api() {
    }

    /** The partner system's token (client credentials), as a partner integration gets it. */
    static String partnerToken() {
        return token("grant_type=client_credentials&client_id=partner-demo&client_secret=partner-demo-secret");
    }

    /** A demo user's token (password = user name), as a portal gets it. */
    static String userToken(String user) {
        String u = URLEncoder.encode(user, StandardCharsets.UTF_8);
        return token("grant_type=password&client_id=setu-cli&username=" + u + "&password=" + u);
    }

    private static String token(String form) {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(KEYCLOAK_TOKEN_URL))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (r.statusCode() != 200) throw new IllegalStateException("Keycloak refused a token: HTTP " + r.statusCode());
        return json(r.body()).get("access_token").asText();
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
