package org.setu.screening.app;

import org.setu.kit.api.ConflictException;
import org.setu.kit.api.VersionRequired;
import org.setu.screening.persistence.CaseRow;

import java.util.OptionalLong;

/**
 * The checks before a case worker changes a versioned record of a case (its reintegration plan, its planned return),
 * so that two case workers never overwrite each other unseen and a case that is not open stays as it was.
 */
final class VersionedWrite {

    private VersionedWrite() {
    }

    /**
     * @param current  the record's version, empty when the case has none yet
     * @param expected the version from {@code If-Match}, null when absent
     */
    static void check(OptionalLong current, Long expected, CaseRow kase) {
        if (current.isPresent() && expected == null) throw new VersionRequired();
        // a version of a record that does not exist is someone's stale view of another case: write nothing
        if (current.isEmpty() && expected != null) throw ConflictException.staleVersion("NONE", 0);
        if (kase.status() != CaseRow.Status.OPEN) throw ConflictException.wrongStatus(kase.status().name(), kase.version());
        if (current.isPresent() && current.getAsLong() != expected) throw ConflictException.staleVersion("PLANNED", current.getAsLong());
    }
}
