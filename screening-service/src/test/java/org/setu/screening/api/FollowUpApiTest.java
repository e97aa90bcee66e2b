package org.setu.screening.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.setu.devstack.testing.TopicReader;
import org.setu.events.screening.AdminArea;
import org.setu.events.screening.Consent;
import org.setu.events.screening.ScreeningContext;
import org.setu.events.screening.ShareLevel;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Sex;
import org.setu.kit.security.Caller;
import org.setu.screening.Requests;
import org.setu.screening.Tables;
import org.setu.screening.app.NewScreening;
import org.setu.screening.app.PersonInput;
import org.setu.screening.app.PlanService;
import org.setu.screening.app.ScreeningService;
import org.setu.screening.domain.PersonDetails;
import org.setu.screening.domain.reintegration.ReintegrationPlan;
import org.setu.screening.app.RssCatalog;
import org.setu.screening.domain.reintegration.ReintegrationSurvey;
import org.setu.screening.domain.reintegration.SurveyQuestion;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.setu.screening.Requests.COX_NGO;
import static org.setu.screening.Requests.DHAKA_NGO;

/**
 * Follow-ups of a returnee's plan: scored with the survey when she is reached, warning signs that ask for a new
 * screening, a falling score that asks for referrals, attempts that lead to closure as lost contact, bad input refused.
 */
@QuarkusTest
class FollowUpApiTest {

    static final String PROBLEM = "application/problem+json";
    static final AtomicInteger PERSONS = new AtomicInteger();
    static final ZoneId DHAKA = ZoneId.of("Asia/Dhaka");

    @Inject
    RssCatalog surveys;

    @Inject
    ScreeningService screenings;

    @Inject
    PlanService plans;

    @Inject
    DataSource dataSource;

    @Test
    @TestSecurity(user = "caseworker", roles = "case-worker")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA_NGO))
    void aReturneeReachedOnHerFollowUpDayIsScoredOnTimeAndHerAnswersAreSealed() throws SQLException {
        UUID caseId = plannedCase();
        LocalDate today = LocalDate.now(DHAKA);

        given().contentType(ContentType.JSON).body(reached(best(), Map.of("threatened", "no"), today))
                .when().post("/api/v1/cases/{id}/follow-ups", caseId).then().statusCode(201)
                .body("reached", equalTo(true)).body("onTime", equalTo(true))
                .body("survey.code", equalTo("iom-rss")).body("survey.version", equalTo(1))
                .body("scores.economic", equalTo(1.0f)).body("scores.social", equalTo(1.0f))
                .body("scores.psychosocial", equalTo(1.0f)).body("scores.composite", equalTo(1.0f))
                .body("warnings.size()", equalTo(0));

        given().when().get("/api/v1/cases/{id}/follow-ups", caseId).then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("schedule.status", contains("DONE_ON_TIME", "DUE"));
        String atRest = tableText(caseId);
        assertThat(atRest).as("the answers at rest").isNotEmpty().doesNotContain("income-source").doesNotContain("threatened");
        assertThat(count("SELECT count(*) FROM kit_audit_trail WHERE resource_type = 'follow-up' AND resource_id = '"
                + caseId + "'")).as("the write and the read, each audited").isEqualTo(2);

        // the statistics hear that a follow-up was done in time, and nothing of what she answered
        var recorded = TopicReader.json(TopicReader.ofKey("setu.screening.v1", caseId,
                "setu.screening.follow-up-recorded.v1", 1).get(0));
        assertThat(recorded.get("reached").asBoolean()).isTrue();
        assertThat(recorded.get("onTime").asBoolean()).isTrue();
        assertThat(recorded.get("contactedOn").asText()).isEqualTo(today.toString());
        assertThat(recorded.toString()).doesNotContain("income-source").doesNotContain("threatened").doesNotContain("BD-");
    }

    @Test
    @TestSecurity(user = "caseworker", roles = "case-worker")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA_NGO))
    void anOfferOfWorkAbroadAsksForANewScreeningAndAFallenEconomicScoreAsksForReferralsInIt() {
        UUID caseId = plannedCase();
        LocalDate today = LocalDate.now(DHAKA);
        given().contentType(ContentType.JSON).body(reached(best(), Map.of(), today))
                .when().post("/api/v1/cases/{id}/follow-ups", caseId).then().statusCode(201);

        Map<String, Object> poorer = best();
        poorer.putAll(worstOf("economic"));
        given().contentType(ContentType.JSON).header("Accept-Language", "bn")
                .body(reached(poorer, Map.of("offered-work-away", "yes", "threatened", "unknown"), null))
                .when().post("/api/v1/cases/{id}/follow-ups", caseId).then().statusCode(201)
                .body("scores.economic", equalTo(0.0f)).body("onTime", nullValue())
                .body("warnings", containsInAnyOrder("TRAFFICKING_RISK", "NEW_SCREENING", "REFERRALS:economic"))
                .body("trace", hasItem("নতুন একটি স্ক্রিনিং প্রস্তাব করা হলো: ফলো-আপে দেখা গেছে পাচারের ঝুঁকি।"))
                .body("trace", hasItem("অর্থনৈতিক মাত্রায় নতুন রেফারেল প্রস্তাব করা হলো: গত ফলো-আপের পর এর স্কোর ১.০০ থেকে কমে ০.০০ হয়েছে।"));
    }

    @Test
    @TestSecurity(user = "caseworker", roles = "case-worker")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA_NGO))
    void aCaseIsClosedAsLostContactOnlyAfterThreeUnansweredAttemptsInARow() {
        UUID caseId = plannedCase();
        String close = "/api/v1/cases/" + caseId + "/close";
        given().contentType(ContentType.JSON).body(Map.of("reason", "LOST_CONTACT")).when().post(close).then()
                .statusCode(409).contentType(PROBLEM);

        for (String channel : List.of("PHONE", "PHONE", "HOME_VISIT")) {
            given().contentType(ContentType.JSON).body(Map.of("contactedAt", OffsetDateTime.now().toString(),
                            "channel", channel, "reached", false))
                    .when().post("/api/v1/cases/{id}/follow-ups", caseId).then().log().ifValidationFails().statusCode(201)
                    .body("reached", equalTo(false)).body("scores", nullValue());
        }

        given().contentType(ContentType.JSON).body(Map.of("reason", "LOST_CONTACT")).when().post(close).then()
                .statusCode(200).body("closureReason", equalTo("LOST_CONTACT"));
        given().contentType(ContentType.JSON).body(Map.of("contactedAt", OffsetDateTime.now().toString(),
                        "channel", "PHONE", "reached", false))
                .when().post("/api/v1/cases/{id}/follow-ups", caseId).then().statusCode(409).contentType(PROBLEM);
    }

    @Test
    @TestSecurity(user = "caseworker", roles = "case-worker")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA_NGO))
    void followUpsThatCannotBeTrueOrDoNotFitTheSurveyAreRefusedAndNothingIsWritten() throws SQLException {
        UUID caseId = plannedCase();
        String path = "/api/v1/cases/" + caseId + "/follow-ups";
        Map<String, Object> future = reached(best(), Map.of(), null);
        future.put("contactedAt", OffsetDateTime.now().plusDays(2).toString());
        refused(path, future, 400, "contactedAt");
        Map<String, Object> noAnswers = reached(best(), Map.of(), null);
        noAnswers.remove("answers");
        refused(path, noAnswers, 400, "answers");
        Map<String, Object> notReachedWithAnswers = reached(best(), Map.of(), null);
        notReachedWithAnswers.put("reached", false);
        refused(path, notReachedWithAnswers, 400, "answers");
        refused(path, reached(best(), Map.of(), LocalDate.now(DHAKA).plusDays(3)), 400, "dueOn");
        Map<String, Object> strayAnswer = best();
        strayAnswer.put("favourite-colour", "blue");
        refused(path, reached(strayAnswer, Map.of(), null), 422, null);
        refused(path, reached(best(), Map.of("owns-a-cow", "yes"), null), 422, null);
        refused(path, reached(best(), Map.of("threatened", "maybe"), null), 422, null);
        Map<String, Object> badChannel = reached(best(), Map.of(), null);
        badChannel.put("channel", "CARRIER_PIGEON");
        refused(path, badChannel, 400, null);

        assertThat(count("SELECT count(*) FROM follow_up WHERE case_id = '" + caseId + "'")).isZero();
    }

    @Test
    @TestSecurity(user = "caseworker", roles = "case-worker")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA_NGO))
    void aCaseWorkersListShowsTheOverdueDayAndTheComingOneUntilAFollowUpReachesThePerson() {
        LocalDate today = LocalDate.now(DHAKA);
        UUID caseId = plannedCase(List.of(today.minusDays(20), today.plusDays(5), today.plusMonths(6)));

        given().queryParam("size", 200).when().get("/api/v1/follow-ups/due").then().statusCode(200)
                .body("items.findAll { it.caseId == '" + caseId + "' }.status", contains("OVERDUE", "DUE"))
                .body("items.findAll { it.caseId == '" + caseId + "' }.dueOn",
                        contains(today.minusDays(20).toString(), today.plusDays(5).toString()));
        given().queryParam("size", 200).queryParam("status", "OVERDUE").when().get("/api/v1/follow-ups/due").then()
                .statusCode(200).body("items.findAll { it.caseId == '" + caseId + "' }.dueOn", contains(today.minusDays(20).toString()))
                .body("items.status", not(hasItem("DUE")));
        given().queryParam("size", 200).queryParam("status", "DUE").when().get("/api/v1/follow-ups/due").then()
                .statusCode(200).body("items.findAll { it.caseId == '" + caseId + "' }.dueOn", contains(today.plusDays(5).toString()))
                .body("items.status", not(hasItem("OVERDUE")));
        given().queryParam("status", "DONE_LATE").when().get("/api/v1/follow-ups/due").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("status"));
        given().queryParam("status", "SOON").when().get("/api/v1/follow-ups/due").then().statusCode(400).contentType(PROBLEM);

        given().contentType(ContentType.JSON).body(reached(best(), Map.of(), today.minusDays(20)))
                .when().post("/api/v1/cases/{id}/follow-ups", caseId).then().statusCode(201).body("onTime", equalTo(false));
        given().queryParam("size", 200).when().get("/api/v1/follow-ups/due").then().statusCode(200)
                .body("items.findAll { it.caseId == '" + caseId + "' }.status", contains("DUE"));
        given().when().get("/api/v1/cases/{id}/follow-ups", caseId).then().statusCode(200)
                .body("schedule.status", contains("DONE_LATE", "DUE", "DUE"));
        given().queryParam("withinDays", 367).when().get("/api/v1/follow-ups/due").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    @TestSecurity(user = "caseworker2", roles = "case-worker")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = COX_NGO))
    void anotherAgencysFollowUpsAreNeitherListedNorReadable() {
        LocalDate today = LocalDate.now(DHAKA);
        UUID dhakaCase = plannedCaseOf(DHAKA_NGO, "Hidden", List.of(today.minusDays(1)));

        given().queryParam("size", 200).when().get("/api/v1/follow-ups/due").then().statusCode(200)
                .body("items.caseId", not(hasItem(dhakaCase.toString())));
        given().when().get("/api/v1/cases/{id}/follow-ups", dhakaCase).then().statusCode(404).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(Map.of("contactedAt", OffsetDateTime.now().toString(), "channel", "PHONE",
                "reached", false)).when().post("/api/v1/cases/{id}/follow-ups", dhakaCase).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    @TestSecurity(user = "coordinator", roles = "nrm-coordinator")
    void theCoordinatorsSeeEveryAgencysOverdueFollowUpsAmongTheirEscalations() {
        LocalDate today = LocalDate.now(DHAKA);
        UUID coxCase = plannedCaseOf(COX_NGO, "Overdua", List.of(today.minusDays(30), today.plusDays(3)));

        given().queryParam("size", 200).queryParam("status", "OVERDUE").when().get("/api/v1/follow-ups/due").then()
                .statusCode(200).body("items.findAll { it.caseId == '" + coxCase + "' }.dueOn", contains(today.minusDays(30).toString()))
                .body("items.findAll { it.caseId == '" + coxCase + "' }.status", contains("OVERDUE"));
    }

    /** A case of another agency than the caller's, screened and planned by that agency's case worker. */
    private UUID plannedCaseOf(String agency, String givenName, List<LocalDate> days) {
        Caller worker = new Caller("sub-" + agency, "caseworker-of-" + agency, Set.of("case-worker"), Optional.of(UUID.fromString(agency)));
        int n = 700 + PERSONS.incrementAndGet();
        PersonInput person = new PersonInput(new PersonDetails(givenName + n, "Akter", LocalDate.of(1999, 1, 2), null,
                "+88017114" + String.format("%05d", n), null, null, null), Sex.FEMALE, "BD", List.of("bn"), null);
        UUID caseId = screenings.submit(new NewScreening("setu-core", 1, ScreeningContext.AIRPORT_RETURNEE,
                new AdminArea("BD-30", "BD-3026", null), person, Requests.trafficked(),
                new Consent(List.of(ServiceCategory.SHELTER), ShareLevel.BASIC)), worker).caseId();
        plans.write(caseId, worker, List.of(new ReintegrationPlan.Goal("social", "Back to school", List.of())),
                LocalDate.now(DHAKA).minusMonths(2), days, null);
        return caseId;
    }

    private void refused(String path, Map<String, Object> body, int status, String field) {
        var answer = given().contentType(ContentType.JSON).body(body).when().post(path).then().statusCode(status)
                .contentType(PROBLEM);
        if (field != null) answer.body("errors[0].field", equalTo(field));
    }

    /** A new case of the Dhaka NGO with a plan whose first follow-up falls today. */
    private UUID plannedCase() {
        LocalDate today = LocalDate.now(DHAKA);
        return plannedCase(List.of(today, today.plusMonths(3)));
    }

    private UUID plannedCase(List<LocalDate> days) {
        int n = 500 + PERSONS.incrementAndGet();
        UUID caseId = UUID.fromString(given().contentType(ContentType.JSON)
                .body(Requests.screening("Followed" + n, "+88017113" + String.format("%05d", n), "EC5" + String.format("%06d", n),
                        Requests.trafficked()))
                .when().post("/api/v1/screenings").then().statusCode(201).extract().path("caseId"));
        LocalDate today = LocalDate.now(DHAKA);
        given().contentType(ContentType.JSON).body(Map.of("anchor", today.minusMonths(3).toString(),
                        "goals", List.of(Map.of("dimension", "economic", "text", "A stall at the bazar")),
                        "followUpsDue", days.stream().map(LocalDate::toString).toList()))
                .when().put("/api/v1/cases/{id}/plan", caseId).then().statusCode(201);
        return caseId;
    }

    private static Map<String, Object> reached(Map<String, Object> answers, Map<String, Object> signs, LocalDate dueOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("contactedAt", OffsetDateTime.now().toString());
        body.put("channel", "HOME_VISIT");
        body.put("reached", true);
        body.put("answers", answers);
        body.put("warningSigns", signs);
        if (dueOn != null) body.put("dueOn", dueOn.toString());
        return body;
    }

    /** Every question answered with its highest-scored option. */
    private Map<String, Object> best() {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (SurveyQuestion q : surveys.current().questions()) answers.put(q.id(), pick(q, Comparator.reverseOrder()));
        return answers;
    }

    /** The questions of one dimension answered with their lowest-scored option. */
    private Map<String, Object> worstOf(String dimension) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (ReintegrationSurvey.Dimension d : surveys.current().dimensions()) {
            if (!d.code().equals(dimension)) continue;
            d.indicators().forEach(i -> i.questions().forEach(q -> answers.put(q.id(), pick(q, Comparator.naturalOrder()))));
        }
        return answers;
    }

    private static String pick(SurveyQuestion q, Comparator<Double> order) {
        return q.options().stream().filter(o -> o.score() != null)
                .min(Comparator.comparing(SurveyQuestion.ScoredOption::score, order)).orElseThrow().value();
    }

    private long count(String sql) throws SQLException {
        return Tables.count(dataSource, sql);
    }

    private String tableText(UUID caseId) throws SQLException {
        return Tables.rowsOfCase(dataSource, "follow_up", caseId);
    }
}
