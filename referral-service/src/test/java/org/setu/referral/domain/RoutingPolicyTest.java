package org.setu.referral.domain;

import org.setu.referral.English;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Urgency;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Which referrals wait for a case worker's approval, by the referring agency's policy and the safety rules before it. */
class RoutingPolicyTest {

    static final UUID AGENCY = UUID.randomUUID();

    /** Version 3: ROUTINE referrals wait, and LEGAL_AID always waits; the rest goes out at once. */
    static final AgencyRoutingPolicy ROUTINE_AND_LEGAL_AID_WAIT = new AgencyRoutingPolicy(AGENCY, 3,
            Set.of(Urgency.ROUTINE), Set.of(ServiceCategory.LEGAL_AID), Instant.parse("2026-12-01T10:00:00Z"));

    @ParameterizedTest(name = "{0} {1}, child {2}: sent at once {3}")
    @CsvSource({
            "ROUTINE,   SHELTER,   false, false",
            "HIGH,      SHELTER,   false, true",
            "HIGH,      LEGAL_AID, false, false",
            "ROUTINE,   LEGAL_AID, false, false",
            "IMMEDIATE, LEGAL_AID, false, true",
            "IMMEDIATE, SHELTER,   false, true",
            "ROUTINE,   SHELTER,   true,  true",
            "HIGH,      LEGAL_AID, true,  true"})
    void anAgencyCanHoldRoutineReferralsAndSomeCategoriesForApprovalButNeverImmediateOnesOrChildren(
            Urgency urgency, ServiceCategory category, boolean child, boolean sendNow) {
        assertThat(RoutingPolicy.dispatch(urgency, child, category, ROUTINE_AND_LEGAL_AID_WAIT).sendNow()).isEqualTo(sendNow);
    }

    @Test
    void theReasonNamesThePolicyVersionAndWhatMadeTheReferralWait() {
        assertThat(English.of(RoutingPolicy.dispatch(Urgency.ROUTINE, false, ServiceCategory.SHELTER, ROUTINE_AND_LEGAL_AID_WAIT).reason()))
                .isEqualTo("agency policy v3: ROUTINE referrals wait for a case worker's approval");
        assertThat(English.of(RoutingPolicy.dispatch(Urgency.HIGH, false, ServiceCategory.LEGAL_AID, ROUTINE_AND_LEGAL_AID_WAIT).reason()))
                .isEqualTo("agency policy v3: LEGAL_AID referrals wait for a case worker's approval");
        assertThat(English.of(RoutingPolicy.dispatch(Urgency.HIGH, false, ServiceCategory.SHELTER, ROUTINE_AND_LEGAL_AID_WAIT).reason()))
                .isEqualTo("agency policy v3: HIGH SHELTER referrals are sent at once");
    }

    @Test
    void aSafetyRuleSaysItOverrodeTheAgencysPolicy() {
        assertThat(English.of(RoutingPolicy.dispatch(Urgency.ROUTINE, true, ServiceCategory.LEGAL_AID, ROUTINE_AND_LEGAL_AID_WAIT).reason()))
                .isEqualTo("a child: sent at once, whatever agency policy v3 says");
        assertThat(English.of(RoutingPolicy.dispatch(Urgency.IMMEDIATE, false, ServiceCategory.LEGAL_AID, ROUTINE_AND_LEGAL_AID_WAIT).reason()))
                .isEqualTo("immediate urgency: sent at once, whatever agency policy v3 says");
    }

    @ParameterizedTest(name = "approve first by default {0}: {1} sent at once {2}")
    @CsvSource({"true, ROUTINE, false", "true, HIGH, false", "true, IMMEDIATE, true", "false, ROUTINE, true", "false, HIGH, true"})
    void anAgencyThatSetNoPolicyFollowsTheServiceDefaultWhereApproveFirstHoldsEveryReferralThatMayWait(
            boolean approveFirst, Urgency urgency, boolean sendNow) {
        AgencyRoutingPolicy none = AgencyRoutingPolicy.defaultFor(AGENCY, approveFirst);
        var d = RoutingPolicy.dispatch(urgency, false, ServiceCategory.PSYCHOSOCIAL, none);
        assertThat(d.sendNow()).isEqualTo(sendNow);
        assertThat(English.of(d.reason())).contains("the default policy (the agency has set none)");
    }

    @Test
    void aReferralWithoutAKnownUrgencyFollowsTheCategoriesOnly() {
        assertThat(RoutingPolicy.dispatch(null, false, ServiceCategory.SHELTER, ROUTINE_AND_LEGAL_AID_WAIT).sendNow()).isTrue();
        assertThat(RoutingPolicy.dispatch(null, false, ServiceCategory.LEGAL_AID, ROUTINE_AND_LEGAL_AID_WAIT).sendNow()).isFalse();
    }

    static PlannedReturn returnTo(String port, PlannedReturn.Status status) {
        return new PlannedReturn(UUID.randomUUID(), 2, port, java.time.LocalDate.of(2026, 12, 9),
                java.time.LocalDate.of(2026, 12, 14), status);
    }

    @ParameterizedTest(name = "return {0}: held {1}")
    @CsvSource({"PLANNED, true", "MISSED, true", "ARRIVED, false", "CANCELLED, false"})
    void aPersonStillAbroadHasEvenAChildsImmediateReferralHeldForTheArrivalAndNobodyElseDoes(PlannedReturn.Status status,
                                                                                              boolean held) {
        CaseFacts girl = Fixtures.girl16InCoxsBazar();
        RoutingPolicy.Dispatch d = RoutingPolicy.dispatch(girl, ServiceCategory.SHELTER, ROUTINE_AND_LEGAL_AID_WAIT,
                returnTo("DAC", status));
        assertThat(d.hold()).isEqualTo(held);
        if (held) assertThat(d.sendNow()).isFalse();
        assertThat(RoutingPolicy.dispatch(girl, ServiceCategory.SHELTER, ROUTINE_AND_LEGAL_AID_WAIT, null).hold()).isFalse();
    }

    @Test
    void theHoldSaysWhereAndWhenThePersonIsExpected() {
        assertThat(English.of(RoutingPolicy.awaitingArrival(returnTo("BENAPOLE", PlannedReturn.Status.PLANNED)).reason()))
                .isEqualTo("the person is still abroad, expected at BENAPOLE between 2026-12-09 and 2026-12-14: held with this"
                        + " service until the arrival, and no deadline runs until then");
    }
}
