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
import static org.hamcrest.Matchers.nullValue;
import static org.setu.directory.Fixtures.COXS_BAZAR_DEMO_NGO;
import static org.setu.directory.Fixtures.DHAKA_DEMO_NGO;
import static org.setu.directory.Fixtures.NRM_SECRETARIAT;

@QuarkusTest
class ConfidentialLocationTest {

    @Inject
    Fixtures fixtures;

    private UUID dhakaSafeHome() {
        UUID dhaka = fixtures.organization(UUID.fromString(DHAKA_DEMO_NGO), "Dhaka Demo NGO");
        return fixtures.location(dhaka, "47", true);
    }

    @Test
    @TestSecurity(user = "caseworker2", roles = "case-worker")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = COXS_BAZAR_DEMO_NGO))
    void anotherAgencysCaseWorkerSeesTheDistrictOfASafeHomeButNotItsStreetOrCoordinates() {
        UUID home = dhakaSafeHome();
        given().get("/api/v1/locations/{id}", home).then().statusCode(200)
                .body("confidential", equalTo(true))
                .body("area.districtId", equalTo("47"))
                .body("area.divisionId", equalTo("6"))
                .body("address", nullValue())
                .body("latitude", nullValue())
                .body("longitude", nullValue());
        given().queryParam("organizationId", DHAKA_DEMO_NGO).get("/api/v1/locations").then().statusCode(200)
                .body("items.find { it.id == '" + home + "' }.address", nullValue());
        given().get("/api/v1/export/hsds").then().statusCode(200)
                .body("contents.find { it.id == '" + DHAKA_DEMO_NGO + "' }.locations.find { it.id == '" + home + "' }.addresses.size()",
                        equalTo(0));
    }

    @Test
    @TestSecurity(user = "provider", roles = "provider-staff")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA_DEMO_NGO))
    void theOrganizationsOwnStaffSeeTheAddress() {
        UUID home = dhakaSafeHome();
        given().get("/api/v1/locations/{id}", home).then().statusCode(200)
                .body("address.line", equalTo("House 1, Test Road"))
                .body("latitude", equalTo(23.7f));
    }

    @Test
    @TestSecurity(user = "coordinator", roles = "nrm-coordinator")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = NRM_SECRETARIAT))
    void nrmCoordinatorsSeeTheAddress() {
        UUID home = dhakaSafeHome();
        given().get("/api/v1/locations/{id}", home).then().statusCode(200).body("address.city", equalTo("Dhaka"));
    }

    @Test
    @TestSecurity(user = "caseworker2", roles = "case-worker")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = COXS_BAZAR_DEMO_NGO))
    void aLocationThatIsNotConfidentialShowsItsAddressToEveryone() {
        UUID dhaka = fixtures.organization(UUID.fromString(DHAKA_DEMO_NGO), "Dhaka Demo NGO");
        UUID desk = fixtures.location(dhaka, "47", false);
        given().get("/api/v1/locations/{id}", desk).then().statusCode(200).body("address.line", equalTo("House 1, Test Road"));
    }
}
