package org.setu.screening.domain;

import org.setu.events.text.Reason;

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

    public static Verdict due(Instant closedAt, Instant now, Period retention) {
        if (closedAt == null) return Verdict.negative(Reason.of("retention.open"));
        return closedAt.isBefore(closedBefore(now, retention))
                ? Verdict.positive(Reason.of("retention.due", Reason.value(retention)))
                : Verdict.negative(Reason.of("retention.notDue", Reason.value(retention)));
    }
}
