package org.setu.referral.domain;

import org.setu.referral.English;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.setu.events.vocabulary.AgeBand;
import org.setu.events.vocabulary.ReferralStatus;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Sex;
import org.setu.events.vocabulary.Urgency;
import org.setu.events.vocabulary.VictimCategory;
import org.setu.referral.domain.AmendmentPolicy.Action;
import org.setu.referral.domain.AmendmentPolicy.Decision;
import org.setu.referral.domain.AmendmentPolicy.Plan;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.setu.events.vocabulary.ServiceCategory.LEGAL_AID;
import static org.setu.events.vocabulary.ServiceCategory.MEDICAL;
import static org.setu.events.vocabulary.ServiceCategory.REINTEGRATION;
import static org.setu.events.vocabulary.ServiceCategory.SHELTER;

class AmendmentPolicyTest {

    static final Instant SENT_AT = Instant.parse("2026-03-01T08:00:00Z");
    static final UUID CASE = UUID.randomUUID();
    static final Place COXS_BAZAR = new Place(Fixtures.CHATTAGRAM, Fixtures.COXS_BAZAR, null);
    static final Place DHAKA = new Place("6", "47", null);

    static CaseFacts woman(Urgency urgency, Place current, Place home, ServiceCategory... consented) {
        return new CaseFacts(CASE, "BD-7K3F-9Q2M", UUID.randomUUID(), urgency, AgeBand.ADULT_25_39, Sex.FEMALE,
                VictimCategory.TRAFFICKING_VICTIM, current, home, List.of("bn"), Set.of(consented), "BASIC", "BD");
    }

    static final CaseFacts BEFORE = woman(Urgency.HIGH, COXS_BAZAR, DHAKA, SHELTER, MEDICAL, LEGAL_AID, REINTEGRATION);

    static Referral sent(ServiceCategory category) {
        return Referral.create(UUID.randomUUID(), BEFORE, category,
                new ServiceChoice(UUID.randomUUID(), UUID.randomUUID(), List.of(English.said("chosen"))), true, SystemActor.NAME,
                "ROUTED", null, SENT_AT);
    }

    static Referral accepted(ServiceCategory category) {
        return sent(category).accept("provider", SENT_AT.plusSeconds(600), null, null);
    }

    static Decision only(Plan plan) {
        assertThat(plan.decisions()).hasSize(1);
        return plan.decisions().get(0);
    }

    @Test
    void anAmendmentThatAddsShelterWithConsentCreatesAShelterReferral() {
        Plan plan = AmendmentPolicy.plan(BEFORE, BEFORE, List.of(MEDICAL, SHELTER), List.of(sent(MEDICAL)));

        assertThat(plan.create()).containsExactly(SHELTER);
        assertThat(plan.decisions()).isEmpty();
    }

    @Test
    void aNeedAddedWithoutConsentGetsNoReferral() {
        CaseFacts after = woman(Urgency.HIGH, COXS_BAZAR, DHAKA, MEDICAL);

        assertThat(AmendmentPolicy.plan(BEFORE, after, List.of(MEDICAL, SHELTER), List.of(sent(MEDICAL))).create()).isEmpty();
    }

    @Test
    void narrowingConsentCancelsTheOpenLegalAidReferral() {
        CaseFacts after = woman(Urgency.HIGH, COXS_BAZAR, DHAKA, MEDICAL);

        Decision d = only(AmendmentPolicy.plan(BEFORE, after, List.of(MEDICAL, LEGAL_AID),
                List.of(sent(MEDICAL), accepted(LEGAL_AID))));

        assertThat(d.referral().category()).isEqualTo(LEGAL_AID);
        assertThat(d.action()).isEqualTo(Action.CANCEL);
        assertThat(d.reason()).isEqualTo("CONSENT_NARROWED");
    }

    @Test
    void aNeedTheAmendmentNoLongerListsIsCancelledEvenOnceAccepted() {
        Decision d = only(AmendmentPolicy.plan(BEFORE, BEFORE, List.of(MEDICAL), List.of(sent(MEDICAL), accepted(SHELTER))));

        assertThat(d.referral().category()).isEqualTo(SHELTER);
        assertThat(d.action()).isEqualTo(Action.CANCEL);
        assertThat(d.reason()).isEqualTo("NEED_REMOVED_BY_AMENDMENT");
    }

    @Test
    void aReferralACaseWorkerChoseByHandIsNotCancelledBecauseTheScreeningDoesNotListIt() {
        Referral byHand = Referral.create(UUID.randomUUID(), BEFORE, LEGAL_AID,
                new ServiceChoice(UUID.randomUUID(), UUID.randomUUID(), List.of(English.said("chosen"))), true, "case worker",
                "CHOSEN_BY_HAND", null, SENT_AT);

        assertThat(AmendmentPolicy.plan(BEFORE, BEFORE, List.of(MEDICAL), List.of(byHand)).decisions()).isEmpty();
    }

    @Test
    void raisingUrgencyBringsTheDeadlineOfASentReferralForward() {
        CaseFacts after = woman(Urgency.IMMEDIATE, COXS_BAZAR, DHAKA, SHELTER, MEDICAL, LEGAL_AID, REINTEGRATION);
        Referral shelter = sent(SHELTER);

        Decision d = only(AmendmentPolicy.plan(BEFORE, after, List.of(SHELTER), List.of(shelter)));
        Referral reDated = shelter.reDate(after.urgency(), SENT_AT.plus(Duration.ofHours(2)), d.reason());

        assertThat(d.action()).isEqualTo(Action.RE_DATE);
        assertThat(d.reason()).isEqualTo("URGENCY_CHANGED");
        assertThat(shelter.dueAt()).isEqualTo(SENT_AT.plus(Duration.ofHours(72)));
        assertThat(reDated.dueAt()).isEqualTo(SENT_AT.plus(Duration.ofHours(24)));
        assertThat(reDated.status()).isEqualTo(ReferralStatus.SENT);
        assertThat(reDated.urgency()).isEqualTo(Urgency.IMMEDIATE);
        assertThat(reDated.attempt()).isEqualTo(1);
        assertThat(reDated.last().reason()).isEqualTo("URGENCY_CHANGED");
        assertThat(English.of(reDated.explanation())).last().asString().contains("from HIGH to IMMEDIATE");
    }

    @Test
    void aSecondChangeOfUrgencyStillCountsFromTheRealSendingNotFromTheFirstChange() {
        Referral shelter = sent(SHELTER);
        Referral raised = shelter.reDate(Urgency.IMMEDIATE, SENT_AT.plus(Duration.ofHours(2)), "URGENCY_CHANGED");
        Referral loweredAgain = raised.reDate(Urgency.HIGH, SENT_AT.plus(Duration.ofHours(5)), "URGENCY_CHANGED");

        assertThat(loweredAgain.sentAt()).isEqualTo(SENT_AT);
        assertThat(loweredAgain.dueAt()).as("as if it had been sent HIGH: 72 h after the real sending")
                .isEqualTo(SENT_AT.plus(Duration.ofHours(72)));
        assertThat(loweredAgain.history()).extracting(HistoryEntry::status)
                .containsExactly(ReferralStatus.SENT, ReferralStatus.SENT, ReferralStatus.SENT);
    }

    /** Hours after sending at which HIGH (72 h) turns into the new urgency, and the deadline that follows, in hours after sending. */
    @ParameterizedTest(name = "HIGH → {0} after {1} h: due {2} h after sending")
    @CsvSource({
            "IMMEDIATE, 2,  24",    // as if sent immediate
            "IMMEDIATE, 30, 54",    // 24 h had passed: 24 h from the change
            "IMMEDIATE, 60, 72",    // but never later than the deadline it had
            "ROUTINE,   2,  336",   // lowered: the routine 14 days from sending
    })
    void aChangedUrgencyMovesTheDeadlineAsIfTheReferralHadBeenSentWithIt(Urgency to, int changedAfter, int dueAfter) {
        Instant due = Deadlines.moved(to, SENT_AT, SENT_AT.plus(Duration.ofHours(72)), SENT_AT.plus(Duration.ofHours(changedAfter)));

        assertThat(due).isEqualTo(SENT_AT.plus(Duration.ofHours(dueAfter)));
    }

    @Test
    void aProposedReferralTakesTheNewUrgencyAndStillHasNoDeadline() {
        Referral proposed = Referral.create(UUID.randomUUID(), BEFORE, SHELTER,
                new ServiceChoice(UUID.randomUUID(), UUID.randomUUID(), List.of(English.said("chosen"))), false, SystemActor.NAME,
                "AWAITING_APPROVAL", null, SENT_AT);

        Referral reDated = proposed.reDate(Urgency.ROUTINE, SENT_AT.plusSeconds(60), "URGENCY_CHANGED");

        assertThat(reDated.status()).isEqualTo(ReferralStatus.PROPOSED);
        assertThat(reDated.urgency()).isEqualTo(Urgency.ROUTINE);
        assertThat(reDated.dueAt()).isNull();
    }

    @Test
    void aProposedReferralThatBecomesImmediateNoLongerWaitsForApproval() {
        Referral proposed = Referral.create(UUID.randomUUID(), BEFORE, SHELTER,
                new ServiceChoice(UUID.randomUUID(), UUID.randomUUID(), List.of(English.said("chosen"))), false, SystemActor.NAME,
                "AWAITING_APPROVAL", null, SENT_AT);

        assertThat(AmendmentPolicy.sendsAtOnce(proposed.reDate(Urgency.IMMEDIATE, SENT_AT, "URGENCY_CHANGED"))).isTrue();
        assertThat(AmendmentPolicy.sendsAtOnce(proposed.reDate(Urgency.ROUTINE, SENT_AT, "URGENCY_CHANGED"))).isFalse();
        assertThat(AmendmentPolicy.sendsAtOnce(sent(SHELTER).reDate(Urgency.IMMEDIATE, SENT_AT, "URGENCY_CHANGED"))).isFalse();
    }

    @Test
    void anAcceptedReferralIsNotReDated() {
        CaseFacts after = woman(Urgency.IMMEDIATE, COXS_BAZAR, DHAKA, SHELTER, MEDICAL, LEGAL_AID, REINTEGRATION);

        assertThat(AmendmentPolicy.plan(BEFORE, after, List.of(SHELTER), List.of(accepted(SHELTER))).decisions()).isEmpty();
    }

    @Test
    void aMoveToAnotherDistrictReMatchesASentReferralButNotAnAcceptedOne() {
        CaseFacts after = woman(Urgency.HIGH, DHAKA, DHAKA, SHELTER, MEDICAL, LEGAL_AID, REINTEGRATION);
        Referral shelter = sent(SHELTER);

        Decision d = only(AmendmentPolicy.plan(BEFORE, after, List.of(SHELTER, MEDICAL), List.of(shelter, accepted(MEDICAL))));

        assertThat(d.referral()).isEqualTo(shelter);
        assertThat(d.action()).isEqualTo(Action.RE_MATCH);
        assertThat(d.reason()).isEqualTo("PLACE_CHANGED");
    }

    @Test
    void aNewHomeReMatchesReintegrationButDoesNotMoveAShelter() {
        CaseFacts after = woman(Urgency.HIGH, COXS_BAZAR, new Place("3", "20", null), SHELTER, MEDICAL, LEGAL_AID, REINTEGRATION);
        Referral reintegration = sent(REINTEGRATION);

        Decision d = only(AmendmentPolicy.plan(BEFORE, after, List.of(SHELTER, REINTEGRATION), List.of(sent(SHELTER), reintegration)));

        assertThat(d.referral()).isEqualTo(reintegration);
        assertThat(d.action()).isEqualTo(Action.RE_MATCH);
    }

    @Test
    void anEscalatedReferralStaysWithTheCoordinatorsWhenThePersonMoves() {
        CaseFacts after = woman(Urgency.HIGH, DHAKA, DHAKA, SHELTER, MEDICAL, LEGAL_AID, REINTEGRATION);
        Referral escalated = Referral.escalatedAtOnce(UUID.randomUUID(), BEFORE, SHELTER, List.of(English.said("none")), SystemActor.NAME, SENT_AT);

        assertThat(AmendmentPolicy.plan(BEFORE, after, List.of(SHELTER), List.of(escalated)).decisions()).isEmpty();
    }

    @Test
    void aReMatchedSentReferralGoesToTheNewServiceWithOneMoreAttemptAndAFreshDeadline() {
        Referral shelter = sent(SHELTER);
        ServiceChoice dhakaShelter = new ServiceChoice(UUID.randomUUID(), UUID.randomUUID(), List.of(English.said("closer")));
        Instant at = SENT_AT.plus(Duration.ofHours(5));

        Referral moved = shelter.reMatch(dhakaShelter, Urgency.HIGH, at, "PLACE_CHANGED");

        assertThat(moved.status()).isEqualTo(ReferralStatus.SENT);
        assertThat(moved.serviceId()).isEqualTo(dhakaShelter.serviceId());
        assertThat(moved.attempt()).isEqualTo(2);
        assertThat(moved.dueAt()).isEqualTo(at.plus(Duration.ofHours(72)));
        assertThat(moved.last().reason()).isEqualTo("PLACE_CHANGED");
        assertThat(moved.history()).hasSize(2);
    }
}
