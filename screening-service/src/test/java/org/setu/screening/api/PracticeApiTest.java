package org.setu.screening.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.setu.screening.app.PracticeCatalog;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.setu.screening.Requests.DHAKA_NGO;

/** Training on practice cases: the real engine, the expert's reading beside the screener's, and nothing left behind. */
@QuarkusTest
class PracticeApiTest {

    static final String PROBLEM = "application/problem+json";
    static final String SEVENTEEN = "hotel-job-age-17";

    @Inject
    PracticeCatalog catalog;

    @Inject
    DataSource dataSource;

    @Test
    @TestSecurity(user = "screener", roles = "screener")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA_NGO))
    void aScreenerReadsTheStoryWithoutTheExpertsAnswersAndAgreesWithTheExpertWhenSheRecordsWhatTheExpertDid() {
        given().when().get("/api/v1/practice/cases").then().statusCode(200)
                .body("items.id", hasItem(SEVENTEEN))
                .body("items.find { it.id == 'hotel-job-age-17' }.covers", hasItem("boundary-17"));
        given().when().get("/api/v1/practice/cases/{id}", SEVENTEEN).then().statusCode(200)
                .body("story", containsString("Cox's Bazar"))
                .body("age", equalTo(17))
                .body("instrument.code", equalTo("setu-core"))
                .body("$", not(hasKey("answers")))
                .body("$", not(hasKey("expected")));

        given().contentType(ContentType.JSON).body(Map.of("answers", expertAnswers(SEVENTEEN)))
                .when().post("/api/v1/practice/cases/{id}/attempts", SEVENTEEN).then().statusCode(200)
                .body("agrees", equalTo(true))
                .body("expected.classification", equalTo("PRESUMED_TRAFFICKING_VICTIM"))
                .body("yours.classification", equalTo("PRESUMED_TRAFFICKING_VICTIM"))
                .body("questions.find { it.questionId == 'exploitation' }.agrees", equalTo(true))
                .body("questions.find { it.questionId == 'exploitation' }.note", containsString("Sixteen hours"));
    }

    @Test
    @TestSecurity(user = "screener", roles = "screener")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA_NGO))
    void aScreenerWhoPassesOverTheFalseJobOfferIsToldInBanglaWhichIndicatorsSheMissedAndWhatTheExpertSaw() {
        Map<String, Object> answers = expertAnswers(SEVENTEEN);
        answers.remove("deception-at-recruitment");

        var result = given().contentType(ContentType.JSON).header("Accept-Language", "bn")
                .body(Map.of("answers", answers))
                .when().post("/api/v1/practice/cases/{id}/attempts", SEVENTEEN).then().statusCode(200)
                .body("agrees", equalTo(false))
                .body("classificationAgrees", equalTo(false))
                .body("elements.find { it.element == 'DECEPTIVE_RECRUITMENT' }.agrees", equalTo(false))
                .extract().jsonPath();
        Map<String, Object> missed = result.getMap("questions.find { it.questionId == 'deception-at-recruitment' }");
        assertThat(missed.get("yourAnswer")).isNull();
        assertThat(result.getList("questions.find { it.questionId == 'deception-at-recruitment' }.missedIndicators", String.class)).contains("ILO-DR-01");
        assertThat((String) missed.get("note")).as("the teaching note in Bangla").contains("রিসেপশনিস্ট");
        assertThat(result.getList("yours.trace", String.class)).as("the trace in Bangla").allMatch(l -> l.codePoints()
                .anyMatch(c -> c >= 0x0980 && c <= 0x09FF));
    }

    @Test
    @TestSecurity(user = "screener", roles = "screener")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA_NGO))
    void practiceLeavesNoCaseNoScreeningNoEventOnlyALineInTheAuditTrailMarkedTraining() throws SQLException {
        Map<String, Long> before = counts();

        given().contentType(ContentType.JSON).body(Map.of("answers", expertAnswers("benapole-girl-india")))
                .when().post("/api/v1/practice/cases/{id}/attempts", "benapole-girl-india").then().statusCode(200);

        Map<String, Long> after = counts();
        assertThat(after).as("rows per table").containsAllEntriesOf(Map.of(
                "screening_case", before.get("screening_case"), "screening", before.get("screening"),
                "person_index", before.get("person_index"), "kit_outbox", before.get("kit_outbox")));
        assertThat(after.get("training_audit")).isEqualTo(before.get("training_audit") + 1);
    }

    @Test
    @TestSecurity(user = "screener", roles = "screener")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA_NGO))
    void answersThatDoNotFitTheInstrumentAreRefusedAndAnUnknownCaseIsNotFound() {
        given().contentType(ContentType.JSON).body(Map.of("answers", Map.of("no-such-question", true)))
                .when().post("/api/v1/practice/cases/{id}/attempts", SEVENTEEN).then().statusCode(422).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/practice/cases/{id}/attempts", SEVENTEEN).then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", notNullValue());
        given().contentType(ContentType.JSON).body("{\"answers\": [1, 2]}")
                .when().post("/api/v1/practice/cases/{id}/attempts", SEVENTEEN).then().statusCode(400).contentType(PROBLEM);
        given().when().get("/api/v1/practice/cases/{id}", "no-such-case").then().statusCode(404).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(Map.of("answers", Map.of()))
                .when().post("/api/v1/practice/cases/{id}/attempts", "no-such-case").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    @TestSecurity(user = "provider", roles = "provider-staff")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA_NGO))
    void providerStaffDoNotPractiseScreening() {
        given().when().get("/api/v1/practice/cases").then().statusCode(403).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(Map.of("answers", Map.of()))
                .when().post("/api/v1/practice/cases/{id}/attempts", SEVENTEEN).then().statusCode(403);
    }

    private Map<String, Object> expertAnswers(String id) {
        return new LinkedHashMap<>(catalog.find(id).orElseThrow().answers());
    }

    private Map<String, Long> counts() throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        try (var c = dataSource.getConnection(); var s = c.createStatement()) {
            for (String table : List.of("screening_case", "screening", "person_index", "kit_outbox")) {
                try (var rs = s.executeQuery("select count(*) from " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
            try (var rs = s.executeQuery("select count(*) from kit_audit_trail where purpose = 'TRAINING' and resource_type = 'practice-case'")) {
                rs.next();
                counts.put("training_audit", rs.getLong(1));
            }
        }
        return counts;
    }
}
