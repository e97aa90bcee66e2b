package org.setu.systemtests;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.setu.systemtests.Keycloak.tokenFor;

/**
 * After the referral, on the running platform (issue #20): a returnee is screened and referred, her shelter stay is
 * completed, her case worker plans her reintegration; the agency's desk is reminded by email of the day missed and of
 * today's, and the coordinators see the missed day among their escalations; she is followed up three times (on time,
 * late after the reminder, and once with warning signs that propose a new screening), and the case is closed; the
 * referral still open (legal aid) is cancelled by the referral service, over Kafka, because the case was closed.
 */
@ExtendWith(RunningPlatform.class)
class ReintegrationSystemTest {

    static final ZoneId DHAKA = ZoneId.of("Asia/Dhaka");
    /** The agency's reintegration desk, registered by the test as one of the agency's email channels. */
    static final String DESK = "reintegration.desk." + Persons.RUN + "@dhaka-demo-ngo.example.org";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aReturneeIsFollowedFromHerReferralsThroughHerPlanAndThreeFollowUpsToTheClosingOfHerCase() {
        String caseworker = tokenFor("caseworker");
        String coordinator = tokenFor("coordinator");
        JsonPath screened = Setu.screen(caseworker, Persons.screening(Persons.FOLLOWA, "AIRPORT_RETURNEE", Persons.DHAKA,
                Persons.JASHORE, Persons.traffickedAbroad(), List.of("SHELTER", "LEGAL_AID")), null);
        String caseId = screened.getString("caseId");
        String caseRef = screened.getString("caseRef");
        assertThat(screened.getString("duplicateOfCase")).as("a new person opens a case of her own: " + screened.prettify()).isNull();

        // her shelter stay is served to the end; her legal aid referral is still waiting for an answer
        Map<String, Object> shelter = Setu.awaitReferral(caseworker, caseId, "SHELTER", r -> "SENT".equals(r.get("status")));
        Setu.awaitReferral(caseworker, caseId, "LEGAL_AID", r -> "SENT".equals(r.get("status")));
        String provider = tokenFor("provider");
        for (String action : List.of("accept", "start", "complete")) {
            shelter = Setu.transition(provider, shelter, action, null, null).then().statusCode(200).extract().jsonPath().getMap("");
        }

        LocalDate today = LocalDate.now(DHAKA);
        LocalDate missed = today.minusDays(20);
        LocalDate later = today.plusMonths(2);
        String desk = given().auth().oauth2(tokenFor("agencyadmin")).contentType(ContentType.JSON)
                .body(Map.of("channel", "EMAIL", "email", DESK, "eventTypes", List.of("setu.screening.follow-up-reminder.v1"),
                        "language", "en", "active", true))
                .when().post(Setu.NOTIFICATION + "/subscriptions").then().statusCode(201).extract().path("id");
        try {
            followedToClosure(caseworker, coordinator, caseId, caseRef, shelter, today, missed, later);
        } finally {
            given().auth().oauth2(tokenFor("agencyadmin")).delete(Setu.NOTIFICATION + "/subscriptions/" + desk);
        }
    }

    private static void followedToClosure(String caseworker, String coordinator, String caseId, String caseRef,
                                          Map<String, Object> shelter, LocalDate today, LocalDate missed, LocalDate later) {
        given().auth().oauth2(caseworker).contentType(ContentType.JSON).body(Map.of("anchor", today.minusMonths(1).toString(),
                        "goals", List.of(Map.of("dimension", "economic", "text", "A sewing machine and orders from the market",
                                "referralIds", List.of(shelter.get("id")))),
                        "followUpsDue", List.of(missed.toString(), today.toString(), later.toString())))
                .when().put(Setu.SCREENING + "/cases/" + caseId + "/plan").then().statusCode(201);

        List<Map<String, Object>> due = given().auth().oauth2(caseworker).queryParam("size", 200)
                .when().get(Setu.SCREENING + "/follow-ups/due").then().statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.caseId == '" + caseId + "' }");
        assertThat(due).extracting(d -> d.get("status")).as("her case worker's reminder").containsExactly("OVERDUE", "DUE");
        assertThat(due).allSatisfy(d -> assertThat(d.get("caseRef")).isEqualTo(caseRef));
        List<String> escalated = given().auth().oauth2(coordinator).queryParam("status", "OVERDUE").queryParam("size", 200)
                .when().get(Setu.SCREENING + "/follow-ups/due").then().statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.caseId == '" + caseId + "' }.dueOn", String.class);
        assertThat(escalated).as("the missed day among the coordinators' escalations").containsExactly(missed.toString());

        // the reminder job announces the missed day and today's; the desk is told by email, with nothing of the person
        List<Mailbox.Mail> reminders = Setu.await(() -> {
            List<Mailbox.Mail> told = Mailbox.messagesMentioning(DESK, caseRef);
            return told.size() >= 2 ? told : null;
        }, Duration.ofSeconds(120), "the desk's reminders about " + caseRef);
        assertThat(reminders).hasSize(2);
        assertThat(reminders).anySatisfy(m -> assertThat(m.subject() + m.body()).containsIgnoringCase("overdue"));
        for (Mailbox.Mail m : reminders) {
            assertThat(m.subject() + m.body()).doesNotContain(Persons.FOLLOWA.givenName()).doesNotContain(Persons.FOLLOWA.familyName())
                    .doesNotContain(Persons.FOLLOWA.phone().substring(4)).doesNotContain(Persons.FOLLOWA.documentNumber())
                    .doesNotContain(caseId);
        }

        Map<String, Object> survey = given().auth().oauth2(caseworker)
                .when().get(Setu.SCREENING + "/reintegration/surveys/iom-rss/versions/1").then().statusCode(200)
                .extract().jsonPath().getMap("");
        JsonPath onTime = followUp(caseworker, caseId, today, answers(survey, null), Map.of("threatened", "no"));
        assertThat(onTime.getBoolean("onTime")).isTrue();
        assertThat(onTime.getFloat("scores.composite")).isEqualTo(1.0f);
        JsonPath late = followUp(caseworker, caseId, missed, answers(survey, null), Map.of());
        assertThat(late.getBoolean("onTime")).isFalse();
        JsonPath warned = followUp(caseworker, caseId, null, answers(survey, "economic"),
                Map.of("offered-work-away", "yes", "pushed-to-migrate-again", "yes"));
        assertThat(warned.getList("warnings", String.class)).containsExactlyInAnyOrder("RE_MIGRATION_RISK", "TRAFFICKING_RISK",
                "NEW_SCREENING", "REFERRALS:economic");
        assertThat(warned.getList("trace", String.class)).anyMatch(t -> t.startsWith("A new screening is proposed"));

        JsonPath history = given().auth().oauth2(coordinator).when().get(Setu.SCREENING + "/cases/" + caseId + "/follow-ups")
                .then().statusCode(200).extract().jsonPath();
        assertThat(history.getList("items")).hasSize(3);
        assertThat(history.getList("schedule.status", String.class)).containsExactly("DONE_LATE", "DONE_ON_TIME", "DUE");

        // she has gone abroad again: the case is closed, and the legal aid referral still open ends with it
        given().auth().oauth2(caseworker).contentType(ContentType.JSON).body(Map.of("reason", "MIGRATED_AGAIN"))
                .when().post(Setu.SCREENING + "/cases/" + caseId + "/close").then().statusCode(200);
        Map<String, Object> legalAid = Setu.awaitReferral(caseworker, caseId, "LEGAL_AID", r -> "CANCELLED".equals(r.get("status")));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> steps = (List<Map<String, Object>>) legalAid.get("history");
        assertThat(steps.get(steps.size() - 1).get("reason")).isEqualTo("CASE_CLOSED");
        assertThat(Setu.referralFor(caseworker, caseId, "SHELTER").get("status")).isEqualTo("COMPLETED");
        given().auth().oauth2(caseworker).contentType(ContentType.JSON).body(Map.of("contactedAt", OffsetDateTime.now().toString(),
                "channel", "PHONE", "reached", false)).when().post(Setu.SCREENING + "/cases/" + caseId + "/follow-ups")
                .then().statusCode(409);
    }

    private static JsonPath followUp(String token, String caseId, LocalDate dueOn, Map<String, Object> answers,
                                     Map<String, Object> signs) {
        Map<String, Object> body = new HashMap<>();
        body.put("contactedAt", OffsetDateTime.now().toString());
        body.put("channel", "HOME_VISIT");
        body.put("reached", true);
        body.put("answers", answers);
        body.put("warningSigns", signs);
        if (dueOn != null) body.put("dueOn", dueOn.toString());
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post(Setu.SCREENING + "/cases/" + caseId + "/follow-ups").then().statusCode(201).extract().jsonPath();
    }

    /** Every question answered with its best-scored option, except those of {@code poorDimension}, with their worst. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> answers(Map<String, Object> survey, String poorDimension) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (Map<String, Object> d : (List<Map<String, Object>>) survey.get("dimensions")) {
            boolean poor = d.get("code").equals(poorDimension);
            for (Map<String, Object> i : (List<Map<String, Object>>) d.get("indicators")) {
                for (Map<String, Object> q : (List<Map<String, Object>>) i.get("questions")) {
                    Comparator<Map<String, Object>> byScore = Comparator.comparing(o -> ((Number) o.get("score")).doubleValue());
                    List<Map<String, Object>> scored = ((List<Map<String, Object>>) q.get("options")).stream()
                            .filter(o -> o.get("score") != null).toList();
                    answers.put((String) q.get("id"), (poor ? scored.stream().min(byScore) : scored.stream().max(byScore))
                            .orElseThrow().get("value"));
                }
            }
        }
        return answers;
    }
}
