package org.setu.statistics.domain.disclosure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Counts by period (the rows) and by breakdown (the columns), before disclosure control, with the totals that are
 * published beside them: one per row, one per column, and the grand total. A cell nobody counted is 0.
 *
 * <p>These are true counts of people, cases or referrals. They never leave the service: only what
 * {@link Suppression#apply} makes of them does.
 */
public final class CountTable {

    /** One cell: how many were counted in this period for this breakdown value. */
    public record Count(String row, String column, long count) {
        public Count {
            Objects.requireNonNull(row, "row");
            Objects.requireNonNull(column, "column");
            if (count < 0) throw new IllegalArgumentException("a count is never negative: " + row + " / " + column + " = " + count);
        }
    }

    private final List<String> rowKeys;
    private final List<String> columnKeys;
    private final Map<String, Integer> rowIndex;
    private final Map<String, Integer> columnIndex;
    private final long[][] counts;
    private final long[] rowTotals;
    private final long[] columnTotals;
    private final long grandTotal;

    private CountTable(List<String> rowKeys, List<String> columnKeys, long[][] counts) {
        this.rowKeys = List.copyOf(rowKeys);
        this.columnKeys = List.copyOf(columnKeys);
        this.rowIndex = indexOf(this.rowKeys, "row");
        this.columnIndex = indexOf(this.columnKeys, "column");
        this.counts = counts;
        this.rowTotals = new long[rowKeys.size()];
        this.columnTotals = new long[columnKeys.size()];
        long grand = 0;
        for (int i = 0; i < rowKeys.size(); i++) {
            for (int j = 0; j < columnKeys.size(); j++) {
                rowTotals[i] = Math.addExact(rowTotals[i], counts[i][j]);
                columnTotals[j] = Math.addExact(columnTotals[j], counts[i][j]);
            }
            grand = Math.addExact(grand, rowTotals[i]);
        }
        this.grandTotal = grand;
    }

    /**
     * The table over exactly these periods and breakdown values, in this order, so that a month or a district with
     * nothing in it still has its row or column of zeros. Counts given twice for one cell add up.
     */
    public static CountTable of(List<String> rowKeys, List<String> columnKeys, Collection<Count> counts) {
        if (rowKeys.isEmpty() || columnKeys.isEmpty()) {
            throw new IllegalArgumentException("a table has at least one row and one column (one period, or one breakdown value such as \"all\")");
        }
        Map<String, Integer> rows = indexOf(rowKeys, "row");
        Map<String, Integer> columns = indexOf(columnKeys, "column");
        long[][] cells = new long[rowKeys.size()][columnKeys.size()];
        for (Count c : counts) {
            Integer i = rows.get(c.row());
            Integer j = columns.get(c.column());
            if (i == null) throw new IllegalArgumentException("a count for a row the table does not have: " + c.row());
            if (j == null) throw new IllegalArgumentException("a count for a column the table does not have: " + c.column());
            cells[i][j] = Math.addExact(cells[i][j], c.count());
        }
        return new CountTable(rowKeys, columnKeys, cells);
    }

    /** The table over the periods and breakdown values the counts name, in the order they first appear. */
    public static CountTable of(Collection<Count> counts) {
        LinkedHashSet<String> rows = new LinkedHashSet<>();
        LinkedHashSet<String> columns = new LinkedHashSet<>();
        for (Count c : counts) {
            rows.add(c.row());
            columns.add(c.column());
        }
        return of(new ArrayList<>(rows), new ArrayList<>(columns), counts);
    }

    public List<String> rowKeys() {
        return rowKeys;
    }

    public List<String> columnKeys() {
        return columnKeys;
    }

    public long count(String row, String column) {
        return counts[row(row)][column(column)];
    }

    public long rowTotal(String row) {
        return rowTotals[row(row)];
    }

    public long columnTotal(String column) {
        return columnTotals[column(column)];
    }

    public long grandTotal() {
        return grandTotal;
    }

    /**
     * The count at (i, j) of the table with its totals as one more row and one more column: row index
     * {@code rowKeys().size()} holds the column totals, column index {@code columnKeys().size()} the row totals,
     * and their corner the grand total.
     */
    long withTotals(int i, int j) {
        boolean totalRow = i == rowKeys.size();
        boolean totalColumn = j == columnKeys.size();
        if (totalRow && totalColumn) return grandTotal;
        if (totalRow) return columnTotals[j];
        if (totalColumn) return rowTotals[i];
        return counts[i][j];
    }

    int row(String key) {
        Integer i = rowIndex.get(key);
        if (i == null) throw new IllegalArgumentException("no such row: " + key);
        return i;
    }

    int column(String key) {
        Integer j = columnIndex.get(key);
        if (j == null) throw new IllegalArgumentException("no such column: " + key);
        return j;
    }

    static Map<String, Integer> indexOf(List<String> keys, String what) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            String key = Objects.requireNonNull(keys.get(i), what + " key");
            if (index.put(key, i) != null) throw new IllegalArgumentException("the " + what + " key " + key + " is given twice");
        }
        return index;
    }
}
