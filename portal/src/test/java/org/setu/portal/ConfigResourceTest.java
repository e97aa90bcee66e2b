package org.setu.portal;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class ConfigResourceTest {

    @Test
    void theAppLearnsWhereKeycloakAndTheServicesAreWithoutAnySecret() {
        given().when().get("/config.json").then().statusCode(200)
                .header("Cache-Control", containsString("no-store"))
                .body("keycloakUrl", equalTo("http://localhost:8180"))
                .body("clientId", equalTo("setu-portal"))
                .body("referralUrl", equalTo("http://localhost:8082"))
                .body("statisticsUrl", equalTo("http://localhost:8085"))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("secret")));
    }

    @Test
    void theLinkInAReferralNotificationOpensTheApp() {
        given().when().get("/referrals/6f1c1b0e-7d4a-4c1e-9d7b-2a1e3f4b5c6d").then().statusCode(200)
                .body(containsString("<div id=\"app\""));
        given().when().get("/referrals/not-an-id").then().statusCode(404);
    }

    @Test
    void theBuiltSinglePageAppIsServedAtTheRoot() {
        given().when().get("/").then().statusCode(200)
                .body(containsString("<div id=\"app\""))
                .header("X-Frame-Options", equalTo("DENY"));
    }
}
