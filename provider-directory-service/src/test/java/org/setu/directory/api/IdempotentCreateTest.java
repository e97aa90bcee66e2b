package org.setu.directory.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.setu.directory.Fixtures;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.setu.directory.Fixtures.NRM_SECRETARIAT;

@QuarkusTest
@TestSecurity(user = "diradmin", roles = "directory-admin")
@OidcSecurity(claims = @Claim(key = "agency_id", value = NRM_SECRETARIAT))
class IdempotentCreateTest {

    @Inject
    Fixtures fixtures;

    @Test
    void aRetriedCreateWithTheSameIdempotencyKeyCreatesTheServiceOnce() {
        UUID org = fixtures.organization("Retry NGO");
        String key = UUID.randomUUID().toString();
        String first = given().contentType("application/json").header("Idempotency-Key", key)
                .body(ServiceRequests.shelter(org.toString())).post("/api/v1/services")
                .then().statusCode(201).extract().path("id");
        given().contentType("application/json").header("Idempotency-Key", key)
                .body(ServiceRequests.shelter(org.toString())).post("/api/v1/services")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        given().queryParam("organizationId", org.toString()).get("/api/v1/services").then().body("totalItems", equalTo(1));
    }
}
