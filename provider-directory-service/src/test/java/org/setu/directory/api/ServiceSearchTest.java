package org.setu.directory.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.setu.directory.Fixtures;
import org.setu.directory.domain.ProviderService;
import org.setu.events.directory.Capacity;
import org.setu.events.directory.CapacityUnit;
import org.setu.events.directory.CoverageLevel;
import org.setu.events.directory.Eligibility;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Sex;
import org.setu.events.vocabulary.VictimCategory;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@TestSecurity(user = "caseworker", roles = "case-worker")
class ServiceSearchTest {

    // Dhaka division 6 > Dhaka district 47 > Savar upazila 365; Cox's Bazar district 9 is in Chattagram division 1
    @Inject
    Fixtures fixtures;

    private ValidatableResponse search(UUID org, Map<String, ?> params) {
        return given().queryParam("organizationId", org.toString()).queryParams(params)
                .get("/api/v1/services").then().statusCode(200);
    }

    private static String id(ProviderService s) {
        return s.id().toString();
    }

    @Test
    void anUpazilaIsServedByItsOwnDistrictDivisionAndNationalServicesClosestFirst() {
        UUID org = fixtures.organization("Hierarchy test");
        ProviderService national = fixtures.service(org).named("National", null).create();
        ProviderService division = fixtures.service(org).named("Division", null).covering(CoverageLevel.DIVISION, "6").create();
        ProviderService district = fixtures.service(org).named("District", null).covering(CoverageLevel.DISTRICT, "47").create();
        ProviderService upazila = fixtures.service(org).named("Upazila", null).covering(CoverageLevel.UPAZILA, "365").create();
        fixtures.service(org).named("Other upazila", null).covering(CoverageLevel.UPAZILA, "366").create();
        fixtures.service(org).named("Other district", null).covering(CoverageLevel.DISTRICT, "9").create();
        fixtures.service(org).named("Other division", null).covering(CoverageLevel.DIVISION, "1").create();

        search(org, Map.of("upazilaId", "365"))
                .body("items.id", contains(id(upazila), id(district), id(division), id(national)))
                .body("items.matchedCoverage", contains("UPAZILA", "DISTRICT", "DIVISION", "NATIONAL"))
                .body("totalItems", equalTo(4));
        // a district-wide search does not promise what only one upazila offers
        search(org, Map.of("districtId", "47")).body("items.id", contains(id(district), id(division), id(national)));
        search(org, Map.of("divisionId", "1")).body("items.name.en", contains("Other division", "National"));
        search(org, Map.of()).body("totalItems", equalTo(7));
    }

    @Test
    void ageLimitsIncludeBothEdges() {
        UUID org = fixtures.organization("Age test");
        ProviderService teens = fixtures.service(org).eligibility(new Eligibility(List.of(), 12, 17, List.of(), List.of())).create();
        ProviderService open = fixtures.service(org).create();

        search(org, Map.of("age", 12)).body("items.id", containsInAnyOrder(id(teens), id(open)));
        search(org, Map.of("age", 17)).body("items.id", containsInAnyOrder(id(teens), id(open)));
        search(org, Map.of("age", 11)).body("items.id", contains(id(open)));
        search(org, Map.of("age", 18)).body("items.id", contains(id(open)));
    }

    @Test
    void aWomensShelterIsNotOfferedToAManButAServiceForAnyoneIs() {
        UUID org = fixtures.organization("Gender test");
        ProviderService women = fixtures.service(org).eligibility(new Eligibility(List.of(Sex.FEMALE), null, null, List.of(), List.of())).create();
        ProviderService anyone = fixtures.service(org).create();

        search(org, Map.of("gender", "MALE")).body("items.id", contains(id(anyone)));
        search(org, Map.of("gender", "FEMALE")).body("items.id", containsInAnyOrder(id(women), id(anyone)));
    }

    @Test
    void victimCategoryAndLanguageNarrowTheResult() {
        UUID org = fixtures.organization("Victim and language test");
        ProviderService trafficking = fixtures.service(org)
                .eligibility(new Eligibility(List.of(), null, null, List.of(VictimCategory.TRAFFICKING_VICTIM), List.of()))
                .languages("bn", "en").create();
        ProviderService banglaOnly = fixtures.service(org).languages("bn").create();

        search(org, Map.of("victimCategory", "SMUGGLED_MIGRANT")).body("items.id", contains(id(banglaOnly)));
        search(org, Map.of("language", "en")).body("items.id", contains(id(trafficking)));
    }

    @Test
    void aFullServiceAndOneNotAcceptingReferralsCanBeFilteredOut() {
        UUID org = fixtures.organization("Capacity test");
        ProviderService full = fixtures.service(org).capacity(new Capacity(0, 10, CapacityUnit.BEDS)).create();
        ProviderService closed = fixtures.service(org).accepting(false).create();
        ProviderService uncounted = fixtures.service(org).capacity(null).create();

        search(org, Map.of("hasCapacity", true)).body("items.id", containsInAnyOrder(id(closed), id(uncounted)));
        search(org, Map.of("hasCapacity", false)).body("items.id", contains(id(full)));
        search(org, Map.of("acceptingReferrals", true)).body("items.id", containsInAnyOrder(id(full), id(uncounted)));
        search(org, Map.of("acceptingReferrals", false)).body("items.id", contains(id(closed)));
    }

    @Test
    void textSearchFindsEnglishWhateverTheCaseAndBangla() {
        UUID org = fixtures.organization("Text test");
        ProviderService safeHome = fixtures.service(org).named("Safe Home for Women", "নারীদের নিরাপদ আবাস").create();
        fixtures.service(org).named("Legal clinic", "আইনি সহায়তা কেন্দ্র").category(ServiceCategory.LEGAL_AID).create();

        search(org, Map.of("q", "SAFE home")).body("items.id", contains(id(safeHome)));
        search(org, Map.of("q", "নিরাপদ")).body("items.id", contains(id(safeHome)));
        search(org, Map.of("q", "nothing like this")).body("items", empty());
        search(org, Map.of("category", "LEGAL_AID")).body("items.name.bn", contains("আইনি সহায়তা কেন্দ্র"));
    }

    @Test
    void wildcardsInTheSearchTextAreLookedForLiterallyNotAsPatterns() {
        UUID org = fixtures.organization("Wildcard test");
        ProviderService percent = fixtures.service(org).named("Clinic 100% free", null).create();
        fixtures.service(org).named("Counselling centre", null).create();

        search(org, Map.of("q", "%")).body("items.id", contains(id(percent)));
        search(org, Map.of("q", "_")).body("items", empty());
        search(org, Map.of("q", "\\")).body("items", empty());
        search(org, Map.of("q", "100% free")).body("items.id", contains(id(percent)));
    }

    @Test
    void resultsComeInPagesWithTheTotal() {
        UUID org = fixtures.organization("Paging test");
        for (int i = 0; i < 5; i++) fixtures.service(org).named("Service " + i, null).create();

        search(org, Map.of("page", 1, "size", 2))
                .body("items", hasSize(2)).body("page", equalTo(1)).body("size", equalTo(2)).body("totalItems", equalTo(5))
                .body("items.name.en", contains("Service 2", "Service 3"));
        search(org, Map.of("page", 9, "size", 2)).body("items", empty()).body("totalItems", equalTo(5));
    }

    @Test
    void searchParametersThatMakeNoSenseAreProblemsNamingTheParameter() {
        given().queryParam("category", "HOTEL").get("/api/v1/services").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("category"));
        given().queryParam("districtId", "999").get("/api/v1/services").then().statusCode(400)
                .body("errors[0].field", equalTo("districtId"));
        given().queryParam("districtId", "9").queryParam("upazilaId", "365").get("/api/v1/services").then().statusCode(400)
                .body("errors[0].field", equalTo("upazilaId"));
        given().queryParam("age", -1).get("/api/v1/services").then().statusCode(400).body("errors[0].field", equalTo("age"));
        given().queryParam("size", 1000).get("/api/v1/services").then().statusCode(400).body("errors[0].field", equalTo("size"));
        given().queryParam("hasCapacity", "maybe").get("/api/v1/services").then().statusCode(400)
                .body("errors[0].field", equalTo("hasCapacity"));
    }
}
