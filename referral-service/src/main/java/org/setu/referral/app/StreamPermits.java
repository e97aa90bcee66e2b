package org.setu.referral.app;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Who holds how many live streams. A stream holds a thread-free connection for as long as it lasts, so one caller
 * (a leaked token, a runaway script) must not be able to hold them all; and a stream must not outlive the token that
 * opened it, or a user whose access was withdrawn would keep receiving referrals.
 */
@ApplicationScoped
public class StreamPermits {

    /** A stream opened by a caller who already holds the most streams allowed. */
    public static class TooManyStreams extends RuntimeException {
        public TooManyStreams(int max) {
            super("you already hold " + max + " live streams, the most allowed; close one and try again");
        }
    }

    /** One open stream's place; releasing it more than once is harmless. */
    public final class Permit {
        private final String holder;
        private final AtomicBoolean released = new AtomicBoolean();

        private Permit(String holder) {
            this.holder = holder;
        }

        public void release() {
            if (released.compareAndSet(false, true)) {
                held.computeIfPresent(holder, (k, n) -> n <= 1 ? null : n - 1);
            }
        }
    }

    private final Map<String, Integer> held = new ConcurrentHashMap<>();
    private final StreamSettings settings;

    public StreamPermits(StreamSettings settings) {
        this.settings = settings;
    }

    public Permit acquire(String holder) {
        int max = settings.maxPerUser();
        boolean[] granted = {false};
        held.compute(holder, (k, n) -> {
            int now = n == null ? 0 : n;
            if (now >= max) return n;
            granted[0] = true;
            return now + 1;
        });
        if (!granted[0]) throw new TooManyStreams(max);
        return new Permit(holder);
    }

    /** How long a stream may stay open: until the token expires, and never longer than the configured maximum. */
    public Duration lifetime(Long tokenExpiresAtEpochSecond, Instant now) {
        Duration max = settings.maxDuration();
        if (tokenExpiresAtEpochSecond == null) return max;
        Duration left = Duration.between(now, Instant.ofEpochSecond(tokenExpiresAtEpochSecond));
        if (left.isNegative()) return Duration.ZERO;
        return left.compareTo(max) < 0 ? left : max;
    }
}
