package org.setu.screening.domain.reintegration;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Whether a follow-up kept its day. A case worker cannot always call on the very day, so a follow-up within the window
 * (days either side, set as data) is on time; after it, late; a day whose window has passed unanswered is overdue.
 */
public final class FollowUpTiming {

    private FollowUpTiming() {
    }

    public static boolean onTime(LocalDate due, LocalDate contacted, int windowDays) {
        return !contacted.isBefore(due.minusDays(windowDays)) && !contacted.isAfter(due.plusDays(windowDays));
    }

    /** The days of the schedule whose window closed before {@code today} with no follow-up answering them. */
    public static List<LocalDate> overdue(Collection<LocalDate> due, Collection<LocalDate> answered, LocalDate today,
                                          int windowDays) {
        return due.stream().filter(d -> !answered.contains(d)).filter(d -> d.plusDays(windowDays).isBefore(today))
                .sorted().toList();
    }
}
