package org.setu.directory.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.setu.directory.Fixtures;
import org.setu.directory.domain.ProviderService;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.setu.directory.Fixtures.NRM_SECRETARIAT;

@QuarkusTest
@TestSecurity(user = "diradmin", roles = "directory-admin")
@OidcSecurity(claims = @Claim(key = "agency_id", value = NRM_SECRETARIAT))
class BadInputTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    Fixtures fixtures;

    private long servicesOf(UUID org) {
        return ((Number) given().queryParam("organizationId", org.toString()).get("/api/v1/services")
                .then().statusCode(200).extract().path("totalItems")).longValue();
    }

    @Test
    void anUnknownCoverageCodeIsRefusedNamingTheFieldAndNothingIsSaved() {
        UUID org = fixtures.organization("Bad codes test");
        Map<String, Object> body = ServiceRequests.shelter(org.toString());
        body.put("coverage", List.of(Map.of("level", "DISTRICT", "id", "47"), Map.of("level", "UPAZILA", "id", "99999")));
        given().contentType("application/json").body(body).post("/api/v1/services").then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("coverage[1].id"))
                .body("errors.find { it.field == 'coverage[1].id' }.message", equalTo("is not a known upazila code"));
        body.put("coverage", List.of(Map.of("level", "DIVISION", "id", "47")));
        given().contentType("application/json").body(body).post("/api/v1/services").then().statusCode(400)
                .body("errors[0].field", equalTo("coverage[0].id"));
        assertThat(servicesOf(org)).as("services saved").isZero();
    }

    @Test
    void aLocationWhoseUpazilaIsNotInItsDistrictIsRefused() {
        UUID org = fixtures.organization("Bad location test");
        Map<String, Object> body = new HashMap<>();
        body.put("organizationId", org.toString());
        body.put("name", Map.of("en", "Office"));
        body.put("area", Map.of("districtId", "9", "upazilaId", "365"));
        given().contentType("application/json").body(body).post("/api/v1/locations").then().statusCode(400)
                .contentType(PROBLEM).body("errors[0].field", equalTo("area.upazilaId"));
        body.put("area", Map.of("districtId", "0"));
        given().contentType("application/json").body(body).post("/api/v1/locations").then().statusCode(400)
                .body("errors[0].field", equalTo("area.districtId"));
        given().queryParam("organizationId", org.toString()).get("/api/v1/locations").then().body("totalItems", equalTo(0));
    }

    @Test
    void negativeOrImpossibleCapacityIsRefusedAndTheCapacityStays() {
        UUID org = fixtures.organization("Bad capacity test");
        ProviderService s = fixtures.service(org).create();
        given().contentType("application/json").body(Map.of("available", -1, "total", 10, "unit", "BEDS"))
                .put("/api/v1/services/{id}/capacity", s.id()).then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("available"));
        given().contentType("application/json").body(Map.of("available", 11, "total", 10, "unit", "BEDS"))
                .put("/api/v1/services/{id}/capacity", s.id()).then().statusCode(400)
                .body("errors[0].field", equalTo("available")).body("errors[0].message", equalTo("must not exceed total"));
        given().contentType("application/json").body(Map.of("available", 1, "total", 10, "unit", "ROOMS"))
                .put("/api/v1/services/{id}/capacity", s.id()).then().statusCode(400)
                .body("errors[0].field", equalTo("unit"));
        given().get("/api/v1/services/{id}", s.id()).then().body("capacity.available", equalTo(5)).body("version", equalTo(1));
    }

    @Test
    void malformedBodiesAndWrongFieldsAreProblemsNotServerErrors() {
        UUID org = fixtures.organization("Malformed test");
        given().contentType("application/json").body("{\"organizationId\": ").post("/api/v1/services").then().statusCode(400)
                .contentType(PROBLEM);
        given().contentType("application/json").body("[1, 2]").post("/api/v1/services").then().statusCode(400)
                .contentType(PROBLEM);
        Map<String, Object> body = ServiceRequests.shelter(org.toString());
        body.put("category", "HOTEL");
        given().contentType("application/json").body(body).post("/api/v1/services").then().statusCode(400)
                .body("errors[0].field", equalTo("category"));
        body = ServiceRequests.shelter(org.toString());
        body.put("eligibility", Map.of("minAge", 30, "maxAge", 20));
        given().contentType("application/json").body(body).post("/api/v1/services").then().statusCode(400)
                .body("errors[0].field", equalTo("eligibility.maxAge"));
        body = ServiceRequests.shelter(org.toString());
        body.put("referralContact", Map.of("email", "not an email", "language", "fr"));
        given().contentType("application/json").body(body).post("/api/v1/services").then().statusCode(400)
                .body("errors.field", hasItem("referralContact.email"))
                .body("errors.field", hasItem("referralContact.language"));
        body = ServiceRequests.shelter(UUID.randomUUID().toString());
        given().contentType("application/json").body(body).post("/api/v1/services").then().statusCode(400)
                .body("errors[0].field", equalTo("organizationId"));
        given().contentType("application/json").body(Map.of("contents", "no")).post("/api/v1/import/hsds").then().statusCode(400)
                .body("errors[0].field", equalTo("contents"));
        assertThat(servicesOf(org)).as("services saved").isZero();
    }
}
