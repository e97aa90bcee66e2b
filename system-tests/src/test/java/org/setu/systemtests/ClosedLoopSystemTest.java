package org.setu.systemtests;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.setu.systemtests.Persons.Person;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.setu.systemtests.Keycloak.partnerToken;
import static org.setu.systemtests.Keycloak.tokenFor;

/** The closed loop as the people in it live it, on the whole running platform with real tokens and real mail. */
@ExtendWith(RunningPlatform.class)
class ClosedLoopSystemTest {

    static final String DHAKA_NGO = "5e7c1f3a-2b4d-4c6e-8f10-a1b2c3d4e501";
    static final String COXS_BAZAR_NGO = "5e7c1f3a-2b4d-4c6e-8f10-a1b2c3d4e502";
    static final String DHAKA_FOCAL_POINT = "focal.point@dhaka-demo-ngo.example.org";
    static final String COORDINATOR_MAILBOX = "coordinator@demo.setu.example.org";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void anAdultReturneeAtDhakaAirportIsShelteredAndTheLoopCloses() {
        String caseworker = tokenFor("caseworker");
        String provider = tokenFor("provider");
        JsonPath screened = Setu.screen(tokenFor("screener"), Persons.screening(Persons.AMINA, "AIRPORT_RETURNEE",
                Persons.DHAKA, Persons.JASHORE, Persons.traffickedAbroad(), List.of("SHELTER", "MEDICAL", "LEGAL_AID")), null);
        String caseId = screened.getString("caseId");
        String caseRef = screened.getString("caseRef");

        assertThat(screened.getString("outcome.classification")).isEqualTo("PRESUMED_TRAFFICKING_VICTIM");
        assertThat(screened.getString("outcome.urgency")).isEqualTo("IMMEDIATE");
        assertThat(screened.getList("outcome.needs", String.class)).contains("SHELTER", "LEGAL_AID");

        // referrals go out at once for every needed and consented category, the shelter to the Dhaka safe home
        Map<String, Object> shelter = Setu.awaitReferral(caseworker, caseId, "SHELTER", r -> "SENT".equals(r.get("status")));
        Setu.awaitReferral(caseworker, caseId, "LEGAL_AID", r -> "SENT".equals(r.get("status")));
        assertThat(shelter.get("organizationId")).isEqualTo(DHAKA_NGO);
        assertThat(shelter.get("explanation").toString()).contains("SHELTER");

        // the focal point hears of it by email, with nothing that identifies her
        List<Mailbox.Mail> mails = Setu.await(() -> Mailbox.messagesMentioning(DHAKA_FOCAL_POINT, caseRef),
                Duration.ofSeconds(30), "the focal point's email about " + caseRef);
        assertNoPersonalData(mails, Persons.AMINA);

        // the provider accepts, the case worker sees it, the provider reads what consent allows and serves her
        Map<String, Object> accepted = Setu.transition(provider, shelter, "accept", null, null).then().statusCode(200)
                .extract().jsonPath().getMap("");
        assertThat(Setu.referralFor(caseworker, caseId, "SHELTER").get("status")).isEqualTo("ACCEPTED");
        JsonPath shared = given().auth().oauth2(provider).when().get(Setu.SCREENING + "/cases/" + caseId + "/shared-view")
                .then().statusCode(200).extract().jsonPath();
        assertThat(shared.getString("person.givenName")).isEqualTo(Persons.AMINA.givenName());
        assertThat(shared.getMap("person")).doesNotContainKey("documentNumber");
        Map<String, Object> started = Setu.transition(provider, accepted, "start", null, null).then().statusCode(200)
                .extract().jsonPath().getMap("");
        Setu.transition(provider, started, "complete", null, "stayed ten nights, then went home to Jashore")
                .then().statusCode(200);

        Map<String, Object> closed = Setu.referralFor(caseworker, caseId, "SHELTER");
        assertThat(closed.get("status")).isEqualTo("COMPLETED");
        assertThat(statuses(closed)).containsSubsequence("SENT", "ACCEPTED", "IN_PROGRESS", "COMPLETED");
    }

    @Test
    void aDeclinedReferralGoesToTheNextServiceAndWhenNoneIsLeftTheCoordinatorsTakeOver() {
        String caseworker = tokenFor("caseworker");
        String provider = tokenFor("provider");
        String coordinator = tokenFor("coordinator");
        JsonPath screened = Setu.screen(caseworker, Persons.screening(Persons.RUPA, "AIRPORT_RETURNEE", Persons.DHAKA,
                Persons.JASHORE, Persons.traffickedAbroad(), List.of("SHELTER")), null);
        String caseId = screened.getString("caseId");

        Set<Object> declinedBy = new HashSet<>();
        Map<String, Object> referral = Setu.awaitReferral(caseworker, caseId, "SHELTER", r -> "SENT".equals(r.get("status")));
        for (int attempt = 1; "SENT".equals(referral.get("status")); attempt++) {
            assertThat(referral.get("organizationId")).as("never back to a provider that declined").isNotIn(declinedBy);
            assertThat(((Number) referral.get("attempt")).intValue()).isEqualTo(attempt);
            declinedBy.add(referral.get("organizationId"));
            // the provider's own staff decline their referral; the coordinators may act on any
            String who = DHAKA_NGO.equals(referral.get("organizationId")) ? provider : coordinator;
            Setu.transition(who, referral, "decline", "NO_CAPACITY", null).then().statusCode(200);
            int next = attempt + 1;
            referral = Setu.awaitReferral(caseworker, caseId, "SHELTER",
                    r -> "ESCALATED".equals(r.get("status")) || ((Number) r.get("attempt")).intValue() == next);
        }

        assertThat(declinedBy).as("re-routed at least once before escalation").hasSizeGreaterThanOrEqualTo(2);
        assertThat(referral.get("status")).isEqualTo("ESCALATED");
        String caseRef = screened.getString("caseRef");
        Setu.await(() -> Mailbox.messagesMentioning(COORDINATOR_MAILBOX, caseRef), Duration.ofSeconds(30),
                "the coordinators' escalation email about " + caseRef);
    }

    @Test
    void withdrawingConsentCancelsOpenReferralsAndTellsTheProvider() {
        String caseworker = tokenFor("caseworker");
        JsonPath screened = Setu.screen(caseworker, Persons.screening(Persons.SALMA, "SHELTER_INTAKE", Persons.DHAKA,
                Persons.JASHORE, Persons.traffickedAbroad(), List.of("SHELTER", "LEGAL_AID")), null);
        String caseId = screened.getString("caseId");
        String caseRef = screened.getString("caseRef");
        Setu.awaitReferral(caseworker, caseId, "SHELTER", r -> "SENT".equals(r.get("status")));

        given().auth().oauth2(caseworker).contentType("application/json")
                .body(Map.of("services", List.of(), "shareWithProviders", "NONE"))
                .when().put(Setu.SCREENING + "/cases/" + caseId + "/consent").then().statusCode(200);

        Setu.awaitReferral(caseworker, caseId, "SHELTER", r -> "CANCELLED".equals(r.get("status")));
        Setu.awaitReferral(caseworker, caseId, "LEGAL_AID", r -> "CANCELLED".equals(r.get("status")));
        List<Mailbox.Mail> told = Setu.await(() -> Mailbox.messagesMentioning(DHAKA_FOCAL_POINT, caseRef).stream()
                        .filter(m -> m.subject().contains("cancel") || m.subject().contains("বাতিল")).toList(),
                Duration.ofSeconds(30), "the provider's cancellation email about " + caseRef);
        assertNoPersonalData(told, Persons.SALMA);
    }

    @Test
    void anErasedCaseLeavesNoPersonalDataAndTheProvidersViewIsGone() {
        String caseworker = tokenFor("caseworker");
        String provider = tokenFor("provider");
        JsonPath screened = Setu.screen(caseworker, Persons.screening(Persons.NASIMA, "AIRPORT_RETURNEE", Persons.DHAKA,
                Persons.JASHORE, Persons.traffickedAbroad(), List.of("SHELTER")), null);
        String caseId = screened.getString("caseId");
        Map<String, Object> shelter = Setu.awaitReferral(caseworker, caseId, "SHELTER", r -> "SENT".equals(r.get("status")));
        Setu.transition(provider, shelter, "accept", null, null).then().statusCode(200);
        Setu.await(() -> given().auth().oauth2(provider).get(Setu.SCREENING + "/cases/" + caseId + "/shared-view")
                .statusCode() == 200 ? Boolean.TRUE : null, Duration.ofSeconds(30), "the provider's shared view");

        given().auth().oauth2(caseworker).when().delete(Setu.SCREENING + "/cases/" + caseId).then().statusCode(204);

        given().auth().oauth2(caseworker).when().get(Setu.SCREENING + "/cases/" + caseId).then().statusCode(404);
        given().auth().oauth2(provider).when().get(Setu.SCREENING + "/cases/" + caseId + "/shared-view").then().statusCode(404);
        Map<String, Object> redacted = Setu.await(() -> Setu.referralsOfCaseSoFar(caseworker, caseId).stream()
                .filter(r -> r.get("caseRef") == null).findFirst().orElse(null), Duration.ofSeconds(30),
                "the case's referrals redacted");
        assertThat(redacted.get("caseRef")).isNull();
    }

    @Test
    void aSixteenYearOldScreenedInCoxsBazarIsReferredToChildProtectionThere() {
        String caseworker2 = tokenFor("caseworker2");
        JsonPath screened = Setu.screen(caseworker2, Persons.screening(Persons.MIM, "POLICE_RESCUE", Persons.COXS_BAZAR,
                Persons.COXS_BAZAR, Persons.exploitedChild(), List.of("CHILD_PROTECTION", "SHELTER")), null);

        assertThat(screened.getString("outcome.classification")).isEqualTo("PRESUMED_TRAFFICKING_VICTIM");
        assertThat(screened.getList("outcome.needs", String.class)).contains("CHILD_PROTECTION");
        Map<String, Object> protection = Setu.awaitReferral(caseworker2, screened.getString("caseId"), "CHILD_PROTECTION",
                r -> "SENT".equals(r.get("status")));
        assertThat(protection.get("organizationId")).isEqualTo(COXS_BAZAR_NGO);
        assertThat(protection.get("explanation").toString()).contains("9");
        // her provider sees it; the Dhaka provider cannot even tell it exists
        given().auth().oauth2(tokenFor("provider2")).when().get(Setu.REFERRAL + "/referrals/" + protection.get("id"))
                .then().statusCode(200);
        given().auth().oauth2(tokenFor("provider")).when().get(Setu.REFERRAL + "/referrals/" + protection.get("id"))
                .then().statusCode(404);
    }

    @Test
    void aPartnerSystemRetryingWithTheSameIdempotencyKeyGetsOneCase() {
        String partner = partnerToken("partner-demo", "partner-demo-secret");
        String key = "partner-demo-" + UUID.randomUUID();
        Map<String, Object> body = Persons.screening(Persons.JOYA, "OUTREACH", Persons.DHAKA, Persons.JASHORE,
                Persons.traffickedAbroad(), List.of("SHELTER"));

        JsonPath first = Setu.screen(partner, body, key);
        JsonPath retry = Setu.screen(partner, body, key);

        assertThat(retry.getString("caseId")).isEqualTo(first.getString("caseId"));
        assertThat(retry.getString("id")).isEqualTo(first.getString("id"));
        String caseworker = tokenFor("caseworker");
        Setu.awaitReferral(caseworker, first.getString("caseId"), "SHELTER", r -> "SENT".equals(r.get("status")));
        Setu.sleep(1000);
        assertThat(Setu.referralsOfCase(caseworker, first.getString("caseId"))).hasSize(1);
    }

    @Test
    void aProviderFollowingTheLiveStreamSeesItsReferralArrive() throws Exception {
        String provider = tokenFor("provider");
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        HttpRequest request = HttpRequest.newBuilder(URI.create(Setu.REFERRAL + "/referrals/stream"))
                .header("Authorization", "Bearer " + provider).header("Accept", "text/event-stream").build();
        HttpResponse<java.io.InputStream> stream = HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(stream.statusCode()).isEqualTo(200);
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) lines.add(line);
            } catch (java.io.IOException closed) {
                // the test closed the stream
            }
        });
        reader.setDaemon(true);
        reader.start();
        try {
            JsonPath screened = Setu.screen(tokenFor("caseworker"), Persons.screening(Persons.LIPI, "AIRPORT_RETURNEE",
                    Persons.DHAKA, Persons.JASHORE, Persons.traffickedAbroad(), List.of("SHELTER")), null);
            String caseId = screened.getString("caseId");

            Setu.await(() -> lines.stream().anyMatch(l -> l.contains(caseId)) ? Boolean.TRUE : null,
                    Duration.ofSeconds(30), "the referral of case " + caseId + " on the provider's stream");
            assertThat(String.join("\n", lines)).doesNotContain(Persons.LIPI.givenName(), Persons.LIPI.phone());
        } finally {
            stream.body().close();
        }
    }

    private static List<String> statuses(Map<String, Object> referral) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> history = (List<Map<String, Object>>) referral.get("history");
        return history.stream().map(h -> String.valueOf(h.get("status"))).toList();
    }

    private static void assertNoPersonalData(List<Mailbox.Mail> mails, Person p) {
        for (Mailbox.Mail m : mails) {
            assertThat(m.subject() + "\n" + m.body())
                    .doesNotContain(p.givenName(), p.familyName(), p.phone(), p.documentNumber());
        }
    }
}
