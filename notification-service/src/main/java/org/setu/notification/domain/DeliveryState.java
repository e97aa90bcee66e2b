package org.setu.notification.domain;

import java.time.Instant;

/**
 * A delivery's progress: its status, the attempts made, when the current round of attempts ends, and when the
 * next attempt is due. Everything the retry schedule needs is here and in the database, so a restarted service
 * continues where the previous one stopped.
 */
public record DeliveryState(DeliveryStatus status, int attempts, int giveUpAfter, Instant nextAttemptAt, String lastReason) {

    /** A delivery that will never be tried, for the reason given (a code such as {@code CASE_ERASED}). */
    public static DeliveryState skipped(RetryPolicy policy, String reason) {
        return new DeliveryState(DeliveryStatus.SKIPPED, 0, policy.maxAttempts(), null, reason);
    }

    public static DeliveryState first(RetryPolicy policy, Instant now) {
        return new DeliveryState(DeliveryStatus.PENDING, 0, policy.maxAttempts(), now, null);
    }

    /** The state after one more attempt, and what the log should say about it. */
    public Transition after(AttemptOutcome outcome, RetryPolicy policy, Instant now, double random) {
        requireStatus(DeliveryStatus.PENDING);
        int made = attempts + 1;
        if (outcome instanceof AttemptOutcome.Delivered) {
            return new Transition(new DeliveryState(DeliveryStatus.DELIVERED, made, giveUpAfter, null, null), "delivered");
        }
        if (outcome instanceof AttemptOutcome.Skipped s) {
            return new Transition(new DeliveryState(DeliveryStatus.SKIPPED, made, giveUpAfter, null, s.reason()),
                    "nothing to deliver to");
        }
        AttemptOutcome.Failed f = (AttemptOutcome.Failed) outcome;
        RetryPolicy.Decision next = policy.afterFailure(made, giveUpAfter, f.permanent(), now, random);
        if (next instanceof RetryPolicy.Retry r) {
            return new Transition(new DeliveryState(DeliveryStatus.PENDING, made, giveUpAfter, r.at(), f.reason()), r.reason());
        }
        return new Transition(new DeliveryState(DeliveryStatus.DEAD, made, giveUpAfter, null, f.reason()), next.reason());
    }

    /** Someone fixed the cause and asks for another round; only a dead delivery can be retried. */
    public DeliveryState retriedByHand(RetryPolicy policy, Instant now) {
        requireStatus(DeliveryStatus.DEAD);
        return new DeliveryState(DeliveryStatus.PENDING, attempts, policy.nextRoundEndsAfter(attempts), now, lastReason);
    }

    private void requireStatus(DeliveryStatus expected) {
        if (status != expected) throw new WrongStatus(status);
    }

    public record Transition(DeliveryState state, String why) {
    }

    /** The delivery is not in the status this step needs; the API answers it as a conflict naming the status. */
    public static final class WrongStatus extends RuntimeException {
        private final DeliveryStatus current;

        public WrongStatus(DeliveryStatus current) {
            super("not allowed while the delivery is " + current, null, false, false);
            this.current = current;
        }

        public DeliveryStatus current() {
            return current;
        }
    }
}
