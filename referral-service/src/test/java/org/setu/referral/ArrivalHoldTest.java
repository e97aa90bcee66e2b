package org.setu.referral;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.setu.devstack.testing.TopicReader;
import org.setu.events.Topics;
import org.setu.events.screening.CaseClosed;
import org.setu.events.screening.ClosureReason;
import org.setu.events.screening.ReturnArrived;
import org.setu.events.screening.ReturnCancelled;
import org.setu.events.screening.ReturnMissed;
import org.setu.events.screening.ReturnPlanned;
import org.setu.events.screening.ScreeningCompleted;
import org.setu.events.screening.TravelMode;
import org.setu.events.testing.SchemaValidator;
import org.setu.events.vocabulary.ReferralStatus;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Urgency;
import org.setu.referral.app.DeadlineService;
import org.setu.referral.app.LifecycleService;
import org.setu.referral.app.ReturnEventsService;
import org.setu.referral.app.RoutingService;
import org.setu.referral.domain.Referral;
import org.setu.referral.domain.Transition;
import org.setu.referral.persistence.AgencyPolicyRepository;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.setu.referral.SampleDirectory.COX_NGO;
import static org.setu.referral.SampleDirectory.DHAKA_NGO;
import static org.setu.referral.SampleDirectory.SYLHET;
import static org.setu.referral.SampleDirectory.SYLHET_DIVISION;
import static org.setu.referral.Screenings.area;

/**
 * Referrals held for a person still abroad (issue #19, item 3): matched in advance, ON_HOLD with no deadline, shown to
 * the provider as an upcoming arrival without the case reference, and sent when the desk confirms the arrival. The
 * return events travel on the real screening topic.
 */
@QuarkusTest
class ArrivalHoldTest {

    static final String PROBLEM = "application/problem+json";
    static final String COX_NGO_ID = "5e7c1f3a-2b4d-4c6e-8f10-a1b2c3d4e502";
    static final String DHAKA_NGO_ID = "5e7c1f3a-2b4d-4c6e-8f10-a1b2c3d4e501";
    static final String APPROVING_AGENCY_ID = "0b000000-0000-0000-0000-0000000001a9";
    static final ZoneId DHAKA = ZoneId.of("Asia/Dhaka");

    @Inject
    RoutingService routing;

    @Inject
    ReturnEventsService returns;

    @Inject
    LifecycleService lifecycle;

    @Inject
    DeadlineService deadlines;

    @Inject
    AgencyPolicyRepository policies;

    @Inject
    TestClock clock;

    @Inject
    javax.sql.DataSource dataSource;

    @BeforeEach
    void directory() {
        SampleDirectory.ensure();
    }

    /** A woman screened abroad by the Dhaka NGO, needing medical care and documents where she lands (Sylhet). */
    static ScreeningCompleted womanComingHomeToSylhet(UUID agency) {
        return Screenings.adultIn(agency, area(SYLHET_DIVISION, SYLHET, null), ServiceCategory.MEDICAL,
                ServiceCategory.DOCUMENTATION);
    }

    static ReturnPlanned plannedTo(ScreeningCompleted s, long version, String port, int fromDays, int toDays) {
        LocalDate today = LocalDate.now(DHAKA);
        return new ReturnPlanned(s.caseId(), s.agencyId(), version, port, today.plusDays(fromDays), today.plusDays(toDays),
                TravelMode.AIR, null, Instant.now());
    }

    static ReturnArrived arrived(ScreeningCompleted s) {
        return new ReturnArrived(s.caseId(), UUID.randomUUID(), s.agencyId(), "ZYL", LocalDate.now(DHAKA), Instant.now());
    }

    static Referral of(ScreeningCompleted s, ServiceCategory category) {
        return Referrals.ofCase(s.caseId()).stream().filter(r -> r.category() == category).findFirst().orElseThrow();
    }

    /** Her return to Sylhet airport is planned first, then her screening is routed: both referrals wait. */
    List<Referral> heldForHerArrival(ScreeningCompleted s) {
        returns.returnPlanned(plannedTo(s, 1, "ZYL", 3, 8));
        List<Referral> routed = routing.screeningCompleted(s);
        assertThat(routed).hasSize(2).allSatisfy(r -> assertThat(r.status()).isEqualTo(ReferralStatus.ON_HOLD));
        return routed;
    }

    @Test
    void aReferralForAWomanStillInRiyadhWaitsForHerArrivalAndItsDeadlineStartsWhenSheLands() throws Exception {
        ScreeningCompleted s = Screenings.withUrgency(womanComingHomeToSylhet(DHAKA_NGO), Urgency.IMMEDIATE);
        KafkaTopics.publish(plannedTo(s, 1, "ZYL", 3, 8));
        KafkaTopics.publish(s);

        List<Referral> held = Referrals.awaitOfCase(s.caseId(), 2);
        assertThat(held).allSatisfy(r -> {
            assertThat(r.status()).as("immediate, but she is still abroad").isEqualTo(ReferralStatus.ON_HOLD);
            assertThat(r.dueAt()).isNull();
            assertThat(r.serviceId()).as("matched in advance").isNotNull();
            assertThat(r.explanation().get(r.explanation().size() - 1).args().toString()).contains("dispatch.awaitingArrival");
            assertThat(r.last().reason()).isEqualTo(RoutingService.AWAITING_ARRIVAL);
        });
        Referral medical = of(s, ServiceCategory.MEDICAL);
        assertThat(OutboxRows.typesOf(dataSource, medical)).as("no created event: it carries the reference")
                .containsExactly("setu.referral.held.v1");
        var heldEvent = TopicReader.ofKey(Topics.REFERRAL, s.caseId(), "setu.referral.held.v1", 2).get(0);
        SchemaValidator.requireValid("setu.referral.held.v1", TopicReader.value(heldEvent));
        assertThat(TopicReader.value(heldEvent)).doesNotContain(s.caseRef());
        assertThat(TopicReader.json(heldEvent).path("portOfEntry").asText()).isEqualTo("ZYL");
        assertThat(TopicReader.json(heldEvent).has("caseRef")).isFalse();

        clock.advance(Duration.ofDays(30));
        deadlines.sweep();
        assertThat(Referrals.get(medical.id()).status()).as("no deadline runs while she is away").isEqualTo(ReferralStatus.ON_HOLD);

        Instant landed = clock.instant();
        KafkaTopics.publish(arrived(s));

        Referral sent = Referrals.awaitStatus(medical.id(), ReferralStatus.SENT);
        assertThat(sent.last().reason()).isEqualTo(ReturnEventsService.ARRIVED);
        assertThat(sent.dueAt()).as("24 h from her arrival").isBetween(landed.plus(Duration.ofHours(24)),
                clock.instant().plus(Duration.ofHours(24)));
        assertThat(Referrals.awaitStatus(of(s, ServiceCategory.DOCUMENTATION).id(), ReferralStatus.SENT).dueAt()).isNotNull();
        var sentEvent = TopicReader.ofKey(Topics.REFERRAL, s.caseId(), "setu.referral.sent.v1", 2).get(0);
        SchemaValidator.requireValid("setu.referral.sent.v1", TopicReader.value(sentEvent));
        assertThat(TopicReader.json(sentEvent).path("reasonCode").asText()).isEqualTo("ARRIVED");
        assertThat(TopicReader.json(sentEvent).path("caseRef").asText()).isEqualTo(s.caseRef());
    }

    @Test
    void aReferralSentBeforeHerReturnWasPlannedWaitsForHerAndItsDeadlineStops() {
        ScreeningCompleted s = womanComingHomeToSylhet(DHAKA_NGO);
        Referral medical = routing.screeningCompleted(s).stream().filter(r -> r.category() == ServiceCategory.MEDICAL)
                .findFirst().orElseThrow();
        assertThat(medical.status()).isEqualTo(ReferralStatus.SENT);

        KafkaTopics.publish(plannedTo(s, 1, "ZYL", 3, 8));

        Referral held = Referrals.awaitStatus(medical.id(), ReferralStatus.ON_HOLD);
        assertThat(held.dueAt()).isNull();
        assertThat(held.last().reason()).isEqualTo(ReturnEventsService.RETURN_PLANNED);
        assertThat(held.attempt()).as("the same provider keeps it").isEqualTo(1);
    }

    @Test
    void aCaseWorkersApprovalWhileThePersonIsAbroadHoldsTheReferralForHerArrival() {
        policies.set(UUID.fromString(APPROVING_AGENCY_ID), true);
        ScreeningCompleted s = womanComingHomeToSylhet(UUID.fromString(APPROVING_AGENCY_ID));
        Referral proposed = routing.screeningCompleted(s).get(0);
        assertThat(proposed.status()).isEqualTo(ReferralStatus.PROPOSED);

        returns.returnPlanned(plannedTo(s, 1, "ZYL", 3, 8));
        assertThat(Referrals.get(proposed.id()).status()).as("a proposal stays proposed").isEqualTo(ReferralStatus.PROPOSED);

        Referral approved = lifecycle.apply(proposed.id(), Transition.APPROVE, null, null, null,
                Referrals.caseWorkerOf(UUID.fromString(APPROVING_AGENCY_ID)));
        assertThat(approved.status()).isEqualTo(ReferralStatus.ON_HOLD);
        assertThat(approved.dueAt()).isNull();
    }

    @Test
    @TestSecurity(user = "provider2", roles = "provider-staff")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = COX_NGO_ID))
    void theShelterSeesAnUpcomingArrivalWithoutHerReference() {
        ScreeningCompleted s = womanComingHomeToSylhet(DHAKA_NGO);
        Referral medical = heldForHerArrival(s).stream().filter(r -> r.category() == ServiceCategory.MEDICAL).findFirst()
                .orElseThrow();
        assertThat(medical.organizationId()).isEqualTo(COX_NGO);
        LocalDate today = LocalDate.now(DHAKA);

        given().queryParam("status", "ON_HOLD").queryParam("size", 100).when().get("/api/v1/referrals").then().statusCode(200)
                .body("items.id", hasItem(medical.id().toString()))
                .body("items.caseRef", not(hasItem(s.caseRef())));
        given().when().get("/api/v1/referrals/{id}", medical.id()).then().statusCode(200)
                .body("status", equalTo("ON_HOLD"))
                .body("caseRef", nullValue())
                .body("dueAt", nullValue())
                .body("category", equalTo("MEDICAL"))
                .body("urgency", equalTo("HIGH"))
                .body("arrival.portOfEntry", equalTo("ZYL"))
                .body("arrival.expectedFrom", equalTo(today.plusDays(3).toString()))
                .body("arrival.expectedTo", equalTo(today.plusDays(8).toString()))
                .body("arrival.returnStatus", equalTo("PLANNED"));
        given().when().get("/api/v1/cases/{caseId}/referrals", s.caseId()).then().statusCode(200)
                .body("items.caseRef", not(hasItem(s.caseRef())));

        returns.returnArrived(arrived(s));
        lifecycle.apply(medical.id(), Transition.ACCEPT, null, null, null, Referrals.providerOf(COX_NGO));
        given().when().get("/api/v1/referrals/{id}", medical.id()).then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("caseRef", equalTo(s.caseRef())).body("arrival", nullValue());
    }

    @Test
    @TestSecurity(user = "caseworker", roles = "case-worker")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA_NGO_ID))
    void theReferringCaseWorkerSeesTheHeldReferralWhole() {
        ScreeningCompleted s = womanComingHomeToSylhet(DHAKA_NGO);
        Referral medical = heldForHerArrival(s).get(0);

        given().when().get("/api/v1/referrals/{id}", medical.id()).then().statusCode(200)
                .body("status", equalTo("ON_HOLD")).body("caseRef", equalTo(s.caseRef()))
                .body("arrival.portOfEntry", equalTo("ZYL"));
    }

    @Test
    @TestSecurity(user = "provider9", roles = "provider-staff")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = "0b000000-0000-0000-0000-0000000000c9"))
    void anotherProviderCannotSeeThatAnArrivalIsExpected() {
        ScreeningCompleted s = womanComingHomeToSylhet(DHAKA_NGO);
        Referral medical = heldForHerArrival(s).get(0);

        given().when().get("/api/v1/referrals/{id}", medical.id()).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "provider2", roles = "provider-staff")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = COX_NGO_ID))
    void aHeldReferralCannotBeAcceptedBeforeTheArrival() {
        ScreeningCompleted s = womanComingHomeToSylhet(DHAKA_NGO);
        Referral medical = heldForHerArrival(s).stream().filter(r -> r.category() == ServiceCategory.MEDICAL).findFirst()
                .orElseThrow();

        for (String transition : List.of("accept", "decline")) {
            given().contentType("application/json").body("{\"reason\":\"NO_CAPACITY\"}")
                    .when().post("/api/v1/referrals/{id}/{t}", medical.id(), transition)
                    .then().statusCode(409).contentType(PROBLEM)
                    .body("currentStatus", equalTo("ON_HOLD"))
                    .body("currentVersion", equalTo((int) medical.version()));
        }
        assertThat(Referrals.get(medical.id()).status()).isEqualTo(ReferralStatus.ON_HOLD);
    }

    @Test
    void closingTheCaseCancelsTheReferralsHeldForArrival() {
        ScreeningCompleted s = womanComingHomeToSylhet(DHAKA_NGO);
        List<Referral> held = heldForHerArrival(s);

        KafkaTopics.publish(new CaseClosed(s.caseId(), DHAKA_NGO, ClosureReason.MIGRATED_AGAIN, Instant.now()));

        for (Referral r : held) {
            Referral cancelled = Referrals.awaitStatus(r.id(), ReferralStatus.CANCELLED);
            assertThat(cancelled.last().reason()).isEqualTo("CASE_CLOSED");
        }
        var events = TopicReader.ofKey(Topics.REFERRAL, s.caseId(), "setu.referral.cancelled.v2", 2);
        assertThat(events).allSatisfy(e -> {
            SchemaValidator.requireValid("setu.referral.cancelled.v2", TopicReader.value(e));
            assertThat(TopicReader.value(e)).as("never sent: its provider never learns the reference").doesNotContain(s.caseRef());
        });
    }

    @Test
    void aMissedReturnLeavesTheReferralsHeldAndNewOnesWaitToo() {
        ScreeningCompleted s = womanComingHomeToSylhet(DHAKA_NGO);
        Referral medical = heldForHerArrival(s).get(0);

        returns.returnMissed(new ReturnMissed(s.caseId(), UUID.randomUUID(), DHAKA_NGO, "ZYL", LocalDate.now(DHAKA),
                ReturnMissed.MissedReturnReason.NO_SHOW, Instant.now()));

        assertThat(Referrals.get(medical.id()).status()).isEqualTo(ReferralStatus.ON_HOLD);
        lifecycle.apply(medical.id(), Transition.CANCEL, null, null, null, Referrals.caseWorkerOf(DHAKA_NGO));
        Referral byHand = routing.createByHand(s.caseId(), medical.category(), null, null, Referrals.caseWorkerOf(DHAKA_NGO));
        assertThat(byHand.status()).as("she is still not here").isEqualTo(ReferralStatus.ON_HOLD);
        assertThat(byHand.dueAt()).isNull();
    }

    @Test
    void aCancelledReturnLeavesTheHeldReferralsForTheCaseWorkerToCancelAndNewOnesAreSent() {
        ScreeningCompleted s = womanComingHomeToSylhet(DHAKA_NGO);
        Referral medical = heldForHerArrival(s).stream().filter(r -> r.category() == ServiceCategory.MEDICAL).findFirst()
                .orElseThrow();

        returns.returnCancelled(new ReturnCancelled(s.caseId(), DHAKA_NGO, 1, Instant.now()));
        assertThat(Referrals.get(medical.id()).status()).isEqualTo(ReferralStatus.ON_HOLD);

        Referral cancelled = lifecycle.apply(medical.id(), Transition.CANCEL, null, "RETURN_CANCELLED", null,
                Referrals.caseWorkerOf(DHAKA_NGO));
        assertThat(cancelled.status()).isEqualTo(ReferralStatus.CANCELLED);
        Referral again = routing.createByHand(s.caseId(), ServiceCategory.MEDICAL, null, null, Referrals.caseWorkerOf(DHAKA_NGO));
        assertThat(again.status()).as("she is no longer expected from abroad").isEqualTo(ReferralStatus.SENT);
    }

    @Test
    void aNewWindowIsToldToTheProvidersWaitingForHer() {
        ScreeningCompleted s = womanComingHomeToSylhet(DHAKA_NGO);
        Referral medical = heldForHerArrival(s).get(0);

        returns.returnPlanned(plannedTo(s, 2, "ZYL", 10, 12));
        returns.returnPlanned(plannedTo(s, 1, "DAC", 1, 2));   // an older version, late: ignored

        Referral reHeld = Referrals.get(medical.id());
        assertThat(reHeld.status()).isEqualTo(ReferralStatus.ON_HOLD);
        assertThat(reHeld.last().reason()).isEqualTo(ReturnEventsService.RETURN_REPLANNED);
        assertThat(reHeld.history()).hasSize(2);
    }
}
