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
 * arrives through Benapole. A woman screened by the labour wing in Riyadh, home in Jashore, has her referrals waiting,
 * is met at Dhaka airport, her referrals go out and are accepted, and her case is handed over to a Jashore NGO.
 */
@ExtendWith(RunningPlatform.class)
class ReturnFromAbroadSystemTest {

    static final ZoneId DHAKA = ZoneId.of("Asia/Dhaka");
    static final String DHAKA_NGO = "5e7c1f3a-2b4d-4c6e-8f10-a1b2c3d4e501";
    static final String RIYADH_LABOUR_WING = "5e7c1f3a-2b4d-4c6e-8f10-a1b2c3d4e504";
    static final String JASHORE_NGO = "5e7c1f3a-2b4d-4c6e-8f10-a1b2c3d4e505";
    /** The Jashore Demo NGO's family tracing service in the sample directory (its id is derived from its name). */
    static final String JASHORE_FAMILY_TRACING = java.util.UUID.nameUUIDFromBytes(("setu-sample/service/" + JASHORE_NGO
            + "/Family tracing for returnees").getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();

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
    void aWomanScreenedByTheLabourWingInRiyadhIsMetAtDhakaAirportAndHerCaseIsHandedOverToAJashoreNgo() {
        String wing = tokenFor("riyadh");
        String jashore = tokenFor("jashore");
        String desk = tokenFor("screener");
        String coordinator = tokenFor("coordinator");
        int designated = given().auth().oauth2(coordinator)
                .when().put(Setu.SCREENING + "/return/ports-of-entry/DAC/desks/" + DHAKA_NGO).then().extract().statusCode();
        org.assertj.core.api.Assertions.assertThat(designated).as("the Dhaka NGO is (or already was) the desk").isIn(201, 204);
        given().auth().oauth2(wing).contentType(ContentType.JSON).body(Map.of("country", "SA", "city", "Riyadh"))
                .when().put(Setu.SCREENING + "/agencies/" + RIYADH_LABOUR_WING + "/location").then().statusCode(200);

        // the labour wing screens her in Riyadh: home in Jashore, exploited in Saudi Arabia, and yes, her case may go home
        Map<String, Object> body = Persons.screening(Persons.RIYADHA, "EMBASSY", Map.of("country", "SA", "city", "Riyadh"),
                Persons.JASHORE, Persons.traffickedAbroad(), List.of("SHELTER", "FAMILY_TRACING"));
        body.put("countryOfExploitation", "SA");
        body.put("consent", Map.of("services", List.of("SHELTER", "FAMILY_TRACING"), "shareWithProviders", "BASIC",
                "crossBorder", true));
        String caseId = Setu.screen(wing, body, null).getString("caseId");
        LocalDate today = LocalDate.now(DHAKA);
        given().auth().oauth2(wing).contentType(ContentType.JSON)
                .body(Map.of("expectedFrom", today.toString(), "expectedTo", today.plusDays(2).toString(), "portOfEntry", "DAC",
                        "mode", "AIR", "transportRef", "SV 3804"))
                .when().put(Setu.SCREENING + "/cases/" + caseId + "/planned-return").then().statusCode(201);
        // her family will be traced at home by the Jashore NGO, chosen by hand; it waits for her arrival like her shelter
        given().auth().oauth2(wing).contentType(ContentType.JSON)
                .body(Map.of("caseId", caseId, "category", "FAMILY_TRACING", "serviceId", JASHORE_FAMILY_TRACING))
                .when().post(Setu.REFERRAL + "/referrals").then().statusCode(201);
        Setu.awaitReferral(wing, caseId, "FAMILY_TRACING", r -> "ON_HOLD".equals(r.get("status")));
        Setu.awaitReferral(wing, caseId, "SHELTER", r -> "ON_HOLD".equals(r.get("status")));

        // the desk at Dhaka airport has her on its list, and meets her
        given().auth().oauth2(desk).queryParam("port", "DAC").queryParam("days", "1")
                .when().get(Setu.SCREENING + "/return/arrivals").then().statusCode(200)
                .body("items.find { it.caseId == '" + caseId + "' }.person.givenName", equalTo(Persons.RIYADHA.givenName()))
                .body("items.find { it.caseId == '" + caseId + "' }.ownerAgency", equalTo(RIYADH_LABOUR_WING));
        given().auth().oauth2(desk).contentType(ContentType.JSON).body(Map.of())
                .when().post(Setu.SCREENING + "/cases/" + caseId + "/planned-return/arrival").then().statusCode(204);

        // her referrals go out, and the Jashore NGO accepts the family tracing
        Map<String, Object> tracing = Setu.awaitReferral(wing, caseId, "FAMILY_TRACING", r -> "SENT".equals(r.get("status")));
        Setu.awaitReferral(wing, caseId, "SHELTER", r -> "SENT".equals(r.get("status")));
        Setu.transition(jashore, tracing, "accept", null, null).then().statusCode(200).body("status", equalTo("ACCEPTED"));

        // the wing hands her case over to the Jashore NGO, which accepts it
        String handOver = given().auth().oauth2(wing).contentType(ContentType.JSON).body(Map.of("toAgency", JASHORE_NGO))
                .when().post(Setu.SCREENING + "/cases/" + caseId + "/hand-overs").then().statusCode(201)
                .body("status", equalTo("PROPOSED")).extract().path("id");
        given().auth().oauth2(jashore).when().get(Setu.SCREENING + "/cases/" + caseId).then().statusCode(404);
        given().auth().oauth2(jashore).queryParam("direction", "INCOMING").queryParam("status", "PROPOSED")
                .when().get(Setu.SCREENING + "/hand-overs").then().statusCode(200)
                .body("items.find { it.id == '" + handOver + "' }.plannedReturn.status", equalTo("ARRIVED"));
        given().auth().oauth2(jashore).when().post(Setu.SCREENING + "/hand-overs/" + handOver + "/accept").then().statusCode(200)
                .body("status", equalTo("ACCEPTED"));

        // access follows the case: hers to read and follow now, no longer the wing's; both see the hand-over
        given().auth().oauth2(jashore).when().get(Setu.SCREENING + "/cases/" + caseId).then().statusCode(200)
                .body("person.givenName", equalTo(Persons.RIYADHA.givenName()))
                .body("consent.crossBorder", equalTo(true));
        given().auth().oauth2(jashore).when().get(Setu.SCREENING + "/cases/" + caseId + "/hand-overs").then().statusCode(200)
                .body("items[0].fromAgency", equalTo(RIYADH_LABOUR_WING)).body("items[0].status", equalTo("ACCEPTED"));
        given().auth().oauth2(wing).when().get(Setu.SCREENING + "/cases/" + caseId).then().statusCode(404);
        given().auth().oauth2(wing).queryParam("direction", "OUTGOING")
                .when().get(Setu.SCREENING + "/hand-overs").then().statusCode(200)
                .body("items.find { it.id == '" + handOver + "' }.status", equalTo("ACCEPTED"));
        Setu.awaitReferral(jashore, caseId, "SHELTER", r -> JASHORE_NGO.equals(r.get("referringAgencyId")));
        Setu.await(() -> given().auth().oauth2(wing).when().get(Setu.REFERRAL + "/cases/" + caseId + "/referrals")
                .statusCode() == 404 ? Boolean.TRUE : null, java.time.Duration.ofSeconds(30), "the wing's referrals view closed");
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
