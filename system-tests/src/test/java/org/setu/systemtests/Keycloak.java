package org.setu.systemtests;

import io.restassured.path.json.JsonPath;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static io.restassured.RestAssured.given;

/** Real tokens from the realm's Keycloak, the way portals (password grant) and partners (client credentials) get them. */
final class Keycloak {

    static final String TOKEN_URL = "http://127.0.0.1:8180/realms/setu/protocol/openid-connect/token";

    private Keycloak() {
    }

    static String tokenFor(String user) {
        return given().formParam("grant_type", "password").formParam("client_id", "setu-cli")
                .formParam("username", user).formParam("password", user)
                .when().post(TOKEN_URL)
                .then().statusCode(200).extract().path("access_token");
    }

    static String partnerToken(String clientId, String secret) {
        return given().formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId).formParam("client_secret", secret)
                .when().post(TOKEN_URL)
                .then().statusCode(200).extract().path("access_token");
    }

    /** The token's claims, read without verifying: the services verify, tests only look. */
    static JsonPath claims(String token) {
        String payload = token.split("\\.")[1];
        return JsonPath.from(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }
}
