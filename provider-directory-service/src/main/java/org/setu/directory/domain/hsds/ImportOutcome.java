package org.setu.directory.domain.hsds;

import java.util.List;

/** What the import does with one record of another publisher's document, as its report says. */
public enum ImportOutcome {
    /** Mapped as the publisher wrote it. */
    IMPORTED,
    /** Mapped, but Setu assumed something the publisher did not say; the report lists each assumption. */
    IMPORTED_WITH_ASSUMPTIONS,
    /** Not mapped; the report says why. Nothing of it is written. */
    NOT_IMPORTED;

    /** A record with any reason against it is not imported; one that needed assumptions says so. */
    public static ImportOutcome of(List<?> reasons, List<?> assumptions) {
        if (!reasons.isEmpty()) return NOT_IMPORTED;
        return assumptions.isEmpty() ? IMPORTED : IMPORTED_WITH_ASSUMPTIONS;
    }
}
