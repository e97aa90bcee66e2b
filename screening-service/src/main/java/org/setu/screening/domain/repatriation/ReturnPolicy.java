package org.setu.screening.domain.repatriation;

import org.setu.events.screening.TravelMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** What a planned return must hold before a case carries it; each rule says why it exists. */
public final class ReturnPolicy {

    /** A repatriation is planned months ahead at most; a longer window is not a plan but a hope, and would fill arrival lists. */
    public static final int LONGEST_WINDOW_DAYS = 366;

    private ReturnPolicy() {
    }

    /** Every rule the planned return breaks: first the port, then the mode, the window's start, its end, the verification. */
    public static List<FieldProblem> problems(PlannedReturn r, Optional<PortOfEntry> port, LocalDate today) {
        return Stream.of(knownPort(port), modeFitsPort(r.mode(), port), windowNearToday(r, today), windowInOrder(r),
                        windowShortEnough(r), verifiedInThePast(r.nationalityVerification(), today))
                .flatMap(Optional::stream).toList();
    }

    /** Ports are a list kept as data, so that arrivals at one port can be listed and a desk there can be told. */
    static Optional<FieldProblem> knownPort(Optional<PortOfEntry> port) {
        return port.isPresent() ? Optional.empty()
                : Optional.of(new FieldProblem("portOfEntry", "is not a port of entry; see GET /api/v1/return/ports-of-entry"));
    }

    /** A flight lands only at an airport and a land border is crossed only at a land port: anything else is a typo. */
    static Optional<FieldProblem> modeFitsPort(TravelMode mode, Optional<PortOfEntry> port) {
        if (port.isEmpty() || port.get().receives() == mode) return Optional.empty();
        return Optional.of(new FieldProblem("mode", "must fit the port of entry: AIR at an airport, LAND at a land port"));
    }

    static Optional<FieldProblem> windowInOrder(PlannedReturn r) {
        return r.expectedTo().isBefore(r.expectedFrom())
                ? Optional.of(new FieldProblem("expectedTo", "must not be before expectedFrom")) : Optional.empty();
    }

    static Optional<FieldProblem> windowShortEnough(PlannedReturn r) {
        return ChronoUnit.DAYS.between(r.expectedFrom(), r.expectedTo()) > LONGEST_WINDOW_DAYS
                ? Optional.of(new FieldProblem("expectedTo", "must be at most " + LONGEST_WINDOW_DAYS + " days after expectedFrom"))
                : Optional.empty();
    }

    /**
     * A return may have slipped (the window began, the person is not home yet), but a plan that began more than a year
     * ago, or lies more than two years ahead, is a mistyped year.
     */
    static Optional<FieldProblem> windowNearToday(PlannedReturn r, LocalDate today) {
        return r.expectedFrom().isBefore(today.minusYears(1)) || r.expectedFrom().isAfter(today.plusYears(2))
                ? Optional.of(new FieldProblem("expectedFrom", "must be a day from a year ago to two years from today"))
                : Optional.empty();
    }

    /** "Since" is when the step began to wait or ended: it has happened. */
    static Optional<FieldProblem> verifiedInThePast(NationalityVerification v, LocalDate today) {
        return v != null && v.since().isAfter(today)
                ? Optional.of(new FieldProblem("nationalityVerification.since", "must not be in the future")) : Optional.empty();
    }
}
