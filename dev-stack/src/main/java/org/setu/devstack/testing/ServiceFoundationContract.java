package org.setu.devstack.testing;

import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every Setu service promises from its first day, checked in each service's own {@code @QuarkusTest}
 * against real PostgreSQL and Kafka: open health, metrics and API documents; a token on every API call;
 * the caller's agency understood; errors as problem details; a Flyway-migrated database of its own.
 * Real Keycloak tokens are checked in system-tests; here the identity comes from {@code @TestSecurity}.
 */
public abstract class ServiceFoundationContract {

    /** The demo agency of the realm's screener, case worker and provider. */
    public static final String DEMO_AGENCY = "5e7c1f3a-2b4d-4c6e-8f10-a1b2c3d4e501";
    private static final String PROBLEM_JSON = "application/problem+json";

    @Inject
    DataSource dataSource;

    @Test
    void readinessIsOpenAndCoversTheDatabaseAndKafka() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")))
                .body("checks.name", hasItem(containsString("Kafka")));
    }

    @Test
    void theOpenApiDocumentAndSwaggerUiNeedNoToken() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("paths", hasKey("/api/v1/me"));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void metricsAreExposedForPrometheus() {
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void anApiCallWithoutATokenIsRefusedAsAProblem() {
        given().when().get("/api/v1/me")
                .then().statusCode(401)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(401))
                .body("title", equalTo("Unauthorized"));
    }

    @Test
    void aTokenThatCannotBeCheckedWhileKeycloakIsDownGets503NotA500() {
        // a well-formed but unverifiable token; the test profile points OIDC at an address where nothing answers
        String token = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6InRlc3QifQ"
                + ".eyJzdWIiOiJ4IiwiaXNzIjoiaHR0cDovL2xvY2FsaG9zdDo4MTgwL3JlYWxtcy9zZXR1In0.c2lnbmF0dXJl";
        given().auth().oauth2(token).when().get("/api/v1/me")
                .then().statusCode(503)
                .contentType(PROBLEM_JSON)
                .header("Retry-After", equalTo("10"))
                .body("detail", containsString("identity provider"));
    }

    @Test
    @TestSecurity(user = "caseworker", roles = "case-worker")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DEMO_AGENCY))
    void aCaseWorkersTokenIsAcceptedWithHerRolesAndAgency() {
        given().when().get("/api/v1/me")
                .then().statusCode(200)
                .body("username", equalTo("caseworker"))
                .body("roles", hasItem("case-worker"))
                .body("agencyId", equalTo(DEMO_AGENCY));
    }

    @Test
    @TestSecurity(user = "caseworker", roles = "case-worker")
    void anUnknownApiPathAnswersAProblemWithoutInternals() {
        given().when().get("/api/v1/no-such-thing")
                .then().statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(404))
                .body(not(containsString("Exception")));
    }

    @Test
    void theServiceOwnsAFlywayMigratedDatabase() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT current_database(), "
                     + "(SELECT count(*) FROM flyway_schema_history WHERE version = '1' AND success)")) {
            assertTrue(rs.next());
            assertTrue(rs.getString(1).startsWith("setu_"), "a database of the service's own: " + rs.getString(1));
            assertTrue(rs.getLong(2) == 1, "baseline migration applied");
        }
    }
}
