package org.setu.devstack;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * When the launcher brings a component back, and when it stops trying. A component that keeps dying is waiting
 * for something a restart cannot give it (a full disk, a broken configuration): after {@code giveUpAfter} restarts
 * within {@code window} the launcher leaves it down and says so in {@code ./setu status}.
 */
record RestartPolicy(Duration firstDelay, Duration maxDelay, int giveUpAfter, Duration window, int unhealthyChecks) {

    static RestartPolicy standard() {
        return new RestartPolicy(Duration.ofSeconds(1), Duration.ofSeconds(60), 5, Duration.ofMinutes(10), 3);
    }

    /** The wait before the n-th restart in the window (n from 1): doubling from the first delay, capped. */
    Duration delayBefore(int n) {
        long millis = firstDelay.toMillis() << Math.min(Math.max(n - 1, 0), 20);
        return Duration.ofMillis(Math.min(millis, maxDelay.toMillis()));
    }

    /** The restarts that still count: those within the window before now. */
    List<Instant> recent(List<Instant> restarts, Instant now) {
        return restarts.stream().filter(t -> t.isAfter(now.minus(window))).toList();
    }

    boolean givesUp(List<Instant> restarts, Instant now) {
        return recent(restarts, now).size() >= giveUpAfter;
    }

    /** A process that is alive but has failed its health check this many times in a row is restarted. */
    boolean isStuck(int failedChecksInARow) {
        return failedChecksInARow >= unhealthyChecks;
    }
}
