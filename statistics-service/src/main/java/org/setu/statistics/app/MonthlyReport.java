package org.setu.statistics.app;

import org.setu.statistics.domain.ProviderPerformance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * A month's figures as a ministry receives them, before any language: each table names its columns and holds codes
 * and figures exactly as the statistics service answers them. The renderers put labels, districts' names and digits
 * in the reader's language (docs/statistics.md, "Monthly report").
 *
 * @param agencyId  the agency the figures are limited to, or null for every agency
 * @param madeOn    the Dhaka day the report was made
 * @param threshold the smallest count shown as a number (besides 0)
 */
public record MonthlyReport(YearMonth month, UUID agencyId, LocalDate madeOn, int threshold, List<Table> tables) {

    /** The mark of a figure withheld with the share or time it goes with (not a count under the threshold). */
    public static final String NOT_SHOWN = "—";

    /**
     * One table. Its name and the names of its columns are keys of the labels ({@code table.<name>},
     * {@code column.<column>}).
     */
    public record Table(String name, List<String> columns, List<Row> rows) {

        public boolean isEmpty() {
            return rows.isEmpty();
        }
    }

    /** A row of cells, one per column; the total row comes last. */
    public record Row(List<Cell> cells, boolean total) {
    }

    /** What a cell holds. */
    public sealed interface Cell permits Code, Count, Measure, Organization, Total, Blank {
    }

    /** A breakdown's value: its dimension ({@code district}, {@code category}, ...) and its code. */
    public record Code(String dimension, String code) implements Cell {
    }

    /**
     * A count as the service shows it.
     *
     * @param count   null when suppressed
     * @param display the number, "&lt;5" under the threshold, or "x" withheld
     */
    public record Count(Long count, String display) implements Cell {
    }

    /** A share (0 to 1) or a time in hours; null when withheld because it could give a small count away. */
    public record Measure(Double value, Unit unit) implements Cell {
    }

    public enum Unit { SHARE, HOURS }

    /** An organization, named by its services' names in the directory (the directory names services only). */
    public record Organization(UUID id, List<ProviderPerformance.ServiceName> services) implements Cell {
    }

    /** The label of a total row. */
    public record Total() implements Cell {
    }

    /** Nothing: the key columns of a total row after its label. */
    public record Blank() implements Cell {
    }
}
