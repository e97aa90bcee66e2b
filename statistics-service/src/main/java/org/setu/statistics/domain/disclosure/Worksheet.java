package org.setu.statistics.domain.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * A table with its totals while disclosure control works on it: every count, and what the reader will be told of it.
 * The totals are one more row (the column totals, then the grand total) and one more column (the row totals), so
 * that every row and every column, totals included, is a line whose cells add up to its last one.
 */
final class Worksheet {

    /** {@link #costToMove} when the cell cannot move that way, or not without changing more than allowed. */
    static final long CANNOT_MOVE = -1;

    /** What a cycle may change to let a figure move. */
    enum Change {
        /** Nothing: only what the published marks already allow, which is what a reader can use. */
        NONE,
        /** Shown counts may be withheld. */
        WITHHOLD
    }

    final int threshold;
    final int rows;
    final int columns;
    private final long[][] counts;
    private final Figure.Status[][] status;

    Worksheet(CountTable table, int threshold) {
        this.threshold = threshold;
        this.rows = table.rowKeys().size() + 1;
        this.columns = table.columnKeys().size() + 1;
        this.counts = new long[rows][columns];
        this.status = new Figure.Status[rows][columns];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                counts[i][j] = table.withTotals(i, j);
                status[i][j] = Figure.Status.SHOWN;
            }
        }
    }

    long count(Cell c) {
        return counts[c.row()][c.column()];
    }

    Figure.Status status(Cell c) {
        return status[c.row()][c.column()];
    }

    boolean isShown(Cell c) {
        return status(c) == Figure.Status.SHOWN;
    }

    void mark(Cell c, Figure.Status s) {
        status[c.row()][c.column()] = s;
    }

    boolean isTotal(Cell c) {
        return c.row() == rows - 1 || c.column() == columns - 1;
    }

    /**
     * The sign with which a cell enters the sums of its row and its column: + for what is added up, - for the total it
     * adds up to, and + again for the grand total, which is the sum of sums. With it, every line sums to zero.
     */
    int sign(Cell c) {
        boolean inTotalRow = c.row() == rows - 1;
        boolean inTotalColumn = c.column() == columns - 1;
        return inTotalRow == inTotalColumn ? 1 : -1;
    }

    /** Every cell, totals included, row by row. */
    List<Cell> cells() {
        List<Cell> all = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) all.add(new Cell(i, j));
        }
        return all;
    }

    /** Every row, then every column, each ending with its total; the last row and column are those of the totals. */
    List<List<Cell>> lines() {
        List<List<Cell>> lines = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            List<Cell> line = new ArrayList<>();
            for (int j = 0; j < columns; j++) line.add(new Cell(i, j));
            lines.add(line);
        }
        for (int j = 0; j < columns; j++) {
            List<Cell> line = new ArrayList<>();
            for (int i = 0; i < rows; i++) line.add(new Cell(i, j));
            lines.add(line);
        }
        return lines;
    }

    /**
     * What it costs for a figure to move by one unit ({@code delta} +1 or -1) and stay within what a reader knows of
     * it, or {@link #CANNOT_MOVE}. 0 when its mark already allows the move; a shown count costs itself, to withhold
     * it (a zero cannot move: it is always shown). What a reader knows is {@link #lowest} and {@link #highest}.
     */
    long costToMove(Cell c, int delta, Change allowed) {
        long count = count(c);
        boolean within = delta > 0 ? count + 1 <= highest(c) : count - 1 >= lowest(c);
        if (!isShown(c)) return within ? 0 : CANNOT_MOVE;
        if (allowed == Change.NONE || count == 0 || !within) return CANNOT_MOVE;
        return count;
    }

    /**
     * The least count a reader knows a withheld figure (or a shown one, once withheld) to have. Zeros are always shown,
     * so every withheld figure is at least 1. An {@code "x"} cell is a count of at least t taken beside a small one
     * (a small cell is {@code "<t"}); an {@code "x"} total may be a small total or such a count, so it is only known
     * to be at least 1.
     */
    long lowest(Cell c) {
        return status(c) == Figure.Status.BELOW_THRESHOLD || isTotal(c) ? 1 : threshold;
    }

    /** The most a reader knows a withheld figure to have: t - 1 for a {@code "<t"}, no bound otherwise. */
    long highest(Cell c) {
        return status(c) == Figure.Status.BELOW_THRESHOLD ? threshold - 1 : Long.MAX_VALUE;
    }

    SuppressedTable publish(CountTable table) {
        Figure[][] figures = new Figure[rows][columns];
        for (Cell c : cells()) figures[c.row()][c.column()] = figure(c);
        return new SuppressedTable(table.rowKeys(), table.columnKeys(), figures, threshold);
    }

    private Figure figure(Cell c) {
        switch (status(c)) {
            case BELOW_THRESHOLD:
                return Figure.belowThreshold(threshold);
            case WITHHELD:
                return Figure.withheld();
            default:
                return Figure.shown(count(c));
        }
    }
}
