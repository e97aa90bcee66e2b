package org.setu.referral;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.setu.devstack.testing.TopicReader;
import org.setu.events.Topics;
import org.setu.events.screening.ScreeningAmended;
import org.setu.events.screening.ScreeningCompleted;
import org.setu.events.vocabulary.ReferralStatus;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Urgency;
import org.setu.referral.app.RoutingService;
import org.setu.referral.domain.Referral;
import org.setu.referral.persistence.CaseFactsRepository;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.setu.events.vocabulary.ServiceCategory.DOCUMENTATION;
import static org.setu.events.vocabulary.ServiceCategory.MEDICAL;
import static org.setu.events.vocabulary.ServiceCategory.SHELTER;
import static org.setu.referral.SampleDirectory.*;
import static org.setu.referral.Screenings.area;

/** Amended screenings, published on the real screening topic, re-route the case's open referrals. */
@QuarkusTest
class AmendmentRoutingTest {

    static final org.setu.events.screening.AdminArea IN_SYLHET = area(SYLHET_DIVISION, SYLHET, null);
    static final org.setu.events.screening.AdminArea IN_COXS_BAZAR = area(CHATTAGRAM, COXS_BAZAR, null);

    @Inject
    RoutingService routing;

    @Inject
    CaseFactsRepository caseFacts;

    @BeforeEach
    void directory() {
        SampleDirectory.ensure();
    }

    /** A woman in Sylhet, high urgency, who needs and consents to documentation and medical care. */
    ScreeningCompleted documentationAndMedicalInSylhet() {
        ScreeningCompleted s = Screenings.adultIn(DHAKA_NGO, IN_SYLHET, DOCUMENTATION, MEDICAL);
        assertThat(routing.screeningCompleted(s)).hasSize(2);
        return s;
    }

    static Referral of(ScreeningCompleted s, ServiceCategory category) {
        return Referrals.ofCase(s.caseId()).stream().filter(r -> r.category() == category).findFirst().orElseThrow();
    }

    static Referral awaitLastReason(UUID id, String reason) {
        TopicReader.await(() -> reason.equals(Referrals.get(id).last().reason()), Duration.ofSeconds(30));
        return Referrals.get(id);
    }

    @Test
    void anAmendmentThatAddsShelterWithConsentCreatesAShelterReferral() {
        ScreeningCompleted s = documentationAndMedicalInSylhet();

        KafkaTopics.publish(Screenings.amended(s, Urgency.HIGH, IN_SYLHET, List.of(DOCUMENTATION, MEDICAL, SHELTER),
                List.of(DOCUMENTATION, MEDICAL, SHELTER)));

        Referrals.awaitOfCase(s.caseId(), 3);
        Referral shelter = of(s, SHELTER);
        assertThat(shelter.status()).isEqualTo(ReferralStatus.SENT);
        assertThat(shelter.serviceId()).isEqualTo(SHELTER_NATIONAL.id());
        assertThat(of(s, MEDICAL).history()).hasSize(1);
    }

    @Test
    void narrowingConsentCancelsTheOpenReferralOutsideItAndLeavesTheOther() {
        ScreeningCompleted s = documentationAndMedicalInSylhet();

        KafkaTopics.publish(Screenings.amended(s, Urgency.HIGH, IN_SYLHET, List.of(DOCUMENTATION, MEDICAL), List.of(MEDICAL)));

        Referral documentation = Referrals.awaitStatus(of(s, DOCUMENTATION).id(), ReferralStatus.CANCELLED);
        assertThat(documentation.last().reason()).isEqualTo("CONSENT_NARROWED");
        assertThat(of(s, MEDICAL).status()).isEqualTo(ReferralStatus.SENT);
        assertThat(TopicReader.ofKey(Topics.REFERRAL, s.caseId(), "setu.referral.cancelled.v2", 1))
                .anySatisfy(r -> assertThat(TopicReader.json(r).path("reasonCode").asText()).isEqualTo("CONSENT_NARROWED"));
    }

    @Test
    void anAmendmentThatDropsANeedCancelsItsReferralEvenOnceAccepted() {
        ScreeningCompleted s = documentationAndMedicalInSylhet();
        Referral documentation = of(s, DOCUMENTATION);
        Referrals.acceptedByItsProvider(documentation);

        KafkaTopics.publish(Screenings.amended(s, Urgency.HIGH, IN_SYLHET, List.of(MEDICAL), List.of(DOCUMENTATION, MEDICAL)));

        assertThat(Referrals.awaitStatus(documentation.id(), ReferralStatus.CANCELLED).last().reason())
                .isEqualTo("NEED_REMOVED_BY_AMENDMENT");
        assertThat(of(s, MEDICAL).status()).isEqualTo(ReferralStatus.SENT);
    }

    @Test
    void raisingUrgencyBringsTheDeadlineOfASentReferralForwardAndTellsTheProvider() {
        ScreeningCompleted s = documentationAndMedicalInSylhet();
        Referral medical = of(s, MEDICAL);
        Referral documentation = of(s, DOCUMENTATION);
        Referrals.acceptedByItsProvider(documentation);

        KafkaTopics.publish(Screenings.amended(s, Urgency.IMMEDIATE, IN_SYLHET, List.of(DOCUMENTATION, MEDICAL),
                List.of(DOCUMENTATION, MEDICAL)));

        Referral reDated = awaitLastReason(medical.id(), "URGENCY_CHANGED");
        assertThat(reDated.status()).isEqualTo(ReferralStatus.SENT);
        assertThat(reDated.urgency()).isEqualTo(Urgency.IMMEDIATE);
        assertThat(reDated.attempt()).isEqualTo(1);
        assertThat(reDated.dueAt()).isCloseTo(medical.sentAt().plus(Duration.ofHours(24)), within(1, ChronoUnit.SECONDS))
                .isBefore(medical.dueAt());
        assertThat(English.joined(reDated.explanation())).contains("Urgency changed from HIGH to IMMEDIATE");
        var sent = TopicReader.ofKey(Topics.REFERRAL, s.caseId(), "setu.referral.sent.v1", 3);
        assertThat(sent).anySatisfy(r -> {
            assertThat(TopicReader.json(r).path("reasonCode").asText()).isEqualTo("URGENCY_CHANGED");
            assertThat(TopicReader.json(r).path("referralId").asText()).isEqualTo(medical.id().toString());
        });
        Referral accepted = Referrals.get(documentation.id());
        assertThat(accepted.status()).isEqualTo(ReferralStatus.ACCEPTED);
        assertThat(accepted.urgency()).isEqualTo(Urgency.HIGH);
    }

    @Test
    void aMoveToAnotherDistrictReMatchesASentReferralButNotAnAcceptedOne() {
        ScreeningCompleted s = documentationAndMedicalInSylhet();
        Referral medical = of(s, MEDICAL);
        Referral documentation = of(s, DOCUMENTATION);
        assertThat(medical.serviceId()).isEqualTo(MEDICAL_SYLHET_COX_NGO.id());
        Referrals.acceptedByItsProvider(documentation);

        KafkaTopics.publish(Screenings.amended(s, Urgency.HIGH, IN_COXS_BAZAR, List.of(DOCUMENTATION, MEDICAL),
                List.of(DOCUMENTATION, MEDICAL)));

        Referral moved = awaitLastReason(medical.id(), "PLACE_CHANGED");
        assertThat(moved.status()).isEqualTo(ReferralStatus.SENT);
        assertThat(moved.serviceId()).isEqualTo(MEDICAL_COX.id());
        assertThat(moved.attempt()).isEqualTo(2);
        assertThat(English.joined(moved.explanation())).contains("Re-matched");
        Referral stays = Referrals.get(documentation.id());
        assertThat(stays.status()).isEqualTo(ReferralStatus.ACCEPTED);
        assertThat(stays.serviceId()).isEqualTo(documentation.serviceId());
        assertThat(stays.history()).hasSize(2);
    }

    @Test
    void anAmendmentByAnotherAgencyMovesNeitherTheCaseNorItsReferrals() {
        ScreeningCompleted s = documentationAndMedicalInSylhet();
        ScreeningAmended own = Screenings.amended(s, Urgency.IMMEDIATE, IN_COXS_BAZAR, List.of(MEDICAL), List.of(MEDICAL));
        ScreeningAmended other = new ScreeningAmended(own.caseId(), own.caseRef(), UUID.randomUUID(), 1, COX_NGO,
                own.context(), own.classification(), own.urgency(), own.needs(), own.ageBand(), own.sex(),
                own.currentLocation(), own.homeLocation(), own.languages(), own.victimCategory(), own.consent(),
                own.occurredAt(), own.nationality());

        assertThat(routing.screeningAmended(other)).isEmpty();

        assertThat(caseFacts.find(s.caseId()).orElseThrow().agencyId()).isEqualTo(DHAKA_NGO);
        assertThat(caseFacts.find(s.caseId()).orElseThrow().urgency()).isEqualTo(Urgency.HIGH);
        assertThat(Referrals.ofCase(s.caseId())).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(ReferralStatus.SENT);
            assertThat(r.history()).hasSize(1);
        });
    }
}
