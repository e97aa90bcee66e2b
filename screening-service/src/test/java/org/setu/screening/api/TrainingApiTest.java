package org.setu.screening.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.setu.kit.security.Caller;
import org.setu.screening.app.PracticeService;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.setu.screening.Requests.COX_NGO;
import static org.setu.screening.Requests.DHAKA_NGO;

/**
 * Trainers set practice cases and follow their agency's screeners; a screener follows their own progress. Each test
 * has screeners of its own, so that the counts it reads are its own.
 */
@QuarkusTest
class TrainingApiTest {

    static final String PROBLEM = "application/problem+json";
    static final String KILN = "brick-kiln-advance";
    static final String GULF = "gulf-domestic-worker-riyadh";

    @Inject
    PracticeService practice;

    @Test
    @TestSecurity(user = "trainer", roles = "trainer")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA_NGO))
    void aTrainerSetsTwoCasesForAScreenerAndSeesOneDoneOnceSheHasPractisedIt() {
        given().contentType(ContentType.JSON)
                .body(Map.of("screener", "nasrin", "cases", List.of(KILN, GULF), "dueOn", LocalDate.now().plusDays(7).toString()))
                .when().post("/api/v1/practice/assignments").then().statusCode(201)
                .body("screener", equalTo("nasrin"))
                .body("assignedBy", equalTo("trainer"))
                .body("cases.id", equalTo(List.of(KILN, GULF)))
                .body("cases.done", equalTo(List.of(false, false)));

        practiseAs("nasrin", DHAKA_NGO, KILN, true);

        JsonPath assignments = given().when().get("/api/v1/practice/assignments").then().statusCode(200).extract().jsonPath();
        Map<String, Object> nasrins = assignments.getMap("items.find { it.screener == 'nasrin' }");
        assertThat(nasrins).isNotNull();
        assertThat(assignments.getList("items.find { it.screener == 'nasrin' }.cases.done", Boolean.class)).containsExactly(true, false);
        assertThat(assignments.getList("items.find { it.screener == 'nasrin' }.cases.lastAgrees", Boolean.class))
                .containsExactly(true, null);
    }

    @Test
    @TestSecurity(user = "trainer", roles = "trainer")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA_NGO))
    void aTrainerSeesEachScreenerOfHerAgencyAndTheCohortInBanglaButNoScreenerOfAnotherAgency() {
        practiseAs("farida", DHAKA_NGO, KILN, true);
        practiseAs("farida", DHAKA_NGO, GULF, false);
        practiseAs("shapla", DHAKA_NGO, KILN, false);
        practiseAs("rokeya", COX_NGO, KILN, true);

        JsonPath progress = given().header("Accept-Language", "bn").when().get("/api/v1/practice/progress").then().statusCode(200)
                .body("screeners.screener", hasItem("farida"))
                .body("screeners.screener", hasItem("shapla"))
                .body("screeners.screener", not(hasItem("rokeya")))
                .body("screeners.find { it.screener == 'farida' }.attempts", equalTo(2))
                .body("screeners.find { it.screener == 'farida' }.agreed", equalTo(1))
                .body("screeners.find { it.screener == 'shapla' }.agreed", equalTo(0))
                .body("cohort.screener", equalTo(null))
                .extract().jsonPath();
        int cohort = progress.getInt("cohort.attempts");
        int each = progress.getList("screeners.attempts", Integer.class).stream().mapToInt(Integer::intValue).sum();
        assertThat(cohort).as("the cohort is the agency's screeners together").isEqualTo(each).isGreaterThanOrEqualTo(3);
        assertThat(progress.getString("cohort.aspects.find { it.aspect == 'classification' }.label")).isEqualTo("শ্রেণিবিভাগ");
        assertThat(progress.getList("screeners.find { it.screener == 'farida' }.cases.caseId", String.class))
                .containsExactly(KILN, GULF);
    }

    @Test
    @TestSecurity(user = "jesmin", roles = "screener")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = COX_NGO))
    void aScreenerFollowsHerOwnProgressAndAssignmentsAfterAnsweringThroughTheApi() {
        practice.assign(trainerOf(COX_NGO), "jesmin", List.of(GULF), null);
        practice.assign(trainerOf(COX_NGO), "someone-else", List.of(KILN), null);

        given().contentType(ContentType.JSON).body(Map.of("answers", new HashMap<>(practice.find(GULF).orElseThrow().answers())))
                .when().post("/api/v1/practice/cases/{id}/attempts", GULF).then().statusCode(200)
                .body("agrees", equalTo(true))
                .body("attemptId", org.hamcrest.Matchers.notNullValue());

        given().when().get("/api/v1/practice/progress/me").then().statusCode(200)
                .body("screener", equalTo("jesmin"))
                .body("attempts", equalTo(1))
                .body("agreed", equalTo(1))
                .body("aspects.find { it.aspect == 'urgency' }.label", equalTo("urgency"))
                .body("cases[0].caseId", equalTo(GULF))
                .body("months.size()", equalTo(1));
        given().when().get("/api/v1/practice/assignments").then().statusCode(200)
                .body("items.screener", equalTo(List.of("jesmin")))
                .body("items[0].cases[0].done", equalTo(true));
        given().when().get("/api/v1/practice/progress").then().statusCode(403).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(Map.of("screener", "jesmin", "cases", List.of(KILN)))
                .when().post("/api/v1/practice/assignments").then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    @TestSecurity(user = "trainer", roles = "trainer")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA_NGO))
    void anAssignmentOfAnUnknownCaseAPastDayOrNoCasesIsRefusedNamingTheFieldAndNothingIsKept() {
        int before = given().when().get("/api/v1/practice/assignments").then().statusCode(200).extract().path("totalItems");

        given().contentType(ContentType.JSON).body(Map.of("screener", "nasrin", "cases", List.of(KILN, "no-such-case")))
                .when().post("/api/v1/practice/assignments").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("cases[1]"));
        given().contentType(ContentType.JSON).body(Map.of("screener", "nasrin", "cases", List.of(KILN), "dueOn", "2020-01-01"))
                .when().post("/api/v1/practice/assignments").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("dueOn"));
        given().contentType(ContentType.JSON).body(Map.of("screener", "nasrin", "cases", List.of()))
                .when().post("/api/v1/practice/assignments").then().statusCode(400).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(Map.of("screener", "nasrin/../x", "cases", List.of(KILN)))
                .when().post("/api/v1/practice/assignments").then().statusCode(400).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(Map.of("screener", "nasrin", "cases", List.of(KILN), "dueOn", "next week"))
                .when().post("/api/v1/practice/assignments").then().statusCode(400).contentType(PROBLEM);

        given().when().get("/api/v1/practice/assignments").then().statusCode(200).body("totalItems", equalTo(before));
    }

    @Test
    @TestSecurity(user = "trainer", roles = "trainer")
    void aTrainerWhoActsForNoAgencySetsNothingAndSeesNoOne() {
        given().contentType(ContentType.JSON).body(Map.of("screener", "nasrin", "cases", List.of(KILN)))
                .when().post("/api/v1/practice/assignments").then().statusCode(400).contentType(PROBLEM);
        given().when().get("/api/v1/practice/progress").then().statusCode(200)
                .body("screeners.size()", equalTo(0))
                .body("cohort.attempts", equalTo(0));
    }

    private void practiseAs(String screener, String agency, String caseId, boolean asTheExpert) {
        var c = practice.find(caseId).orElseThrow();
        Map<String, Object> answers = new HashMap<>(c.answers());
        // leaving out an answer the expert gave changes the reading in every shipped case but "not enough to say"
        if (!asTheExpert) answers.remove(answers.keySet().iterator().next());
        var attempted = practice.attempt(c, answers, new Caller(screener, screener, Set.of("screener"),
                Optional.of(UUID.fromString(agency))));
        assertThat(attempted.comparison().agrees()).as("the attempt as set up").isEqualTo(asTheExpert);
    }

    private static Caller trainerOf(String agency) {
        return new Caller("trainer", "trainer", Set.of("trainer"), Optional.of(UUID.fromString(agency)));
    }
}
