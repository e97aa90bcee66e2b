package org.setu.notification.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1), 6);
    private final Instant now = Instant.parse("2026-03-01T00:00:00Z");

    @ParameterizedTest(name = "after attempt {0} the wait is between {1} and {2} seconds")
    @CsvSource({"1, 15, 30", "2, 30, 60", "3, 60, 120", "4, 120, 240", "5, 240, 480"})
    void theWaitDoublesWithEachAttemptAndHalfOfItIsJitter(int attempt, long min, long max) {
        for (double random : new double[]{0.0, 0.5, 0.999}) {
            var next = (RetryPolicy.Retry) policy.afterFailure(attempt, 100, false, now, random);
            assertThat(next.delay()).isBetween(Duration.ofSeconds(min), Duration.ofSeconds(max));
            assertThat(next.at()).isEqualTo(now.plus(next.delay()));
        }
    }

    @Test
    void theWaitNeverExceedsTheCap() {
        var next = (RetryPolicy.Retry) policy.afterFailure(40, 100, false, now, 0.999);
        assertThat(next.delay()).isLessThanOrEqualTo(Duration.ofHours(1));
    }

    @Test
    void afterTheLastAttemptOfTheRoundTheDeliveryGivesUpUntilRetriedByHand() {
        assertThat(policy.afterFailure(6, 6, false, now, 0.3)).isInstanceOf(RetryPolicy.GiveUp.class);
        assertThat(policy.nextRoundEndsAfter(6)).isEqualTo(12);
        assertThat(policy.afterFailure(7, 12, false, now, 0.3)).isInstanceOf(RetryPolicy.Retry.class);
    }

    @Test
    void aPermanentFailureIsNotRetried() {
        assertThat(policy.afterFailure(1, 6, true, now, 0.3).reason()).contains("permanent");
    }

    @Test
    void aDeliveredDeliveryCannotBeRetriedByHandButADeadOneCan() {
        DeliveryState first = DeliveryState.first(policy, now);
        DeliveryState dead = first;
        for (int i = 0; i < 6; i++) {
            dead = dead.after(new AttemptOutcome.Failed("WEBHOOK_5XX", false), policy, now, 0.5).state();
        }
        assertThat(dead.status()).isEqualTo(DeliveryStatus.DEAD);
        DeliveryState again = dead.retriedByHand(policy, now);
        assertThat(again.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(again.giveUpAfter()).isEqualTo(12);
        DeliveryState delivered = again.after(new AttemptOutcome.Delivered("DELIVERED"), policy, now, 0.5).state();
        assertThat(delivered.attempts()).isEqualTo(7);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> delivered.retriedByHand(policy, now))
                .isInstanceOf(DeliveryState.WrongStatus.class);
    }
}
