package org.setu.statistics.app;

import org.setu.statistics.domain.Count;
import org.setu.statistics.domain.Dimension;
import org.setu.statistics.domain.Indicator;
import org.setu.statistics.domain.Period;
import org.setu.statistics.domain.disclosure.CountTable;
import org.setu.statistics.domain.disclosure.Figure;
import org.setu.statistics.domain.disclosure.Suppression;
import org.setu.statistics.domain.disclosure.SuppressedTable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The database's counts through disclosure control, into what may leave the service. The breakdown's values of a
 * cell are joined into one column key, so that a table by two breakdowns is protected as one table with its totals.
 */
final class Disclosure {

    /** Joins breakdown values into a column key; a unit separator cannot occur in a code. */
    private static final String JOIN = "\u001f";

    private Disclosure() {
    }

    static Figures of(Indicator indicator, Period period, List<Dimension> by, LocalDate from, LocalDate to, UUID agency,
                      int threshold, List<Count> counts) {
        Map<String, List<String>> keysOfColumn = new LinkedHashMap<>();
        List<CountTable.Count> cells = new ArrayList<>();
        for (Count c : counts) {
            String column = String.join(JOIN, c.keys());
            keysOfColumn.putIfAbsent(column, c.keys());
            cells.add(new CountTable.Count(c.period(), column, c.count()));
        }
        if (cells.isEmpty()) {
            return new Figures(indicator, period, by, from, to, agency, threshold, List.of(), List.of(), List.of(),
                    new Figures.Figure(null, List.of(), 0L, "0", Figure.Status.SHOWN.name()));
        }
        List<String> periods = counts.stream().map(Count::period).distinct().sorted().toList();
        List<String> columns = keysOfColumn.keySet().stream().sorted().toList();
        SuppressedTable table = Suppression.apply(CountTable.of(periods, columns, cells), threshold);

        List<Figures.Figure> shown = new ArrayList<>();
        for (String row : table.rowKeys()) {
            for (String column : table.columnKeys()) {
                Figure f = table.cell(row, column);
                if (f.isShown() && f.value().orElse(0) == 0) continue;
                shown.add(figure(row, keysOfColumn.get(column), f));
            }
        }
        List<Figures.Figure> periodTotals = table.rowKeys().stream()
                .map(row -> figure(row, List.of(), table.rowTotal(row))).toList();
        List<Figures.Figure> breakdownTotals = by.isEmpty() ? List.of() : table.columnKeys().stream()
                .map(column -> figure(null, keysOfColumn.get(column), table.columnTotal(column))).toList();
        return new Figures(indicator, period, by, from, to, agency, threshold, shown, periodTotals, breakdownTotals,
                figure(null, List.of(), table.grandTotal()));
    }

    private static Figures.Figure figure(String period, List<String> keys, Figure f) {
        return new Figures.Figure(period, keys, f.isShown() ? f.value().getAsLong() : null, f.display(),
                f.status().name());
    }
}
