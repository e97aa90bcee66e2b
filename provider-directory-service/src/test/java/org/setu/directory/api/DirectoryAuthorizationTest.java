package org.setu.directory.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.setu.directory.Fixtures;
import org.setu.directory.domain.ProviderService;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.setu.directory.Fixtures.COXS_BAZAR_DEMO_NGO;
import static org.setu.directory.Fixtures.DHAKA_DEMO_NGO;
import static org.setu.directory.Fixtures.NRM_SECRETARIAT;

@QuarkusTest
class DirectoryAuthorizationTest {

    @Inject
    Fixtures fixtures;

    private ProviderService dhakaShelter() {
        UUID dhaka = fixtures.organization(UUID.fromString(DHAKA_DEMO_NGO), "Dhaka Demo NGO");
        return fixtures.service(dhaka).named("Dhaka shelter", null).create();
    }

    private static Map<String, Object> capacity(int available) {
        return Map.of("available", available, "total", 10, "unit", "BEDS");
    }

    @Test
    @TestSecurity(user = "provider2", roles = "provider-staff")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = COXS_BAZAR_DEMO_NGO))
    void providerStaffOfAnotherOrganizationCannotChangeAServicesCapacity() {
        ProviderService shelter = dhakaShelter();
        given().contentType("application/json").body(capacity(0))
                .put("/api/v1/services/{id}/capacity", shelter.id()).then().statusCode(403)
                .contentType("application/problem+json");
        given().get("/api/v1/services/{id}", shelter.id()).then().statusCode(200)
                .body("capacity.available", equalTo(5)).body("version", equalTo(1));
    }

    @Test
    @TestSecurity(user = "provider", roles = "provider-staff")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA_DEMO_NGO))
    void providerStaffKeepTheirOwnServicesCapacityCurrentButCannotEditTheService() {
        ProviderService shelter = dhakaShelter();
        given().contentType("application/json").body(capacity(2))
                .put("/api/v1/services/{id}/capacity", shelter.id()).then().statusCode(200)
                .body("capacity.available", equalTo(2)).body("version", equalTo(2));
        given().delete("/api/v1/services/{id}", shelter.id()).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "agencyadmin", roles = "agency-admin")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA_DEMO_NGO))
    void anAgencyAdminManagesItsOwnOrganizationsServicesOnly() {
        ProviderService own = dhakaShelter();
        UUID other = fixtures.organization("Another NGO");
        ProviderService theirs = fixtures.service(other).create();

        given().contentType("application/json").body(ServiceRequests.shelter(DHAKA_DEMO_NGO))
                .post("/api/v1/services").then().statusCode(201).body("organizationId", equalTo(DHAKA_DEMO_NGO));
        given().contentType("application/json").body(ServiceRequests.shelter(other.toString()))
                .post("/api/v1/services").then().statusCode(403);
        given().contentType("application/json").body(ServiceRequests.shelter(other.toString()))
                .put("/api/v1/services/{id}", theirs.id()).then().statusCode(403);
        given().contentType("application/json").body(ServiceRequests.shelter(DHAKA_DEMO_NGO))
                .put("/api/v1/services/{id}", own.id()).then().statusCode(200).body("version", equalTo(2));
        given().contentType("application/json").body(Map.of("name", Map.of("en", "New org")))
                .post("/api/v1/organizations").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "caseworker", roles = "case-worker")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA_DEMO_NGO))
    void aCaseWorkerSearchesTheDirectoryButChangesNothing() {
        ProviderService shelter = dhakaShelter();
        given().get("/api/v1/services/{id}", shelter.id()).then().statusCode(200);
        given().contentType("application/json").body(capacity(1))
                .put("/api/v1/services/{id}/capacity", shelter.id()).then().statusCode(403);
        given().contentType("application/json").body(ServiceRequests.shelter(DHAKA_DEMO_NGO))
                .post("/api/v1/services").then().statusCode(403);
        given().post("/api/v1/admin/republish").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "diradmin", roles = "directory-admin")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = NRM_SECRETARIAT))
    void aDirectoryAdminManagesEveryEntry() {
        String org = given().contentType("application/json")
                .body(Map.of("name", Map.of("en", "Sample shelter trust", "bn", "নমুনা আশ্রয় ট্রাস্ট"), "email", "info@trust.example.org"))
                .post("/api/v1/organizations").then().statusCode(201)
                .body("name.bn", equalTo("নমুনা আশ্রয় ট্রাস্ট")).extract().path("id");
        String service = given().contentType("application/json").body(ServiceRequests.shelter(org))
                .post("/api/v1/services").then().statusCode(201).extract().path("id");
        given().contentType("application/json").body(capacity(3))
                .put("/api/v1/services/{id}/capacity", service).then().statusCode(200);
        given().delete("/api/v1/organizations/{id}", org).then().statusCode(204);
        given().get("/api/v1/services/{id}", service).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "provider", roles = "provider-staff")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA_DEMO_NGO))
    void aServiceThatDoesNotExistIsNotFound() {
        given().contentType("application/json").body(capacity(1))
                .put("/api/v1/services/{id}/capacity", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }
}
