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
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("secret")));
    }

    @Test
    void theBuiltSinglePageAppIsServedAtTheRoot() {
        given().when().get("/").then().statusCode(200)
                .body(containsString("<div id=\"app\""))
                .header("X-Frame-Options", equalTo("DENY"));
    }
}
