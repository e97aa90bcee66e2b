package org.setu.systemtests;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.assertj.core.data.TemporalUnitOffset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.setu.systemtests.Persons.Person;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.setu.systemtests.Keycloak.tokenFor;

/**
 * A screening amended through the screening API re-routes the case's referrals on the running platform: the amended
 * screening travels as {@code screening.amended} over Kafka, and the referral service makes the open referrals follow
 * the new picture (docs/referral.md, "Amendments re-route"). The rules themselves are tested in the referral service
 * ({@code AmendmentPolicyTest}, {@code AmendmentRoutingTest}); here they are seen from outside, as a case worker would.
 *
 * <p>An amendment carries new answers and, optionally, the person: the screening's location and the case's consent
 * stay as they are (consent changes through {@code PUT /cases/{id}/consent}). So a move is told as a new home, which
 * is the place reintegration is served at, and a narrowed consent comes before the amendment.
 */
@ExtendWith(RunningPlatform.class)
class AmendmentRoutingSystemTest {

    static final String NRM_SECRETARIAT = "5e7c1f3a-2b4d-4c6e-8f10-a1b2c3d4e503";
    /** Home districts with a sample reintegration service each (their district protection networks), in different divisions. */
    static final Map<String, Object> NARAYANGANJ = Map.of("divisionId", "6", "districtId", "43");
    static final Map<String, Object> CUMILLA = Map.of("divisionId", "1", "districtId", "1");
    static final Duration HIGH_TO_IMMEDIATE = Duration.ofHours(72 - 24);
    /** Times read back from the database may differ from the instants they were computed from below a microsecond. */
    static final TemporalUnitOffset STORED = within(1, ChronoUnit.MILLIS);

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void anAmendmentThatAddsANeedWithConsentCreatesItsReferral() {
        String caseworker = tokenFor("caseworker");
        Map<String, Object> answers = traffickedWithNothingUrgentToday();
        JsonPath screened = screen(caseworker, Persons.JOGFULA, answers, List.of("LEGAL_AID", "REPATRIATION"));
        String caseId = screened.getString("caseId");
        assertThat(screened.getList("outcome.needs", String.class)).contains("LEGAL_AID").doesNotContain("REPATRIATION");
        Map<String, Object> legalAid = sent(caseworker, caseId, "LEGAL_AID");

        // she now wants to go home (consented), and a chronic illness comes to light (medical care: not consented)
        Map<String, Object> amendedAnswers = new LinkedHashMap<>(answers);
        amendedAnswers.put("wants-help-going-home", true);
        amendedAnswers.put("vulnerability-individual", List.of("chronic-illness"));
        JsonPath amended = amend(caseworker, screened, amendedAnswers, null).then().statusCode(200).extract().jsonPath();
        assertThat(amended.getInt("revision")).isEqualTo(1);
        assertThat(amended.getString("outcome.urgency")).isEqualTo("HIGH");
        assertThat(amended.getList("outcome.needs", String.class)).contains("REPATRIATION", "MEDICAL", "LEGAL_AID");

        Map<String, Object> repatriation = Setu.awaitReferral(caseworker, caseId, "REPATRIATION",
                r -> "SENT".equals(r.get("status")));
        assertThat(repatriation.get("organizationId")).isEqualTo(NRM_SECRETARIAT);
        assertThat(reasons(repatriation)).containsExactly("ROUTED");
        assertThat(repatriation.get("explanation").toString()).contains("Chose Repatriation coordination (sample)");
        // routed in the same transaction as the rest of the amendment: what it left out is already left out
        List<Map<String, Object>> all = Setu.referralsOfCase(caseworker, caseId);
        assertThat(all).extracting(r -> r.get("category")).as("no referral without consent")
                .containsExactlyInAnyOrder("LEGAL_AID", "REPATRIATION");
        Map<String, Object> legalAidAfter = Setu.referralFor(caseworker, caseId, "LEGAL_AID");
        assertThat(legalAidAfter.get("id")).isEqualTo(legalAid.get("id"));
        assertThat(legalAidAfter.get("status")).isEqualTo("SENT");
        assertThat(legalAidAfter.get("version")).as("the legal aid referral was left alone").isEqualTo(legalAid.get("version"));
    }

    @Test
    void anAmendmentThatRemovesANeedCancelsTheOpenReferralForIt() {
        String caseworker = tokenFor("caseworker");
        Map<String, Object> answers = goingHome(traffickedWithNothingUrgentToday());
        JsonPath screened = screen(caseworker, Persons.BADFULA, answers, List.of("LEGAL_AID", "REPATRIATION"));
        String caseId = screened.getString("caseId");
        Map<String, Object> legalAid = sent(caseworker, caseId, "LEGAL_AID");
        Map<String, Object> repatriation = sent(caseworker, caseId, "REPATRIATION");

        // she was mistaken for someone abroad: she is home already, and wants no help going home
        Map<String, Object> amendedAnswers = new LinkedHashMap<>(answers);
        amendedAnswers.remove("wants-help-going-home");
        JsonPath amended = amend(caseworker, screened, amendedAnswers, null).then().statusCode(200).extract().jsonPath();
        assertThat(amended.getList("outcome.needs", String.class)).contains("LEGAL_AID").doesNotContain("REPATRIATION");

        Map<String, Object> cancelled = Setu.awaitReferral(caseworker, caseId, "REPATRIATION",
                r -> "CANCELLED".equals(r.get("status")));
        assertThat(cancelled.get("id")).isEqualTo(repatriation.get("id"));
        assertThat(reasons(cancelled)).last().isEqualTo("NEED_REMOVED_BY_AMENDMENT");
        assertThat(cancelled.get("dueAt")).isNull();
        List<Map<String, Object>> all = Setu.referralsOfCase(caseworker, caseId);
        assertThat(all).filteredOn(r -> "REPATRIATION".equals(r.get("category"))).as("not referred again").hasSize(1);
        Map<String, Object> legalAidAfter = Setu.referralFor(caseworker, caseId, "LEGAL_AID");
        assertThat(legalAidAfter.get("status")).isEqualTo("SENT");
        assertThat(legalAidAfter.get("version")).as("the need still listed keeps its referral as it was")
                .isEqualTo(legalAid.get("version"));
    }

    /**
     * Consent is narrowed through the case's consent, which cancels the referral outside it ({@code CONSENT_WITHDRAWN});
     * the amendment that follows still lists the need, and must not refer it again: it carries the narrowed consent.
     * (An amendment cannot narrow consent by itself through the API, so {@code CONSENT_NARROWED} is not seen here.)
     */
    @Test
    void anAmendmentAfterConsentWasNarrowedRefersNothingOutsideTheNarrowedConsent() {
        String caseworker = tokenFor("caseworker");
        Map<String, Object> answers = goingHome(traffickedWithNothingUrgentToday());
        JsonPath screened = screen(caseworker, Persons.SAMMATIRA, answers, List.of("LEGAL_AID", "REPATRIATION"));
        String caseId = screened.getString("caseId");
        sent(caseworker, caseId, "LEGAL_AID");
        Map<String, Object> repatriation = sent(caseworker, caseId, "REPATRIATION");

        given().auth().oauth2(caseworker).contentType(ContentType.JSON)
                .body(Map.of("services", List.of("LEGAL_AID"), "shareWithProviders", "BASIC"))
                .when().put(Setu.SCREENING + "/cases/" + caseId + "/consent").then().statusCode(200);
        Map<String, Object> withdrawn = Setu.awaitReferral(caseworker, caseId, "REPATRIATION",
                r -> "CANCELLED".equals(r.get("status")));
        assertThat(withdrawn.get("id")).isEqualTo(repatriation.get("id"));
        assertThat(reasons(withdrawn)).last().isEqualTo("CONSENT_WITHDRAWN");

        // the amendment still lists going home, and raises the urgency: the raised urgency shows it was applied
        Map<String, Object> amendedAnswers = new LinkedHashMap<>(answers);
        amendedAnswers.put("immediate-needs", List.of("pregnant"));
        JsonPath amended = amend(caseworker, screened, amendedAnswers, null).then().statusCode(200).extract().jsonPath();
        assertThat(amended.getString("outcome.urgency")).isEqualTo("IMMEDIATE");
        assertThat(amended.getList("outcome.needs", String.class)).contains("REPATRIATION", "LEGAL_AID", "MEDICAL");

        Setu.awaitReferral(caseworker, caseId, "LEGAL_AID", r -> reasons(r).contains("URGENCY_CHANGED"));
        List<Map<String, Object>> all = Setu.referralsOfCase(caseworker, caseId);
        assertThat(all).extracting(r -> r.get("category")).as("nothing referred outside the narrowed consent")
                .containsExactlyInAnyOrder("LEGAL_AID", "REPATRIATION");
        Map<String, Object> repatriationAfter = Setu.referralFor(caseworker, caseId, "REPATRIATION");
        assertThat(repatriationAfter.get("status")).isEqualTo("CANCELLED");
        assertThat(repatriationAfter.get("version")).isEqualTo(withdrawn.get("version"));
    }

    @Test
    void aRaisedUrgencyMovesTheDeadlineOfAReferralNotYetAcceptedAndLeavesAnAcceptedOneAlone() {
        String caseworker = tokenFor("caseworker");
        Map<String, Object> answers = traffickedWithNothingUrgentToday();
        JsonPath screened = screen(caseworker, Persons.JORURIBA, answers, List.of("PSYCHOSOCIAL", "LEGAL_AID"));
        String caseId = screened.getString("caseId");
        assertThat(screened.getString("outcome.urgency")).isEqualTo("HIGH");
        Map<String, Object> legalAid = sent(caseworker, caseId, "LEGAL_AID");
        Map<String, Object> psychosocial = sent(caseworker, caseId, "PSYCHOSOCIAL");
        assertThat(legalAid.get("urgency")).isEqualTo("HIGH");
        Instant sentAt = instant(history(legalAid).get(0).get("at"));
        Instant dueBefore = instant(legalAid.get("dueAt"));
        assertThat(dueBefore).as("a HIGH referral's time to answer: 72 h").isCloseTo(sentAt.plus(Duration.ofHours(72)), STORED);
        Map<String, Object> accepted = Setu.transition(tokenFor("coordinator"), psychosocial, "accept", null, null)
                .then().statusCode(200).extract().jsonPath().getMap("");

        // she turns out to be pregnant: an immediate need, 24 hours instead of 72
        Map<String, Object> amendedAnswers = new LinkedHashMap<>(answers);
        amendedAnswers.put("immediate-needs", List.of("pregnant"));
        JsonPath amended = amend(caseworker, screened, amendedAnswers, null).then().statusCode(200).extract().jsonPath();
        assertThat(amended.getString("outcome.urgency")).isEqualTo("IMMEDIATE");

        Map<String, Object> reDated = Setu.awaitReferral(caseworker, caseId, "LEGAL_AID",
                r -> reasons(r).contains("URGENCY_CHANGED"));
        assertThat(reDated.get("id")).isEqualTo(legalAid.get("id"));
        assertThat(reDated.get("status")).isEqualTo("SENT");
        assertThat(reDated.get("attempt")).isEqualTo(legalAid.get("attempt"));
        assertThat(reDated.get("organizationId")).isEqualTo(legalAid.get("organizationId"));
        assertThat(reDated.get("urgency")).isEqualTo("IMMEDIATE");
        Instant dueAfter = instant(reDated.get("dueAt"));
        assertThat(dueAfter).as("due 24 h after it was sent, as if sent IMMEDIATE")
                .isCloseTo(sentAt.plus(Duration.ofHours(24)), STORED).isCloseTo(dueBefore.minus(HIGH_TO_IMMEDIATE), STORED);
        Map<String, Object> entry = history(reDated).get(history(reDated).size() - 1);
        assertThat(entry).containsEntry("status", "SENT").containsEntry("reason", "URGENCY_CHANGED")
                .containsEntry("attempt", legalAid.get("attempt"));
        assertThat(reDated.get("explanation").toString())
                .contains("Urgency changed from HIGH to IMMEDIATE by an amended screening; the provider must now answer by");

        Map<String, Object> acceptedAfter = Setu.referralFor(caseworker, caseId, "PSYCHOSOCIAL");
        assertThat(acceptedAfter.get("status")).isEqualTo("ACCEPTED");
        assertThat(acceptedAfter.get("version")).as("accepted work is not moved").isEqualTo(accepted.get("version"));
        assertThat(acceptedAfter.get("dueAt")).isEqualTo(accepted.get("dueAt"));
        assertThat(acceptedAfter.get("urgency")).isEqualTo("HIGH");
        assertThat(reasons(acceptedAfter)).doesNotContain("URGENCY_CHANGED");
    }

    @Test
    void aNewHomeReMatchesTheReintegrationReferralNotYetAcceptedToAServiceThereAndTheExplanationSaysSo() {
        String caseworker = tokenFor("caseworker");
        Map<String, Object> answers = new LinkedHashMap<>(traffickedWithNothingUrgentToday());
        answers.put("wants-reintegration-support", true);
        Map<String, Object> body = Persons.screening(Persons.THIKANA, "AIRPORT_RETURNEE", Persons.DHAKA, NARAYANGANJ,
                answers, List.of("REINTEGRATION"));
        JsonPath screened = Setu.screen(caseworker, body, null);
        String caseId = screened.getString("caseId");
        Map<String, Object> before = sent(caseworker, caseId, "REINTEGRATION");
        assertThat(before.get("organizationId")).isEqualTo(sampleOrganization("narayanganj-protection-network"));
        assertThat(before.get("attempt")).isEqualTo(1);

        // she will not live in Narayanganj after all, but with her family in Cumilla
        @SuppressWarnings("unchecked")
        Map<String, Object> person = new LinkedHashMap<>((Map<String, Object>) body.get("person"));
        person.put("home", CUMILLA);
        amend(caseworker, screened, answers, person).then().statusCode(200);

        Map<String, Object> after = Setu.awaitReferral(caseworker, caseId, "REINTEGRATION",
                r -> reasons(r).contains("PLACE_CHANGED"));
        assertThat(after.get("id")).isEqualTo(before.get("id"));
        assertThat(after.get("status")).isEqualTo("SENT");
        assertThat(after.get("organizationId")).isEqualTo(sampleOrganization("cumilla-protection-network"));
        assertThat(after.get("serviceId")).isNotEqualTo(before.get("serviceId"));
        assertThat(after.get("attempt")).as("sent again, as a new attempt").isEqualTo(2);
        Map<String, Object> entry = history(after).get(history(after).size() - 1);
        assertThat(entry).containsEntry("status", "SENT").containsEntry("reason", "PLACE_CHANGED")
                .containsEntry("serviceId", after.get("serviceId")).containsEntry("attempt", 2);
        assertThat(instant(after.get("dueAt")))
                .as("a fresh deadline from the amendment").isAfter(instant(before.get("dueAt")));
        assertThat(after.get("explanation").toString())
                .contains("reintegration follows the home place (district 1, division 1)", "Re-routed (attempt 2) to Cumilla",
                        "Re-matched: an amended screening changed the place the person needs REINTEGRATION at.");
    }

    @Test
    void aPersonWhoMovedHasHerMedicalReferralNotYetAcceptedReMatchedWhereSheIsNow() {
        String caseworker = tokenFor("caseworker");
        Map<String, Object> answers = new LinkedHashMap<>(traffickedWithNothingUrgentToday());
        answers.put("vulnerability-individual", List.of("chronic-illness"));
        JsonPath screened = screen(caseworker, Persons.CHOLITA, answers, List.of("MEDICAL"));
        String caseId = screened.getString("caseId");
        Map<String, Object> before = sent(caseworker, caseId, "MEDICAL");
        assertThat(before.get("organizationId")).as("medical care where she is: Dhaka").isEqualTo(sampleOrganization("dhaka-protection-network"));

        // she was taken to her sister in Cumilla before the clinic answered
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("answers", answers);
        body.put("location", CUMILLA);
        given().auth().oauth2(caseworker).contentType(ContentType.JSON).body(body)
                .when().post(Setu.SCREENING + "/screenings/" + screened.getString("id") + "/amendments").then().statusCode(200);

        Map<String, Object> after = Setu.awaitReferral(caseworker, caseId, "MEDICAL", r -> reasons(r).contains("PLACE_CHANGED"));
        assertThat(after.get("id")).isEqualTo(before.get("id"));
        assertThat(after.get("status")).isEqualTo("SENT");
        assertThat(after.get("organizationId")).isEqualTo(sampleOrganization("cumilla-protection-network"));
        assertThat(after.get("attempt")).isEqualTo(2);
        assertThat(after.get("explanation").toString()).contains("medical is needed where the person is now (district 1, division 1)");
        assertThat(given().auth().oauth2(caseworker).when().get(Setu.SCREENING + "/screenings/" + screened.getString("id"))
                .then().statusCode(200).extract().jsonPath().getString("location.districtId")).isEqualTo("1");
    }

    @Test
    void anotherAgencyCannotAmendTheCaseAndItsReferralsStayAsTheyWere() {
        String caseworker = tokenFor("caseworker");
        Map<String, Object> answers = goingHome(traffickedWithNothingUrgentToday());
        JsonPath screened = screen(caseworker, Persons.OSHWIKRITA, answers, List.of("LEGAL_AID", "REPATRIATION"));
        String caseId = screened.getString("caseId");
        sent(caseworker, caseId, "LEGAL_AID");
        sent(caseworker, caseId, "REPATRIATION");
        List<Map<String, Object>> before = Setu.referralsOfCase(caseworker, caseId);

        // Cox's Bazar tries what would drop a need and raise the urgency, were it the Dhaka NGO's own amendment
        Map<String, Object> amendedAnswers = new LinkedHashMap<>(answers);
        amendedAnswers.remove("wants-help-going-home");
        amendedAnswers.put("immediate-needs", List.of("pregnant"));
        int refused = amend(tokenFor("caseworker2"), screened, amendedAnswers, null).statusCode();
        assertThat(refused).as("another agency's amendment is refused as if the screening did not exist").isEqualTo(404);

        JsonPath stored = given().auth().oauth2(caseworker).when().get(Setu.SCREENING + "/screenings/" + screened.getString("id"))
                .then().statusCode(200).extract().jsonPath();
        assertThat(stored.getInt("revision")).as("the screening was not amended").isZero();
        assertThat(stored.getString("outcome.urgency")).isEqualTo("HIGH");
        Setu.sleep(3000);
        List<Map<String, Object>> after = Setu.referralsOfCase(caseworker, caseId);
        assertThat(after).hasSize(before.size());
        for (Map<String, Object> r : before) {
            Map<String, Object> same = after.stream().filter(a -> a.get("id").equals(r.get("id"))).findFirst().orElseThrow();
            assertThat(same).as(r.get("category") + " referral").containsEntry("status", "SENT")
                    .containsEntry("version", r.get("version")).containsEntry("dueAt", r.get("dueAt"))
                    .containsEntry("serviceId", r.get("serviceId")).containsEntry("urgency", "HIGH");
        }
    }

    private static JsonPath screen(String token, Person p, Map<String, Object> answers, List<String> consented) {
        return Setu.screen(token, Persons.screening(p, "SHELTER_INTAKE", Persons.DHAKA, Persons.JASHORE, answers, consented), null);
    }

    /** {@code POST /screenings/{id}/amendments}: the whole corrected answers, and the person when it changed. */
    private static Response amend(String token, JsonPath screened, Map<String, Object> answers, Map<String, Object> person) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("answers", answers);
        if (person != null) body.put("person", person);
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post(Setu.SCREENING + "/screenings/" + screened.getString("id") + "/amendments");
    }

    private static Map<String, Object> sent(String token, String caseId, String category) {
        return Setu.awaitReferral(token, caseId, category, r -> "SENT".equals(r.get("status")));
    }

    /** Trafficked abroad, with a safe place for tonight: a presumed victim, HIGH urgency (72 hours). */
    private static Map<String, Object> traffickedWithNothingUrgentToday() {
        Map<String, Object> answers = new LinkedHashMap<>(Persons.traffickedAbroad());
        answers.remove("immediate-needs");
        return answers;
    }

    private static Map<String, Object> goingHome(Map<String, Object> answers) {
        Map<String, Object> more = new LinkedHashMap<>(answers);
        more.put("wants-help-going-home", true);
        return more;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> history(Map<String, Object> referral) {
        return (List<Map<String, Object>>) referral.get("history");
    }

    private static Instant instant(Object isoTime) {
        return OffsetDateTime.parse(String.valueOf(isoTime)).toInstant();
    }

    private static List<String> reasons(Map<String, Object> referral) {
        return history(referral).stream().map(h -> String.valueOf(h.get("reason"))).toList();
    }

    /** The sample directory names its organizations by a fixed key, so that they keep their ids from one load to the next. */
    private static String sampleOrganization(String slug) {
        return UUID.nameUUIDFromBytes(("setu-sample/org/" + slug).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
