package org.setu.statistics.domain.disclosure;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Disclosure control of a count table (issue #17, item 3): every figure that leaves the statistics service has been
 * through {@link #apply}. What it guarantees, and what it does not, is in docs/statistics.md, "Disclosure control".
 *
 * <ol>
 *   <li>A cell of 1 to threshold - 1 is shown as {@code "<" + threshold}; a total of 1 to threshold - 1 is withheld
 *       as {@code "x"} (see {@link #markSmallCounts}). A zero is shown: it is no person.</li>
 *   <li>A line (a row or a column, with its total as one more cell) that would have exactly one figure withheld
 *       gets a second, its smallest non-zero count, so that its total does not give the first away.</li>
 *   <li>Lines can also be combined, and a reader knows what the marks say. Every withheld figure that could still
 *       be worked out gets the cheapest cycle of withheld figures it can move on (see {@link Cycles}).</li>
 * </ol>
 */
public final class Suppression {

    /** Counts under 5 are not published, as in most national statistics on small populations. */
    public static final int DEFAULT_THRESHOLD = 5;

    /** Under 3, the mark would itself give the count away: {@code "<2"} of a count that is not 0 can only be 1. */
    public static final int LOWEST_THRESHOLD = 3;

    private Suppression() {
    }

    public static SuppressedTable apply(CountTable table) {
        return apply(table, DEFAULT_THRESHOLD);
    }

    public static SuppressedTable apply(CountTable table, int threshold) {
        Worksheet sheet = new Worksheet(table, usable(threshold));
        markSmallCounts(sheet);
        giveEveryLineASecondWithheldFigure(sheet);
        protectWhatCombinedLinesWouldGiveAway(sheet);
        return sheet.publish(table);
    }

    /** The first step alone, which is not enough: tests show that a reader recovers cells from it. */
    static SuppressedTable smallCountsOnly(CountTable table, int threshold) {
        Worksheet sheet = new Worksheet(table, usable(threshold));
        markSmallCounts(sheet);
        return sheet.publish(table);
    }

    /** The first two steps, which are not enough either: single lines are safe, combinations of lines may not be. */
    static SuppressedTable lineByLineOnly(CountTable table, int threshold) {
        Worksheet sheet = new Worksheet(table, usable(threshold));
        markSmallCounts(sheet);
        giveEveryLineASecondWithheldFigure(sheet);
        return sheet.publish(table);
    }

    static int usable(int threshold) {
        if (threshold < LOWEST_THRESHOLD) {
            throw new IllegalArgumentException("the threshold is at least " + LOWEST_THRESHOLD + ", or its mark gives the count away: " + threshold);
        }
        return threshold;
    }

    /**
     * A count of 1 to threshold - 1 could single people out; 0 counts nobody and stays. A small total is withheld
     * without the {@code "<t"}: four cells of {@code "<5"} under a total of {@code "<5"} could only be 1 each, and no
     * further withholding could undo what those marks say together.
     */
    static void markSmallCounts(Worksheet sheet) {
        for (Cell c : sheet.cells()) {
            long count = sheet.count(c);
            if (count == 0 || count >= sheet.threshold) continue;
            sheet.mark(c, sheet.isTotal(c) ? Figure.Status.WITHHELD : Figure.Status.BELOW_THRESHOLD);
        }
    }

    /** A line with one figure withheld gives it away: its total minus the rest. Repeated, since each new one is in two lines. */
    static void giveEveryLineASecondWithheldFigure(Worksheet sheet) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (List<Cell> line : sheet.lines()) {
                if (withheldIn(sheet, line) != 1) continue;
                Optional<Cell> complement = complementIn(sheet, line);
                if (complement.isPresent()) {
                    sheet.mark(complement.get(), Figure.Status.WITHHELD);
                    changed = true;
                }
            }
        }
    }

    /**
     * The figure to withhold beside another: the smallest shown count that is not 0, because it costs readers least;
     * a cell before the line's total, because the total is the figure readers use most; on a tie, the first in key order.
     * A zero is never taken: an {@code "x"} tells the reader the count is at least 1, which would then be false.
     */
    static Optional<Cell> complementIn(Worksheet sheet, List<Cell> line) {
        Cell total = line.get(line.size() - 1);
        return line.stream()
                .filter(c -> sheet.isShown(c) && sheet.count(c) > 0)
                .min(Comparator.comparing((Cell c) -> c.equals(total)).thenComparingLong(sheet::count));
    }

    /**
     * Every withheld figure that a reader could still work out exactly, by combining lines and using what the marks
     * say, gets the cheapest cycle of withheld figures it can move on. Withholding more only widens what the reader
     * must allow, so no figure already safe becomes unsafe; the loop runs once more to be sure.
     */
    static void protectWhatCombinedLinesWouldGiveAway(Worksheet sheet) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Cell c : sheet.cells()) {
                if (sheet.isShown(c) || !Cycles.canBeWorkedOut(sheet, c)) continue;
                Cycles.Route route = Cycles.cheapestThrough(sheet, c)
                        .orElseThrow(() -> new IllegalStateException("no cycle can protect the figure at " + c));
                route.open(sheet);
                changed = true;
            }
        }
    }

    private static long withheldIn(Worksheet sheet, List<Cell> line) {
        return line.stream().filter(c -> !sheet.isShown(c)).count();
    }
}
