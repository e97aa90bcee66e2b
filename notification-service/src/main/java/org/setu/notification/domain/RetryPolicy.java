package org.setu.notification.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * When to try a failed delivery again. The wait doubles with each attempt up to a cap, and half of it is random
 * ("equal jitter"), so that many deliveries that failed together (a mail server restart) do not all come back in
 * the same second, while each still waits at least half its step.
 *
 * @param maxAttempts attempts per round; after them the delivery is {@code DEAD} until someone retries it by hand
 */
public record RetryPolicy(Duration base, Duration cap, int maxAttempts) {

    public RetryPolicy {
        if (base.isNegative() || base.isZero()) throw new IllegalArgumentException("base must be positive");
        if (cap.compareTo(base) < 0) throw new IllegalArgumentException("cap must be at least base");
        if (maxAttempts < 1) throw new IllegalArgumentException("at least one attempt");
    }

    /** What follows a failed attempt. */
    public sealed interface Decision permits Retry, GiveUp {
        String reason();
    }

    public record Retry(Instant at, Duration delay, String reason) implements Decision {
    }

    public record GiveUp(String reason) implements Decision {
    }

    /**
     * @param attemptsSoFar the attempts made, the failed one included
     * @param giveUpAfter   the attempt count at which this round ends
     * @param random        a number in [0, 1); the caller supplies it so the rule stays testable
     */
    public Decision afterFailure(int attemptsSoFar, int giveUpAfter, boolean permanent, Instant now, double random) {
        if (permanent) return new GiveUp("the failure is permanent; retrying would not change it");
        if (attemptsSoFar >= giveUpAfter) {
            return new GiveUp("all " + maxAttempts + " attempts failed; it waits for a manual retry");
        }
        Duration step = step(attemptsSoFar);
        Duration delay = step.dividedBy(2).plusMillis((long) (random * step.dividedBy(2).toMillis()));
        return new Retry(now.plus(delay), delay, "attempt " + attemptsSoFar + " failed; the next one waits " + delay);
    }

    /** base × 2^(n-1), at most {@code cap}. */
    Duration step(int attemptsSoFar) {
        int doublings = Math.min(Math.max(attemptsSoFar - 1, 0), 30);
        long millis = base.toMillis() << doublings;
        return millis <= 0 || millis > cap.toMillis() ? cap : Duration.ofMillis(millis);
    }

    /** A manual retry opens a new round of attempts. */
    public int nextRoundEndsAfter(int attemptsSoFar) {
        return attemptsSoFar + maxAttempts;
    }
}
