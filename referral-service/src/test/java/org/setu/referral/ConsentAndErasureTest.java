package org.setu.referral;

import org.setu.devstack.testing.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.setu.events.screening.CaseClosed;
import org.setu.events.screening.CaseErased;
import org.setu.events.screening.CaseHandedOver;
import org.setu.events.screening.ClosureReason;
import org.setu.events.screening.Consent;
import org.setu.events.screening.ConsentChanged;
import org.setu.events.screening.ErasureReason;
import org.setu.events.screening.ScreeningCompleted;
import org.setu.events.screening.ShareLevel;
import org.setu.events.vocabulary.ReferralStatus;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.referral.app.LifecycleService;
import org.setu.referral.app.RoutingService;
import org.setu.events.Topics;
import org.setu.events.testing.SchemaValidator;
import org.setu.referral.domain.Referral;
import org.setu.referral.persistence.CaseFactsRepository;
import org.setu.referral.domain.Transition;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.setu.referral.SampleDirectory.*;
import static org.setu.referral.Screenings.area;

/** Consent changes and erasure, published on the real screening topic. */
@QuarkusTest
class ConsentAndErasureTest {

    @Inject
    RoutingService routing;

    @Inject
    LifecycleService lifecycle;

    @Inject
    CaseFactsRepository caseFacts;

    @Inject
    javax.sql.DataSource dataSource;

    @BeforeEach
    void directory() {
        SampleDirectory.ensure();
    }

    ScreeningCompleted documentationAndMedicalInSylhet() {
        ScreeningCompleted s = Screenings.adultIn(DHAKA_NGO, area(SYLHET_DIVISION, SYLHET, null),
                ServiceCategory.DOCUMENTATION, ServiceCategory.MEDICAL);
        assertThat(routing.screeningCompleted(s)).hasSize(2);
        return s;
    }

    static Referral of(ScreeningCompleted s, ServiceCategory category) {
        return Referrals.ofCase(s.caseId()).stream().filter(r -> r.category() == category).findFirst().orElseThrow();
    }

    @Test
    void narrowingConsentCancelsTheOpenReferralsOutsideItAndLeavesTheOthers() {
        ScreeningCompleted s = documentationAndMedicalInSylhet();

        KafkaTopics.publish(new ConsentChanged(s.caseId(), DHAKA_NGO,
                new Consent(List.of(ServiceCategory.MEDICAL), ShareLevel.BASIC), Instant.now()));

        Referral documentation = Referrals.awaitStatus(of(s, ServiceCategory.DOCUMENTATION).id(), ReferralStatus.CANCELLED);
        assertThat(documentation.last().reason()).isEqualTo("CONSENT_WITHDRAWN");
        assertThat(of(s, ServiceCategory.MEDICAL).status()).isEqualTo(ReferralStatus.SENT);
    }

    @Test
    void withdrawingAllConsentCancelsEveryOpenReferralEvenOneInProgress() {
        ScreeningCompleted s = documentationAndMedicalInSylhet();
        Referral medical = of(s, ServiceCategory.MEDICAL);
        lifecycle.apply(medical.id(), Transition.ACCEPT, null, null, null, Referrals.providerOf(COX_NGO));
        lifecycle.apply(medical.id(), Transition.START, null, null, null, Referrals.providerOf(COX_NGO));

        KafkaTopics.publish(new ConsentChanged(s.caseId(), DHAKA_NGO, new Consent(List.of(), ShareLevel.NONE),
                Instant.now()));

        Referrals.awaitStatus(medical.id(), ReferralStatus.CANCELLED);
        Referrals.awaitStatus(of(s, ServiceCategory.DOCUMENTATION).id(), ReferralStatus.CANCELLED);
    }

    @Test
    void closingTheCaseCancelsEveryOpenReferralAndLeavesACompletedOneAsItWas() {
        ScreeningCompleted s = documentationAndMedicalInSylhet();
        Referral medical = of(s, ServiceCategory.MEDICAL);
        lifecycle.apply(medical.id(), Transition.ACCEPT, null, null, null, Referrals.providerOf(COX_NGO));
        lifecycle.apply(medical.id(), Transition.START, null, null, null, Referrals.providerOf(COX_NGO));
        lifecycle.apply(medical.id(), Transition.COMPLETE, null, null, null, Referrals.providerOf(COX_NGO));

        KafkaTopics.publish(new CaseClosed(s.caseId(), DHAKA_NGO, ClosureReason.MIGRATED_AGAIN, Instant.now()));

        Referral documentation = Referrals.awaitStatus(of(s, ServiceCategory.DOCUMENTATION).id(), ReferralStatus.CANCELLED);
        assertThat(documentation.last().reason()).isEqualTo("CASE_CLOSED");
        assertThat(of(s, ServiceCategory.MEDICAL).status()).isEqualTo(ReferralStatus.COMPLETED);
        var cancelled = TopicReader.ofKey(Topics.REFERRAL, s.caseId(), "setu.referral.cancelled.v2", 1).get(0);
        assertThat(TopicReader.value(cancelled)).contains("CASE_CLOSED");
    }

    @Test
    void aConsentChangeOfVersionOneStillOnTheTopicIsReadAndApplied() {
        ScreeningCompleted s = documentationAndMedicalInSylhet();
        String v1 = "{\"caseId\":\"" + s.caseId() + "\",\"caseRef\":\"" + s.caseRef() + "\",\"agencyId\":\"" + DHAKA_NGO
                + "\",\"consent\":{\"services\":[\"MEDICAL\"],\"shareWithProviders\":\"BASIC\"},\"occurredAt\":\""
                + Instant.now() + "\"}";

        KafkaTopics.publishRaw(org.setu.events.Topics.SCREENING, s.caseId().toString(), java.util.UUID.randomUUID().toString(),
                "setu.screening.consent-changed.v1", v1);

        Referrals.awaitStatus(of(s, ServiceCategory.DOCUMENTATION).id(), ReferralStatus.CANCELLED);
        assertThat(of(s, ServiceCategory.MEDICAL).status()).isEqualTo(ReferralStatus.SENT);
    }

    @Test
    void anErasedCasesReferralsLoseTheirReferenceAndNotesAndNothingOpenRemains() {
        ScreeningCompleted s = documentationAndMedicalInSylhet();
        Referral documentation = of(s, ServiceCategory.DOCUMENTATION);
        lifecycle.apply(documentation.id(), Transition.CANCEL, null, "DUPLICATE", "she was already helped elsewhere",
                Referrals.caseWorkerOf(DHAKA_NGO));

        KafkaTopics.publish(new CaseErased(s.caseId(), ErasureReason.PERSON_REQUEST, Instant.now()));

        TopicReader.await(() -> Referrals.ofCase(s.caseId()).stream().allMatch(Referral::redacted), java.time.Duration.ofSeconds(30));
        for (Referral r : Referrals.ofCase(s.caseId())) {
            assertThat(r.caseRef()).isNull();
            assertThat(r.history()).allSatisfy(h -> assertThat(h.note()).isNull());
            assertThat(r.status()).isEqualTo(ReferralStatus.CANCELLED);
        }
        assertThat(of(s, ServiceCategory.MEDICAL).last().reason()).isEqualTo("CASE_ERASED");
        // a late copy of the screening cannot bring the case back
        assertThat(routing.screeningCompleted(s)).isEmpty();
    }

    @Test
    void anErasuresCancellationsCarryNoReferenceAndTheOutboxKeepsNothingThatNamesIt() throws Exception {
        ScreeningCompleted s = documentationAndMedicalInSylhet();

        KafkaTopics.publish(new CaseErased(s.caseId(), ErasureReason.PERSON_REQUEST, Instant.now()));

        var cancelled = TopicReader.ofKey(Topics.REFERRAL, s.caseId(), "setu.referral.cancelled.v2", 2);
        assertThat(cancelled).hasSize(2).allSatisfy(r -> {
            SchemaValidator.requireValid("setu.referral.cancelled.v2", TopicReader.value(r));
            assertThat(TopicReader.json(r).path("caseRef").isNull()).isTrue();
            assertThat(TopicReader.value(r)).doesNotContain(s.caseRef());
        });
        assertThat(count("SELECT count(*) FROM kit_outbox WHERE strpos(payload::text, ?) > 0", s.caseRef())).isZero();
        assertThat(count("SELECT count(*) FROM referral WHERE case_ref = ?", s.caseRef())).isZero();
    }

    @Test
    void aCaseHandedOverTakesItsReferralsToTheAgencyThatTookItOverAndOutOfSightOfTheOneThatGaveItAway() {
        ScreeningCompleted s = documentationAndMedicalInSylhet();
        java.util.UUID jashoreNgo = java.util.UUID.randomUUID();

        KafkaTopics.publish(new CaseHandedOver(s.caseId(), java.util.UUID.randomUUID(), DHAKA_NGO, jashoreNgo, Instant.now()));

        TopicReader.await(() -> Referrals.ofCase(s.caseId()).stream().allMatch(r -> r.referringAgencyId().equals(jashoreNgo)),
                java.time.Duration.ofSeconds(30));
        assertThat(caseFacts.find(s.caseId()).orElseThrow().agencyId()).isEqualTo(jashoreNgo);
        Referral medical = of(s, ServiceCategory.MEDICAL);
        assertThat(Referrals.caseWorkerOf(jashoreNgo).canSee(medical)).isTrue();
        assertThat(Referrals.caseWorkerOf(DHAKA_NGO).canSee(medical)).as("the Dhaka NGO gave the case away").isFalse();
        assertThat(medical.status()).as("the referral itself goes on as it was").isNotEqualTo(ReferralStatus.CANCELLED);
    }

    @Test
    void aScreeningOfTheSameCaseByAnotherAgencyNeverMovesItsCaseFacts() {
        ScreeningCompleted dhaka = Screenings.adultIn(DHAKA_NGO, area(SYLHET_DIVISION, SYLHET, null), ServiceCategory.MEDICAL);
        routing.screeningCompleted(dhaka);
        ScreeningCompleted cox = new ScreeningCompleted(dhaka.caseId(), dhaka.caseRef(), java.util.UUID.randomUUID(), COX_NGO,
                dhaka.context(), dhaka.classification(), dhaka.urgency(), dhaka.needs(), dhaka.ageBand(), dhaka.sex(),
                dhaka.currentLocation(), dhaka.homeLocation(), dhaka.languages(), dhaka.victimCategory(), dhaka.consent(),
                Instant.now());

        routing.screeningCompleted(cox);

        assertThat(caseFacts.find(dhaka.caseId()).orElseThrow().agencyId()).isEqualTo(DHAKA_NGO);
    }

    private long count(String sql, String param) throws Exception {
        try (java.sql.Connection c = dataSource.getConnection(); java.sql.PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, param);
            try (java.sql.ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
