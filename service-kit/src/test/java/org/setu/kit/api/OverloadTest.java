package org.setu.kit.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@TestProfile(OverloadTest.OneConnection.class)
class OverloadTest {

    /** A pool of two connections (Flyway needs two at start) that gives up waiting after half a second. */
    public static class OneConnection implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.max-size", "2",
                    "quarkus.datasource.jdbc.acquisition-timeout", "0.5S",
                    "setu.outbox.relay-enabled", "false");   // the relay would hold one for good
        }
    }

    @Test
    @TestSecurity(user = "screener", roles = "screener")
    void aRequestThatFindsNoFreeDatabaseConnectionIsToldToRetryNotGivenA500() throws Exception {
        CompletableFuture<Response> holder = CompletableFuture.supplyAsync(
                () -> given().when().get("/api/v1/test/pool/hold").andReturn());
        CompletableFuture<Response> another = CompletableFuture.supplyAsync(
                () -> given().when().get("/api/v1/test/pool/hold").andReturn());
        long deadline = System.currentTimeMillis() + 4000;   // until the two holders have both connections
        while (given().when().get("/api/v1/test/pool/held").then().extract().asString().equals("2") == false
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }

        Response answer = given().when().get("/api/v1/test/pool/use").andReturn();

        assertThat(answer.statusCode()).as("holders answered %s and %s", holder.getNow(null), another.getNow(null)).isEqualTo(503);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.header("Retry-After")).isEqualTo("5");
        assertThat(answer.body().asString()).contains("database-unavailable").doesNotContain("acquisition");
        assertThat(holder.get().statusCode()).isEqualTo(200);
        assertThat(another.get().statusCode()).isEqualTo(200);
        given().when().get("/api/v1/test/pool/use").then().statusCode(200);
    }
}
