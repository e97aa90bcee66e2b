package org.setu.referral;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.setu.events.screening.Consent;
import org.setu.events.screening.ScreeningCompleted;
import org.setu.events.screening.ShareLevel;
import org.setu.events.vocabulary.AgeBand;
import org.setu.events.vocabulary.ReferralStatus;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Sex;
import org.setu.events.vocabulary.Urgency;
import org.setu.referral.app.LifecycleService;
import org.setu.referral.app.RoutingService;
import org.setu.referral.domain.Referral;
import org.setu.referral.domain.Transition;
import org.setu.referral.persistence.AgencyPolicyRepository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.setu.referral.SampleDirectory.*;
import static org.setu.referral.Screenings.area;

/** The closed loop through the API: who may do what, in which state, with which version. */
@QuarkusTest
class LifecycleApiTest {

    static final String PROBLEM = "application/problem+json";
    static final String DHAKA_NGO_ID = "5e7c1f3a-2b4d-4c6e-8f10-a1b2c3d4e501";
    static final String COX_NGO_ID = "5e7c1f3a-2b4d-4c6e-8f10-a1b2c3d4e502";
    static final String NRM_ID = "5e7c1f3a-2b4d-4c6e-8f10-a1b2c3d4e503";
    static final String APPROVING_AGENCY_ID = "0b000000-0000-0000-0000-0000000000a1";

    @Inject
    RoutingService routing;

    @Inject
    LifecycleService lifecycle;

    @Inject
    org.setu.referral.app.ReturnEventsService returns;

    @Inject
    AgencyPolicyRepository policies;

    @Inject
    javax.sql.DataSource dataSource;

    @BeforeEach
    void directory() {
        SampleDirectory.ensure();
        policies.set(UUID.fromString(APPROVING_AGENCY_ID), true);
        // RestAssured would send a body-less POST as a form; a transition without a body is JSON with no content
        RestAssured.requestSpecification = new RequestSpecBuilder().setContentType(ContentType.JSON).build();
    }

    @AfterEach
    void plainRequestsAgain() {
        RestAssured.requestSpecification = null;
    }

    /** A documentation referral of the Dhaka demo NGO, sent to the Cox's Bazar demo NGO's service in Sylhet. */
    Referral sentToCoxNgo() {
        return routing.screeningCompleted(Screenings.adultIn(DHAKA_NGO, area(SYLHET_DIVISION, SYLHET, null),
                ServiceCategory.DOCUMENTATION)).get(0);
    }

    Referral inState(ReferralStatus state) {
        var coordinator = Referrals.coordinator();
        return switch (state) {
            case PROPOSED -> routing.screeningCompleted(Screenings.adultIn(UUID.fromString(APPROVING_AGENCY_ID),
                    area(SYLHET_DIVISION, SYLHET, null), ServiceCategory.DOCUMENTATION)).get(0);
            case SENT -> sentToCoxNgo();
            case ACCEPTED -> lifecycle.apply(sentToCoxNgo().id(), Transition.ACCEPT, null, null, null, coordinator);
            case IN_PROGRESS -> lifecycle.apply(inState(ReferralStatus.ACCEPTED).id(), Transition.START, null, null, null, coordinator);
            case COMPLETED -> lifecycle.apply(inState(ReferralStatus.IN_PROGRESS).id(), Transition.COMPLETE, null, null, null, coordinator);
            case CANCELLED -> lifecycle.apply(sentToCoxNgo().id(), Transition.CANCEL, null, null, null, coordinator);
            case ESCALATED -> routing.screeningCompleted(Screenings.adultIn(DHAKA_NGO, area(SYLHET_DIVISION, SYLHET, null),
                    ServiceCategory.FAMILY_TRACING)).get(0);
            case ON_HOLD -> {
                var s = Screenings.adultIn(DHAKA_NGO, area(SYLHET_DIVISION, SYLHET, null), ServiceCategory.DOCUMENTATION);
                returns.returnPlanned(new org.setu.events.screening.ReturnPlanned(s.caseId(), DHAKA_NGO, 1, "ZYL",
                        java.time.LocalDate.now().plusDays(3), java.time.LocalDate.now().plusDays(5),
                        org.setu.events.screening.TravelMode.AIR, null, java.time.Instant.now()));
                yield routing.screeningCompleted(s).get(0);
            }
            case DECLINED, EXPIRED -> throw new IllegalArgumentException(state + " is passed through, never kept");
        };
    }

    static final Map<String, ReferralStatus> AFTER = Map.of("approve", ReferralStatus.SENT, "accept", ReferralStatus.ACCEPTED,
            // a decline is re-routed at once: the other documentation service in Sylhet gets it
            "decline", ReferralStatus.SENT, "start", ReferralStatus.IN_PROGRESS, "complete", ReferralStatus.COMPLETED,
            "cancel", ReferralStatus.CANCELLED);

    static Stream<Arguments> keptStatesAndApiTransitions() {
        List<Arguments> all = new ArrayList<>();
        for (ReferralStatus s : List.of(ReferralStatus.PROPOSED, ReferralStatus.SENT, ReferralStatus.ACCEPTED,
                ReferralStatus.IN_PROGRESS, ReferralStatus.COMPLETED, ReferralStatus.CANCELLED, ReferralStatus.ESCALATED,
                ReferralStatus.ON_HOLD)) {
            for (String t : List.of("approve", "accept", "decline", "start", "complete", "cancel")) all.add(Arguments.of(s, t));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{1} on a {0} referral")
    @MethodSource("keptStatesAndApiTransitions")
    @TestSecurity(user = "coordinator", roles = "nrm-coordinator")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = NRM_ID))
    void everyTransitionIsAllowedOnlyFromItsStatesAndAnythingElseIsAConflictNamingTheCurrentStatus(ReferralStatus state, String transition) {
        Referral r = inState(state);
        boolean legal = Transition.valueOf(transition.toUpperCase()).allowedFrom(state);

        var response = given().contentType(ContentType.JSON).header("If-Match", "\"" + r.version() + "\"")
                .body(Map.of("reason", "TESTED", "note", "by the coordinator"))
                .when().post("/api/v1/referrals/{id}/{t}", r.id(), transition).then();

        if (legal) {
            response.statusCode(200).header("ETag", "\"" + (r.version() + 1) + "\"")
                    .body("status", equalTo(AFTER.get(transition).name()))
                    .body("history.actor", org.hamcrest.Matchers.hasItem("coordinator"));
        } else {
            response.statusCode(409).contentType(PROBLEM)
                    .body("currentStatus", equalTo(state.name()))
                    .body("currentVersion", equalTo((int) r.version()));
            assertThat(Referrals.get(r.id()).version()).as("nothing changed").isEqualTo(r.version());
        }
    }

    @Test
    @TestSecurity(user = "provider2", roles = "provider-staff")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = COX_NGO_ID))
    void providerStaffAcceptStartAndCompleteAReferralSentToTheirOrganization() {
        Referral r = sentToCoxNgo();

        given().header("If-Match", "\"1\"").when().post("/api/v1/referrals/{id}/accept", r.id())
                .then().statusCode(200).header("ETag", "\"2\"").body("status", equalTo("ACCEPTED")).body("dueAt", nullValue());
        given().header("If-Match", "\"2\"").when().post("/api/v1/referrals/{id}/start", r.id())
                .then().statusCode(200).body("status", equalTo("IN_PROGRESS"));
        given().contentType(ContentType.JSON).body(Map.of("version", 3, "note", "documents issued", "reason", "SERVICE_DELIVERED"))
                .when().post("/api/v1/referrals/{id}/complete", r.id())
                .then().statusCode(200).body("status", equalTo("COMPLETED"))
                .body("history.status", equalTo(List.of("SENT", "ACCEPTED", "IN_PROGRESS", "COMPLETED")))
                .body("history[3].actor", equalTo("provider2"))
                .body("history[3].reason", equalTo("SERVICE_DELIVERED"))
                .body("history[3].note", equalTo("documents issued"));

        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("setu_referral_time_to_accept_seconds_count"))
                .body(containsString("setu_referral_time_to_complete_seconds_count"))
                .body(containsString("setu_referrals{status=\"COMPLETED\""));
    }

    @Test
    @TestSecurity(user = "provider2", roles = "provider-staff")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = COX_NGO_ID))
    void aStaleVersionIsAConflictThatNamesTheCurrentVersion() {
        Referral r = sentToCoxNgo();

        given().header("If-Match", "\"7\"").when().post("/api/v1/referrals/{id}/accept", r.id())
                .then().statusCode(409).contentType(PROBLEM).body("currentVersion", equalTo(1)).body("currentStatus", equalTo("SENT"));
        given().contentType(ContentType.JSON).body(Map.of("version", 0)).when().post("/api/v1/referrals/{id}/accept", r.id())
                .then().statusCode(409).body("currentVersion", equalTo(1));
        assertThat(Referrals.get(r.id()).status()).isEqualTo(ReferralStatus.SENT);
    }

    @Test
    @TestSecurity(user = "provider2", roles = "provider-staff")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = COX_NGO_ID))
    void twoStaffAnsweringTheSameVersionAtOnceOneWinsAndTheOtherGetsAConflict() {
        Referral r = sentToCoxNgo();

        CompletableFuture<Integer> accept = CompletableFuture.supplyAsync(() -> given().header("If-Match", "\"1\"")
                .when().post("/api/v1/referrals/{id}/accept", r.id()).statusCode());
        CompletableFuture<Integer> decline = CompletableFuture.supplyAsync(() -> given().header("If-Match", "\"1\"")
                .contentType(ContentType.JSON).body(Map.of("reason", "NO_CAPACITY"))
                .when().post("/api/v1/referrals/{id}/decline", r.id()).statusCode());

        int accepted = accept.join();
        int declined = decline.join();
        assertThat(List.of(accepted, declined)).containsOnlyOnce(200);
        if (accepted == 200) {
            assertThat(declined).isEqualTo(409);
            assertThat(Referrals.get(r.id()).version()).isEqualTo(2);
        } else {
            // the decline won and re-routed the referral: it may already belong to another organization
            assertThat(accepted).isIn(409, 404);
            assertThat(Referrals.get(r.id()).status()).isNotEqualTo(ReferralStatus.ACCEPTED);
        }
    }

    @Test
    @TestSecurity(user = "provider", roles = "provider-staff")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA_NGO_ID))
    void anotherOrganizationsStaffCannotSeeThatAReferralExists() {
        Referral r = sentToCoxNgo();

        given().when().get("/api/v1/referrals/{id}", r.id()).then().statusCode(404).contentType(PROBLEM);
        given().header("If-Match", "\"1\"").when().post("/api/v1/referrals/{id}/accept", r.id()).then().statusCode(404);
        given().when().get("/api/v1/cases/{id}/referrals", r.caseId()).then().statusCode(404);
        given().queryParam("caseId", r.caseId().toString()).when().get("/api/v1/referrals")
                .then().statusCode(200).body("totalItems", equalTo(0));
        assertThat(Referrals.get(r.id()).status()).isEqualTo(ReferralStatus.SENT);
    }

    @Test
    @TestSecurity(user = "caseworker2", roles = "case-worker")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = COX_NGO_ID))
    void anotherAgencysCaseWorkerGets404NotForbidden() {
        Referral r = sentToCoxNgo();

        given().when().get("/api/v1/referrals/{id}", r.id()).then().statusCode(404);
        given().when().post("/api/v1/referrals/{id}/cancel", r.id()).then().statusCode(404);
        given().queryParam("caseId", r.caseId().toString()).queryParam("category", "DOCUMENTATION")
                .when().get("/api/v1/matches").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "caseworker", roles = "case-worker")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA_NGO_ID))
    void aReferralExplainedBeforeExplanationsHadCodesStillReadsAsItWasInEitherLanguage() throws Exception {
        Referral r = sentToCoxNgo();
        try (var c = dataSource.getConnection();
             var update = c.prepareStatement("update referral set explanation = ?::jsonb where id = ?")) {
            update.setString(1, "[\"Chose Passport help: covers the person's district.\"]");
            update.setObject(2, r.id());
            assertThat(update.executeUpdate()).isEqualTo(1);
        }

        for (String language : List.of("bn", "en")) {
            given().header("Accept-Language", language).when().get("/api/v1/referrals/{id}", r.id()).then().statusCode(200)
                    .body("explanation", contains("Chose Passport help: covers the person's district."))
                    .body("explanationCodes", contains("legacy"));
        }
    }

    @Test
    @TestSecurity(user = "caseworker", roles = "case-worker")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA_NGO_ID))
    void aCaseWorkerWhoAsksForBanglaReadsWhyTheReferralWentWhereItWentInBanglaAndAPartnerStillReadsEnglish() {
        Referral r = sentToCoxNgo();

        given().header("Accept-Language", "bn-BD,bn;q=0.9,en;q=0.5").when().get("/api/v1/referrals/{id}", r.id())
                .then().statusCode(200)
                .body("explanation[0]", startsWith("কাগজপত্র প্রয়োজন: "))
                .body("explanation[0]", not(containsString("DOCUMENTATION")))
                .body("explanation[1]", containsString("বেছে নেওয়া হয়েছে"))
                .body("explanationCodes", hasItems("explain.needs", "explain.chose", "explain.ranked", "explain.dispatch"));
        given().header("Accept-Language", "bn").when().get("/api/v1/cases/{id}/referrals", r.caseId()).then().statusCode(200)
                .body("items[0].explanation[0]", startsWith("কাগজপত্র প্রয়োজন: "));
        given().header("Accept-Language", "bn").queryParam("caseId", r.caseId().toString()).queryParam("category", "DOCUMENTATION")
                .when().get("/api/v1/matches").then().statusCode(200)
                .body("place", containsString("প্রয়োজন"))
                .body("items[0].reasons", hasItem("রেফারেল নেয়"));
        given().when().get("/api/v1/referrals/{id}", r.id()).then().statusCode(200)
                .body("explanation[0]", startsWith("Needs DOCUMENTATION: documentation is needed where the person is now"));
    }

    @Test
    @TestSecurity(user = "caseworker", roles = "case-worker")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA_NGO_ID))
    void aCaseWorkerSeesHerAgencysReferralsAndTheWholeLoopOfACaseButCannotAnswerForTheProvider() {
        Referral r = sentToCoxNgo();

        given().when().get("/api/v1/referrals/{id}", r.id()).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("caseRef", equalTo(r.caseRef()))
                .body("serviceId", equalTo(DOCUMENTATION_SYLHET_COX_NGO.id().toString()))
                .body("explanation[0]", containsString("DOCUMENTATION"));
        given().queryParam("caseId", r.caseId().toString()).queryParam("status", "SENT").when().get("/api/v1/referrals")
                .then().statusCode(200).body("totalItems", equalTo(1)).body("items[0].id", equalTo(r.id().toString()))
                .body("page", equalTo(0)).body("size", equalTo(20));
        given().when().get("/api/v1/cases/{id}/referrals", r.caseId()).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].history[0].status", equalTo("SENT"));
        given().header("If-Match", "\"1\"").when().post("/api/v1/referrals/{id}/accept", r.id())
                .then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    @TestSecurity(user = "caseworker", roles = "case-worker")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA_NGO_ID))
    void thePreviewRanksTheCandidatesWithTheirReasons() {
        Referral r = sentToCoxNgo();

        given().queryParam("caseId", r.caseId().toString()).queryParam("category", "DOCUMENTATION")
                .when().get("/api/v1/matches").then().statusCode(200)
                .body("place", containsString("district 36"))
                .body("items[0].rank", equalTo(1))
                .body("items[0].serviceId", equalTo(DOCUMENTATION_SYLHET_COX_NGO.id().toString()))
                .body("items[1].serviceId", equalTo(DOCUMENTATION_SYLHET_OTHER.id().toString()))
                .body("items[0].closeness", equalTo("DISTRICT"))
                .body("items[0].reasons", not(hasSize(0)));
    }

    @Test
    @TestSecurity(user = "caseworker", roles = "case-worker")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA_NGO_ID))
    void aCaseWorkerRefersByHandToTheCandidateSheChoseOnceEvenWhenSheRetries() {
        ScreeningCompleted s = new ScreeningCompleted(UUID.randomUUID(), Screenings.caseRef(), UUID.randomUUID(), DHAKA_NGO,
                org.setu.events.screening.ScreeningContext.OUTREACH, org.setu.events.vocabulary.Classification.VULNERABLE_MIGRANT,
                Urgency.ROUTINE, List.of(ServiceCategory.DOCUMENTATION), AgeBand.ADULT_40_59, Sex.MALE,
                area(SYLHET_DIVISION, SYLHET, null), null, List.of("bn"), org.setu.events.vocabulary.VictimCategory.VULNERABLE_MIGRANT,
                new Consent(List.of(ServiceCategory.DOCUMENTATION, ServiceCategory.MEDICAL), ShareLevel.BASIC), Instant.now());
        routing.screeningCompleted(s);
        Map<String, Object> body = Map.of("caseId", s.caseId().toString(), "category", "MEDICAL",
                "serviceId", MEDICAL_SYLHET_COX_NGO.id().toString(), "note", "needs a health check first");
        String key = UUID.randomUUID().toString();

        String id = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/referrals").then().statusCode(201)
                .header("Location", containsString("/api/v1/referrals/"))
                .body("status", equalTo("SENT")).body("dueAt", notNullValue())
                .body("history[0].reason", equalTo("CHOSEN_BY_HAND"))
                .extract().path("id");
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/referrals").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(id));

        given().contentType(ContentType.JSON).body(Map.of("caseId", s.caseId().toString(), "category", "MEDICAL"))
                .when().post("/api/v1/referrals").then().statusCode(409).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(Map.of("caseId", s.caseId().toString(), "category", "LEGAL_AID"))
                .when().post("/api/v1/referrals").then().statusCode(409).body("detail", containsString("consented"));
        assertThat(Referrals.ofCase(s.caseId())).hasSize(2);
    }

    @Test
    @TestSecurity(user = "caseworker", roles = "case-worker")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = APPROVING_AGENCY_ID))
    void aCaseWorkerApprovesAProposedReferralAndItsDeadlineStartsThen() {
        Referral r = inState(ReferralStatus.PROPOSED);

        given().contentType(ContentType.JSON).body(Map.of("version", 1, "note", "checked with her"))
                .when().post("/api/v1/referrals/{id}/approve", r.id())
                .then().statusCode(200).body("status", equalTo("SENT")).body("dueAt", notNullValue());
    }

    @Test
    @TestSecurity(user = "provider2", roles = "provider-staff")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = COX_NGO_ID))
    void badInputGetsAProblemNamingTheFieldAndChangesNothing() {
        Referral r = sentToCoxNgo();

        given().header("If-Match", "\"1\"").when().post("/api/v1/referrals/{id}/decline", r.id())
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("reason"));
        given().contentType(ContentType.JSON).body(Map.of("reason", "she is too young"))
                .when().post("/api/v1/referrals/{id}/decline", r.id())
                .then().statusCode(400).contentType(PROBLEM).body(not(containsString("too young")));
        given().header("If-Match", "abc").when().post("/api/v1/referrals/{id}/accept", r.id())
                .then().statusCode(400).body("errors[0].field", equalTo("If-Match"));
        given().contentType(ContentType.JSON).body("{\"reason\": ").when().post("/api/v1/referrals/{id}/accept", r.id())
                .then().statusCode(400).contentType(PROBLEM);
        given().when().post("/api/v1/referrals/{id}/reopen", r.id()).then().statusCode(404).contentType(PROBLEM);
        given().when().get("/api/v1/referrals/not-a-uuid").then().statusCode(404).contentType(PROBLEM);
        given().queryParam("status", "LOST").when().get("/api/v1/referrals")
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
        given().queryParam("caseId", "x").when().get("/api/v1/referrals")
                .then().statusCode(400).body("errors[0].field", equalTo("caseId"));
        given().queryParam("size", "1000").when().get("/api/v1/referrals")
                .then().statusCode(400).body("errors[0].field", equalTo("size"));

        Referral after = Referrals.get(r.id());
        assertThat(after.status()).isEqualTo(ReferralStatus.SENT);
        assertThat(after.version()).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "caseworker", roles = "case-worker")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA_NGO_ID))
    void aCaseWorkersBadRequestsAreProblemsToo() {
        given().contentType(ContentType.JSON).body(Map.of("caseId", UUID.randomUUID().toString(), "category", "NOPE"))
                .when().post("/api/v1/referrals").then().statusCode(400).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(Map.of("category", "MEDICAL"))
                .when().post("/api/v1/referrals").then().statusCode(400).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(Map.of("caseId", UUID.randomUUID().toString(), "category", "MEDICAL"))
                .when().post("/api/v1/referrals").then().statusCode(404).contentType(PROBLEM);
        given().queryParam("category", "MEDICAL").when().get("/api/v1/matches")
                .then().statusCode(400).body("errors[0].field", equalTo("caseId"));
        given().queryParam("caseId", UUID.randomUUID().toString()).queryParam("category", "SOUP").when().get("/api/v1/matches")
                .then().statusCode(400).body("errors[0].field", equalTo("category"));
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = NRM_ID))
    void anAuditorReadsNoReferrals() {
        given().when().get("/api/v1/referrals").then().statusCode(403).contentType(PROBLEM);
    }
}
