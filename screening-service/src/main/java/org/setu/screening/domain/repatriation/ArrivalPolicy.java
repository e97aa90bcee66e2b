package org.setu.screening.domain.repatriation;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When the desk at a port may settle a planned return, and which returns it sees coming. Each rule is a small function,
 * so that the API, the job and the tests read the same sentence.
 */
public final class ArrivalPolicy {

    /** The desk looks this many days ahead by default: today, tomorrow and the day after. */
    public static final int DEFAULT_DAYS_AHEAD = 3;

    /** A desk plans its week at most; further ahead the window is still moving. */
    public static final int MOST_DAYS_AHEAD = 14;

    /** A desk that confirms late (a night arrival written up next morning) may date it this many days back. */
    public static final int LATEST_CONFIRMATION_DAYS = 7;

    private ArrivalPolicy() {
    }

    /** A return is on the desk's list when it is still awaited and its window meets today to today + days - 1. */
    public static boolean onTheList(ReturnStatus status, LocalDate expectedFrom, LocalDate expectedTo, LocalDate today, int days) {
        return status == ReturnStatus.PLANNED && !expectedTo.isBefore(today) && expectedFrom.isBefore(today.plusDays(days));
    }

    /** Only an awaited return is settled, and only once: an arrival or a no-show is not taken back. */
    public static boolean isAwaited(ReturnStatus status) {
        return status == ReturnStatus.PLANNED;
    }

    /**
     * Why an arrival cannot be dated {@code arrivedOn}, or empty when it can. A person may land before the window (an
     * earlier flight), so only the day itself is checked.
     */
    public static Optional<String> whyNotArrivedOn(LocalDate arrivedOn, LocalDate today) {
        if (arrivedOn.isAfter(today)) return Optional.of("must not be in the future");
        if (arrivedOn.isBefore(today.minusDays(LATEST_CONFIRMATION_DAYS))) {
            return Optional.of("may be at most " + LATEST_CONFIRMATION_DAYS + " days ago");
        }
        return Optional.empty();
    }

    /** A no-show is reported once the window has begun: before, the person has not yet had a chance to come. */
    public static boolean noShowCanBeReported(LocalDate expectedFrom, LocalDate today) {
        return !today.isBefore(expectedFrom);
    }

    /** A return still awaited the day after its window ended was missed, and nobody at the port said so. */
    public static boolean windowPassed(ReturnStatus status, LocalDate expectedTo, LocalDate today) {
        return status == ReturnStatus.PLANNED && expectedTo.isBefore(today);
    }

    /** The last day of a window that counts as passed on {@code today}, for a query of the returns still awaited. */
    public static LocalDate lastPassedDay(LocalDate today) {
        return today.minusDays(1);
    }
}
