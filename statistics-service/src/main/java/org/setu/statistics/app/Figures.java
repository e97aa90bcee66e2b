package org.setu.statistics.app;

import org.setu.statistics.domain.Dimension;
import org.setu.statistics.domain.Indicator;
import org.setu.statistics.domain.Period;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One indicator's table after disclosure control: its cells (a period and the breakdown's values), the totals per
 * period, per breakdown value and in all. Cells of zero are left out; a suppressed cell has no count.
 *
 * @param agencyId the agency the figures are limited to, or null for every agency
 */
public record Figures(Indicator indicator, Period period, List<Dimension> by, LocalDate from, LocalDate to,
                      UUID agencyId, int threshold, List<Figure> cells, List<Figure> periodTotals,
                      List<Figure> breakdownTotals, Figure total) {

    /**
     * @param period  the period's label (2026-11, 2026-W45, 2026-Q4), or null in a breakdown total
     * @param keys    the breakdown's values in the order of {@code by}; empty in a period total
     * @param count   null when suppressed
     * @param display the count as text; "&lt;5" for a count under the threshold, "x" for one withheld so that the
     *                totals cannot give a small one away
     * @param status  SHOWN, BELOW_THRESHOLD or WITHHELD
     */
    public record Figure(String period, List<String> keys, Long count, String display, String status) {
    }
}
