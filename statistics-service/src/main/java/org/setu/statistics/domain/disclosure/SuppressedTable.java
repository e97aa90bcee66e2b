package org.setu.statistics.domain.disclosure;

import java.util.List;
import java.util.Map;

/**
 * A table as it may be published: every cell and every total is either its count or a mark (see {@link Figure}).
 * It holds no withheld count, so whatever renders it (JSON, CSV, a workbook) cannot leak one.
 */
public final class SuppressedTable {

    private final List<String> rowKeys;
    private final List<String> columnKeys;
    private final Map<String, Integer> rowIndex;
    private final Map<String, Integer> columnIndex;
    private final Figure[][] figures;
    private final int threshold;

    /** {@code figures} is the table with its totals: one more row (the column totals) and one more column (the row totals). */
    SuppressedTable(List<String> rowKeys, List<String> columnKeys, Figure[][] figures, int threshold) {
        if (figures.length != rowKeys.size() + 1) throw new IllegalArgumentException("one row of figures per row key, and the totals");
        for (Figure[] row : figures) {
            if (row.length != columnKeys.size() + 1) throw new IllegalArgumentException("one figure per column key, and the total");
        }
        this.rowKeys = List.copyOf(rowKeys);
        this.columnKeys = List.copyOf(columnKeys);
        this.rowIndex = CountTable.indexOf(this.rowKeys, "row");
        this.columnIndex = CountTable.indexOf(this.columnKeys, "column");
        this.figures = figures;
        this.threshold = threshold;
    }

    /** Counts from 1 to threshold - 1 are shown as {@code "<" + threshold}. */
    public int threshold() {
        return threshold;
    }

    public List<String> rowKeys() {
        return rowKeys;
    }

    public List<String> columnKeys() {
        return columnKeys;
    }

    public Figure cell(String row, String column) {
        return figures[row(row)][column(column)];
    }

    public Figure rowTotal(String row) {
        return figures[row(row)][columnKeys.size()];
    }

    public Figure columnTotal(String column) {
        return figures[rowKeys.size()][column(column)];
    }

    public Figure grandTotal() {
        return figures[rowKeys.size()][columnKeys.size()];
    }

    public String display(String row, String column) {
        return cell(row, column).display();
    }

    public String displayRowTotal(String row) {
        return rowTotal(row).display();
    }

    public String displayColumnTotal(String column) {
        return columnTotal(column).display();
    }

    public String displayGrandTotal() {
        return grandTotal().display();
    }

    /** The figure at (i, j) of the table with its totals, indexed as in {@link CountTable#withTotals}. */
    Figure withTotals(int i, int j) {
        return figures[i][j];
    }

    private int row(String key) {
        Integer i = rowIndex.get(key);
        if (i == null) throw new IllegalArgumentException("no such row: " + key);
        return i;
    }

    private int column(String key) {
        Integer j = columnIndex.get(key);
        if (j == null) throw new IllegalArgumentException("no such column: " + key);
        return j;
    }
}
