package org.setu.systemtests;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.setu.systemtests.Keycloak.tokenFor;

/**
 * Return from abroad on the running platform (issue #19): two women of the Dhaka NGO, screened as returnees from
 * Riyadh with their homes in Jashore, are expected at Dhaka airport from today. The NRM coordinators have made the
 * Dhaka NGO the desk there. Its screener sees both on her list with what their consent shares, meets the first
 * (the arrival is recorded and announced, and her shelter referral, held while she was abroad, is sent), and reports that the second did not come, which the coordinators find
 * among the missed returns. A man repatriated from Kolkata waits on the verification of his nationality, then
 * arrives through Benapole.
 */
@ExtendWith(RunningPlatform.class)
class ReturnFromAbroadSystemTest {

    static final ZoneId DHAKA = ZoneId.of("Asia/Dhaka");
    static final String DHAKA_NGO = "5e7c1f3a-2b4d-4c6e-8f10-a1b2c3d4e501";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void theAirportDeskMeetsOneReturneeAndReportsTheOtherWhoDidNotComeToTheCoordinators() {
        String caseworker = tokenFor("caseworker");
        String screener = tokenFor("screener");
        String coordinator = tokenFor("coordinator");
        int designated = given().auth().oauth2(coordinator)
                .when().put(Setu.SCREENING + "/return/ports-of-entry/DAC/desks/" + DHAKA_NGO).then().extract().statusCode();
        org.assertj.core.api.Assertions.assertThat(designated).as("the Dhaka NGO is (or already was) the desk").isIn(201, 204);
        // a designation that changes something is announced (setu.screening.port-desk-changed.v1), and so is its end,
        // whatever an earlier run on the same platform left: an agency new to the desks at Hili, designated and withdrawn
        String passing = java.util.UUID.randomUUID().toString();
        given().auth().oauth2(coordinator).when().put(Setu.SCREENING + "/return/ports-of-entry/HILI/desks/" + passing)
                .then().statusCode(201);
        given().auth().oauth2(coordinator).when().delete(Setu.SCREENING + "/return/ports-of-entry/HILI/desks/" + passing)
                .then().statusCode(204);

        String arriving = returnee(caseworker, Persons.ARRIVA);
        String absent = returnee(caseworker, Persons.ABSENTA);

        // the desk's list for today: both, with the flight and what the consent (BASIC) shares, never the family name
        given().auth().oauth2(screener).queryParam("port", "DAC").queryParam("days", "1")
                .when().get(Setu.SCREENING + "/return/arrivals").then().statusCode(200)
                .body("items.caseId", hasItem(arriving))
                .body("items.caseId", hasItem(absent))
                .body("items.find { it.caseId == '" + arriving + "' }.person.givenName", equalTo(Persons.ARRIVA.givenName()))
                .body("items.find { it.caseId == '" + arriving + "' }.person.familyName", nullValue())
                .body("items.find { it.caseId == '" + arriving + "' }.transportRef", equalTo("SV 3802"));

        // her shelter was matched in advance and waits for her, with no deadline running
        Map<String, Object> held = Setu.awaitReferral(caseworker, arriving, "SHELTER", r -> "ON_HOLD".equals(r.get("status")));
        org.assertj.core.api.Assertions.assertThat(held.get("dueAt")).as("no deadline while she is abroad").isNull();

        // she lands and is met; the shelter now has her referral, its deadline counted from the arrival
        given().auth().oauth2(screener).contentType(ContentType.JSON).body(Map.of())
                .when().post(Setu.SCREENING + "/cases/" + arriving + "/planned-return/arrival").then().statusCode(204);
        given().auth().oauth2(caseworker).when().get(Setu.SCREENING + "/cases/" + arriving).then().statusCode(200)
                .body("plannedReturn.status", equalTo("ARRIVED"));
        Map<String, Object> sent = Setu.awaitReferral(caseworker, arriving, "SHELTER", r -> "SENT".equals(r.get("status")));
        org.assertj.core.api.Assertions.assertThat(sent.get("id")).isEqualTo(held.get("id"));
        org.assertj.core.api.Assertions.assertThat(sent.get("dueAt")).as("a deadline from the arrival").isNotNull();

        // the other does not come: once said, it cannot be said twice, and the coordinators see it
        given().auth().oauth2(screener).when().post(Setu.SCREENING + "/cases/" + absent + "/planned-return/no-show")
                .then().statusCode(204);
        given().auth().oauth2(screener).contentType(ContentType.JSON).body(Map.of())
                .when().post(Setu.SCREENING + "/cases/" + absent + "/planned-return/arrival").then().statusCode(409)
                .body("currentStatus", equalTo("MISSED"));
        given().auth().oauth2(coordinator).when().get(Setu.SCREENING + "/return/missed").then().statusCode(200)
                .body("items.find { it.caseId == '" + absent + "' }.reason", equalTo("NO_SHOW"))
                .body("items.find { it.caseId == '" + absent + "' }.portOfEntry", equalTo("DAC"))
                .body("items.caseId", not(hasItem(arriving)));
        given().auth().oauth2(screener).queryParam("port", "DAC").queryParam("days", "1")
                .when().get(Setu.SCREENING + "/return/arrivals").then().statusCode(200)
                .body("items.caseId", not(hasItem(arriving)))
                .body("items.caseId", not(hasItem(absent)));
    }

    @Test
    void aManRepatriatedFromKolkataWaitsOnNationalityVerificationThenArrivesThroughBenapole() {
        String caseworker = tokenFor("caseworker");
        String screener = tokenFor("screener");
        String coordinator = tokenFor("coordinator");
        int designated = given().auth().oauth2(coordinator)
                .when().put(Setu.SCREENING + "/return/ports-of-entry/BENAPOLE/desks/" + DHAKA_NGO).then().extract().statusCode();
        org.assertj.core.api.Assertions.assertThat(designated).as("the Dhaka NGO is (or already was) the Benapole desk").isIn(201, 204);
        LocalDate today = LocalDate.now(DHAKA);
        String caseId = Setu.screen(caseworker, Persons.screening(Persons.SEEMANTO, "BORDER_INTERCEPTION", Persons.JASHORE,
                Persons.JASHORE, Persons.traffickedAbroad(), List.of("SHELTER")), null).getString("caseId");

        // the mission in Kolkata asked Dhaka to verify that he is Bangladeshi; his return waits on the answer
        Map<String, Object> plan = new java.util.HashMap<>(Map.of("expectedFrom", today.toString(),
                "expectedTo", today.plusDays(5).toString(), "portOfEntry", "BENAPOLE", "mode", "LAND"));
        plan.put("nationalityVerification", Map.of("status", "PENDING", "waitingOn", "BD_MISSION",
                "since", today.minusDays(30).toString()));
        given().auth().oauth2(caseworker).contentType(ContentType.JSON).body(plan)
                .when().put(Setu.SCREENING + "/cases/" + caseId + "/planned-return").then().statusCode(201);
        given().auth().oauth2(screener).queryParam("port", "BENAPOLE")
                .when().get(Setu.SCREENING + "/return/arrivals").then().statusCode(200)
                .body("items.find { it.caseId == '" + caseId + "' }.verification", equalTo("PENDING"));

        // the Special Branch confirms his address: verified, and the desk at Benapole meets him
        plan.put("nationalityVerification", Map.of("status", "VERIFIED", "waitingOn", "SPECIAL_BRANCH_POLICE",
                "since", today.toString()));
        given().auth().oauth2(caseworker).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(plan)
                .when().put(Setu.SCREENING + "/cases/" + caseId + "/planned-return").then().statusCode(200);
        given().auth().oauth2(caseworker).when().get(Setu.SCREENING + "/cases/" + caseId).then().statusCode(200)
                .body("plannedReturn.verification", equalTo("VERIFIED"))
                .body("plannedReturn.status", equalTo("PLANNED"));
        given().auth().oauth2(screener).contentType(ContentType.JSON).body(Map.of())
                .when().post(Setu.SCREENING + "/cases/" + caseId + "/planned-return/arrival").then().statusCode(204);
        given().auth().oauth2(caseworker).when().get(Setu.SCREENING + "/cases/" + caseId).then().statusCode(200)
                .body("plannedReturn.status", equalTo("ARRIVED"));
    }

    /** A returnee from Riyadh screened by the Dhaka NGO, home in Jashore, expected at Dhaka airport from today. */
    private static String returnee(String caseworker, Persons.Person person) {
        String caseId = Setu.screen(caseworker, Persons.screening(person, "AIRPORT_RETURNEE", Persons.DHAKA, Persons.JASHORE,
                Persons.traffickedAbroad(), List.of("SHELTER", "LEGAL_AID")), null).getString("caseId");
        LocalDate today = LocalDate.now(DHAKA);
        given().auth().oauth2(caseworker).contentType(ContentType.JSON)
                .body(Map.of("expectedFrom", today.toString(), "expectedTo", today.plusDays(2).toString(), "portOfEntry", "DAC",
                        "mode", "AIR", "transportRef", "SV 3802"))
                .when().put(Setu.SCREENING + "/cases/" + caseId + "/planned-return").then().statusCode(201);
        return caseId;
    }
}
