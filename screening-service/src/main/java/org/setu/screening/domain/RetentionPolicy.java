package org.setu.screening.domain;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;

/** A closed case is kept for the retention period (five years by default), then erased. Open cases are kept. */
public final class RetentionPolicy {

    private RetentionPolicy() {
    }

    /** The latest closing time that is due for erasure at {@code now}. */
    public static Instant closedBefore(Instant now, Period retention) {
        return now.atOffset(ZoneOffset.UTC).minus(retention).toInstant();
    }

    public static Decision due(Instant closedAt, Instant now, Period retention) {
        if (closedAt == null) return Decision.negative("the case is open.");
        return closedAt.isBefore(closedBefore(now, retention))
                ? Decision.positive("closed for longer than the retention period " + retention + ".")
                : Decision.negative("closed for less than the retention period " + retention + ".");
    }
}
