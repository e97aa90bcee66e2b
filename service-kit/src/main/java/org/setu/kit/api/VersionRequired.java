package org.setu.kit.api;

/**
 * A change of a versioned resource came without {@code If-Match}: answered 428, so that a client that never read the
 * version cannot overwrite someone else's change by accident.
 */
public class VersionRequired extends RuntimeException {

    public VersionRequired() {
        super("If-Match is required", null, false, false);   // an expected outcome: no stack trace
    }
}
