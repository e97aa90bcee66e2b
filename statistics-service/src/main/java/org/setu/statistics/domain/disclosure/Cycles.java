package org.setu.statistics.domain.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.setu.statistics.domain.disclosure.Worksheet.Change;

/**
 * Cycles of withheld figures. A reader knows that every line adds up, so withheld figures can only differ from their
 * true counts together: one more in a cell needs one less in another cell of its row (or one more in the row's
 * total), and so on until the change comes back to where it started. Such a cycle is a second table that publishes
 * the same. A withheld figure on no such cycle, within what the marks allow, can be worked out exactly.
 *
 * <p>The cells are the edges of a graph whose nodes are the lines: cell (i, j) joins row i to column j. A change of
 * +1 to {@code sign * count} goes from the row to the column, -1 back; a cycle that uses each cell once keeps every
 * line's sum. Without the marks this is the bridge test (a withheld cell on no cycle of withheld cells is known);
 * with them, a {@code "<5"} of 1 cannot go down, one of 4 cannot go up and an {@code "x"} cell of 5 cannot go down,
 * which the bridge test misses.
 */
final class Cycles {

    /** A cell and the way it moves on a cycle. */
    record Step(Cell cell, int delta) {
    }

    /** A cycle through a cell, and what making it possible costs: the sum of the counts to withhold. */
    record Route(List<Step> steps, long cost) {
        /** Withholds the shown counts on the cycle, so that it is one the reader must allow. */
        void open(Worksheet sheet) {
            for (Step step : steps) {
                if (sheet.isShown(step.cell())) sheet.mark(step.cell(), Figure.Status.WITHHELD);
            }
        }
    }

    private static final long UNREACHED = Long.MAX_VALUE;

    private Cycles() {
    }

    /** The reader can tell this withheld figure's count: it can move neither up nor down on any cycle the marks allow. */
    static boolean canBeWorkedOut(Worksheet sheet, Cell cell) {
        return route(sheet, cell, +1, Change.NONE).isEmpty() && route(sheet, cell, -1, Change.NONE).isEmpty();
    }

    /** The cheapest cycle that would let this figure move, up or down, by withholding shown counts: the smaller first. */
    static Optional<Route> cheapestThrough(Worksheet sheet, Cell cell) {
        Optional<Route> up = route(sheet, cell, +1, Change.WITHHOLD);
        Optional<Route> down = route(sheet, cell, -1, Change.WITHHOLD);
        if (up.isEmpty()) return down;
        if (down.isEmpty()) return up;
        return down.get().cost() < up.get().cost() ? down : up;
    }

    /**
     * The cheapest cycle on which {@code cell} moves by {@code delta}: Dijkstra over the lines from one end of the cell
     * back to the other, a cell costing what {@link Worksheet#costToMove} says, changing no more than {@code allowed}.
     */
    static Optional<Route> route(Worksheet sheet, Cell cell, int delta, Change allowed) {
        long ownCost = sheet.costToMove(cell, delta, allowed);
        if (ownCost == Worksheet.CANNOT_MOVE) return Optional.empty();
        boolean rowToColumn = sheet.sign(cell) * delta > 0;
        int rowNode = cell.row();
        int columnNode = sheet.rows + cell.column();
        int from = rowToColumn ? columnNode : rowNode;
        int to = rowToColumn ? rowNode : columnNode;

        int nodes = sheet.rows + sheet.columns;
        long[] distance = new long[nodes];
        Step[] arrivedBy = new Step[nodes];
        boolean[] settled = new boolean[nodes];
        Arrays.fill(distance, UNREACHED);
        distance[from] = 0;
        while (true) {
            int u = closestUnsettled(distance, settled);
            if (u < 0 || u == to) break;
            settled[u] = true;
            boolean uIsRow = u < sheet.rows;
            int others = uIsRow ? sheet.columns : sheet.rows;
            for (int k = 0; k < others; k++) {
                Cell next = uIsRow ? new Cell(u, k) : new Cell(k, u - sheet.rows);
                if (next.equals(cell)) continue;
                int v = uIsRow ? sheet.rows + k : k;
                if (settled[v]) continue;
                // leaving a row adds to sign * count; leaving a column takes from it
                int nextDelta = uIsRow ? sheet.sign(next) : -sheet.sign(next);
                long cost = sheet.costToMove(next, nextDelta, allowed);
                if (cost == Worksheet.CANNOT_MOVE) continue;
                if (distance[u] + cost < distance[v]) {
                    distance[v] = distance[u] + cost;
                    arrivedBy[v] = new Step(next, nextDelta);
                }
            }
        }
        if (distance[to] == UNREACHED) return Optional.empty();

        List<Step> steps = new ArrayList<>();
        steps.add(new Step(cell, delta));
        for (int v = to; v != from; ) {
            Step step = arrivedBy[v];
            steps.add(step);
            v = v < sheet.rows ? sheet.rows + step.cell().column() : step.cell().row();
        }
        return Optional.of(new Route(steps, ownCost + distance[to]));
    }

    private static int closestUnsettled(long[] distance, boolean[] settled) {
        int best = -1;
        for (int v = 0; v < distance.length; v++) {
            if (!settled[v] && distance[v] != UNREACHED && (best < 0 || distance[v] < distance[best])) best = v;
        }
        return best;
    }
}
