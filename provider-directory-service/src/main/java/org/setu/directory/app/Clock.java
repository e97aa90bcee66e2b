package org.setu.directory.app;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Times as PostgreSQL keeps them (microseconds), so that what was written reads back equal. */
final class Clock {

    private Clock() {
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
