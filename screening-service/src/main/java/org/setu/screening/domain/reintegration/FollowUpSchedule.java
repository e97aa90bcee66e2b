package org.setu.screening.domain.reintegration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * When a returnee is followed up: by default at set months after the anchor (3, 6 and 12 in IOM's practice,
 * configured as data); a case worker may set other days, none before the anchor.
 */
public final class FollowUpSchedule {

    private FollowUpSchedule() {
    }

    public static List<LocalDate> standard(LocalDate anchor, List<Integer> months) {
        List<LocalDate> due = new ArrayList<>();
        months.stream().sorted().forEach(m -> due.add(anchor.plusMonths(m)));
        return due;
    }

    /** The first day that is not acceptable, if any: a follow-up before the anchor, or more than five years after it. */
    public static Optional<LocalDate> outOfRange(LocalDate anchor, List<LocalDate> due) {
        return due.stream().filter(d -> d.isBefore(anchor) || d.isAfter(anchor.plusYears(5))).findFirst();
    }
}
