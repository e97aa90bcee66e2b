package org.setu.systemtests;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.setu.systemtests.Keycloak.tokenFor;

/**
 * A person screened by two agencies, on the running platform with real tokens: the second agency gets a case of its
 * own and learns nothing of the first; the pair waits for an NRM coordinator, whose confirmation lets each agency
 * read the other's case as far as its consent allows, and nothing more (docs/screening.md, "Possible duplicates").
 */
@ExtendWith(RunningPlatform.class)
class DuplicateSystemTest {

    private static final Map<String, Object> NO_NEED = Map.of("migration-route", "regular");

    @Test
    void aPersonScreenedByAnotherAgencyNeverReachesTheFirstAgencysCaseUntilACoordinatorConfirmsThePair() {
        String dhakaWorker = tokenFor("caseworker");
        String coxWorker = tokenFor("caseworker2");
        String coordinator = tokenFor("coordinator");
        JsonPath dhaka = Setu.screen(dhakaWorker, Persons.screening(Persons.HALIMA, "AIRPORT_RETURNEE", Persons.DHAKA,
                Persons.JASHORE, NO_NEED, List.of("PSYCHOSOCIAL")), null);
        String dhakaCase = dhaka.getString("caseId");
        String dhakaRef = dhaka.getString("caseRef");

        // Cox's Bazar screens the same woman, with the same passport and phone, and a broader consent
        Map<String, Object> again = Persons.screening(Persons.HALIMA, "POLICE_RESCUE", Persons.COXS_BAZAR,
                Persons.JASHORE, NO_NEED, List.of("SHELTER", "LEGAL_AID"));
        String answer = given().auth().oauth2(coxWorker).contentType("application/json").body(again)
                .when().post(Setu.SCREENING + "/screenings").then().statusCode(201).extract().asString();
        String coxCase = JsonPath.from(answer).getString("caseId");
        assertThat(coxCase).isNotEqualTo(dhakaCase);
        assertThat(answer).as("the answer to the second agency").doesNotContain(dhakaCase).doesNotContain(dhakaRef);
        assertThat(JsonPath.from(answer).getString("duplicateOfCase")).isNull();

        // the match granted nothing: no read, no consent change, no erasure, no look-up by reference
        given().auth().oauth2(coxWorker).get(Setu.SCREENING + "/cases/" + dhakaCase).then().statusCode(404);
        given().auth().oauth2(coxWorker).queryParam("ref", dhakaRef).get(Setu.SCREENING + "/cases").then().statusCode(200)
                .body("totalItems", equalTo(0));
        given().auth().oauth2(coxWorker).delete(Setu.SCREENING + "/cases/" + dhakaCase).then().statusCode(404);
        given().auth().oauth2(coxWorker).get(Setu.SCREENING + "/cases/" + dhakaCase + "/linked-cases").then().statusCode(404);
        JsonPath dhakaNow = given().auth().oauth2(dhakaWorker).get(Setu.SCREENING + "/cases/" + dhakaCase).then().statusCode(200)
                .extract().jsonPath();
        assertThat(dhakaNow.getList("consent.services", String.class)).containsExactly("PSYCHOSOCIAL");
        assertThat(dhakaNow.getList("screenings")).hasSize(1);
        PersonalDataReads.note("caseworker", "case", dhakaCase);

        // the coordinators' queue has the pair; nobody else may read it
        given().auth().oauth2(coxWorker).get(Setu.SCREENING + "/possible-duplicates").then().statusCode(403);
        Map<String, Object> pair = Setu.await(() -> pendingPairOf(coordinator, coxCase), Duration.ofSeconds(10),
                "the possible duplicate of " + coxCase);
        assertThat(((Map<?, ?>) pair.get("matched")).get("caseId")).isEqualTo(dhakaCase);
        assertThat(pair.get("matchedOn").toString()).contains("DOCUMENT", "PHONE", "NAME_BIRTH");
        given().auth().oauth2(coxWorker).get(Setu.SCREENING + "/cases/" + coxCase + "/linked-cases").then().statusCode(200)
                .body("size()", equalTo(0));

        given().auth().oauth2(coordinator).post(Setu.SCREENING + "/possible-duplicates/" + pair.get("id") + "/confirmation")
                .then().statusCode(200).body("status", equalTo("CONFIRMED"));
        given().auth().oauth2(coordinator).post(Setu.SCREENING + "/possible-duplicates/" + pair.get("id") + "/rejection")
                .then().statusCode(409);

        // confirmed: Cox's Bazar reads Dhaka's case as its BASIC consent allows, and still cannot open or erase it
        JsonPath linked = given().auth().oauth2(coxWorker).get(Setu.SCREENING + "/cases/" + coxCase + "/linked-cases")
                .then().statusCode(200).extract().jsonPath();
        PersonalDataReads.note("caseworker2", "case-shared-view", dhakaCase);
        assertThat(linked.getString("[0].caseId")).isEqualTo(dhakaCase);
        assertThat(linked.getString("[0].person.givenName")).isEqualTo(Persons.HALIMA.givenName());
        assertThat(linked.getMap("[0].person")).doesNotContainKey("documentNumber");
        given().auth().oauth2(coxWorker).get(Setu.SCREENING + "/cases/" + dhakaCase).then().statusCode(404);
        given().auth().oauth2(coxWorker).delete(Setu.SCREENING + "/cases/" + dhakaCase).then().statusCode(404);

        JsonPath audit = given().auth().oauth2(tokenFor("auditor")).queryParam("resourceType", "possible-duplicate")
                .queryParam("resourceId", pair.get("id")).get(Setu.SCREENING + "/audit").then().statusCode(200).extract().jsonPath();
        assertThat(audit.getList("items.action", String.class)).contains("CREATE", "CHANGE");
    }

    @Test
    void aSisterWhoGivesTheFamilysPhoneGetsACaseOfHerOwnAndIsNotFlagged() {
        String dhakaWorker = tokenFor("caseworker");
        JsonPath halima = Setu.screen(dhakaWorker, Persons.screening(Persons.HALIMA, "SHELTER_INTAKE", Persons.DHAKA,
                Persons.JASHORE, NO_NEED, List.of("PSYCHOSOCIAL")), null);
        JsonPath sister = Setu.screen(tokenFor("caseworker2"), Persons.screening(Persons.HALIMAS_SISTER, "SHELTER_INTAKE",
                Persons.COXS_BAZAR, Persons.JASHORE, NO_NEED, List.of("PSYCHOSOCIAL")), null);

        assertThat(sister.getString("caseId")).isNotEqualTo(halima.getString("caseId"));
        List<Map<String, Object>> flagged = given().auth().oauth2(tokenFor("coordinator")).queryParam("status", "ALL")
                .queryParam("size", 200).get(Setu.SCREENING + "/possible-duplicates").then().statusCode(200)
                .extract().jsonPath().getList("items");
        assertThat(flagged).noneMatch(p -> sister.getString("caseId").equals(((Map<?, ?>) p.get("newer")).get("caseId")));
    }

    private static Map<String, Object> pendingPairOf(String coordinator, String newerCase) {
        List<Map<String, Object>> items = given().auth().oauth2(coordinator).queryParam("size", 200)
                .get(Setu.SCREENING + "/possible-duplicates").then().statusCode(200).extract().jsonPath().getList("items");
        return items.stream().filter(p -> newerCase.equals(((Map<?, ?>) p.get("newer")).get("caseId"))).findFirst().orElse(null);
    }
}
