package org.setu.devstack.demo;

import org.setu.devstack.KeycloakServer;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * Access tokens from the local Keycloak for the demo accounts: a demo user (password = user name, public client
 * {@code setu-cli}) or the partner system (client credentials of {@code partner-demo}).
 */
public final class DemoTokens {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private DemoTokens() {
    }

    /** A demo user's token, or empty when Keycloak refuses (not up, or no such user). */
    public static Optional<String> ofUser(String user) throws IOException, InterruptedException {
        String u = URLEncoder.encode(user, StandardCharsets.UTF_8);
        return request("grant_type=password&client_id=setu-cli&username=" + u + "&password=" + u);
    }

    /** The partner system's token, as a partner integration gets it; empty when Keycloak refuses. */
    public static Optional<String> ofPartner() throws IOException, InterruptedException {
        return request("grant_type=client_credentials&client_id=partner-demo&client_secret=partner-demo-secret");
    }

    private static Optional<String> request(String form) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + KeycloakServer.PORT
                        + "/realms/" + KeycloakServer.REALM + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) return Optional.empty();
        String token = JSON.readTree(response.body()).path("access_token").asText("");
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }
}
