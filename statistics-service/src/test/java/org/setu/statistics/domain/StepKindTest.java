package org.setu.statistics.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each sending of a referral is counted once: the referral service publishes created and then sent for the first one. */
class StepKindTest {

    @Test
    void aReferralCreatedAndSentAtOnceIsCountedByItsSentEventAlone() {
        assertThat(StepKind.ofEventType("setu.referral.created.v1").orElseThrow().counted(true)).isEqualTo(StepKind.CREATED);
        assertThat(StepKind.ofEventType("setu.referral.sent.v1").orElseThrow().counted(true)).isEqualTo(StepKind.SENT);
    }

    @Test
    void aReferralCreatedToWaitForApprovalCountsAsProposed() {
        assertThat(StepKind.ofEventType("setu.referral.created.v1").orElseThrow().counted(false)).isEqualTo(StepKind.PROPOSED);
    }

    @Test
    void anotherTopicsTypeIsNoStep() {
        assertThat(StepKind.ofEventType("setu.screening.completed.v1")).isEmpty();
    }

    @Test
    void aReferralHeldForAnArrivalIsAStepThatNoFigureCountsAsASending() {
        assertThat(StepKind.ofEventType("setu.referral.held.v1")).contains(StepKind.HELD);
        assertThat(StepKind.HELD.counted(false)).isEqualTo(StepKind.HELD);
    }
}
