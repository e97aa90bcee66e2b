package org.setu.statistics.domain.disclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A reader who wants withheld counts back and has only what a {@link SuppressedTable} publishes: the shown counts,
 * which figures are withheld and how they are marked, and the knowledge that every row and every column adds up to its
 * total. Independent of {@link Suppression}: it searches, it does not reason about cycles.
 *
 * <ul>
 *   <li>{@link #solveLineByLine()}: a line with one unknown gives it; repeated until nothing more comes.</li>
 *   <li>{@link #bounds()}: for every withheld figure, the smallest and largest count that some table publishing the same
 *       figures could have there, found by an integer search over all the unknowns at once. It uses all that the
 *       marks and the published rules say: zeros are always shown, so every withheld figure is at least 1; a
 *       {@code "<t"} is at most t - 1; an {@code "x"} cell is at least t (small cells are {@code "<t"}), an
 *       {@code "x"} total only at least 1. A figure whose bounds meet is recovered. Meant for small tables.</li>
 * </ul>
 */
final class Attacker {

    /** The counts a withheld figure could have: {@code upper} is {@link Long#MAX_VALUE} when nothing bounds it. */
    record Range(long lower, long upper) {
        boolean exact() {
            return lower == upper;
        }
    }

    /** Σ coefficient · unknown = constant, for one line. */
    private record Equation(int[] unknowns, int[] coefficients, long constant) {
    }

    private final SuppressedTable table;
    private final int rows;
    private final int columns;
    private final List<Cell> unknowns = new ArrayList<>();
    private final Map<Cell, Integer> unknownIndex = new HashMap<>();
    private final long[] lower;
    private final long[] upper;
    private final List<Equation> equations = new ArrayList<>();
    /** Counts above this are not searched; a figure that reaches it is reported as unbounded. */
    private final long cap;

    Attacker(SuppressedTable table) {
        this.table = table;
        this.rows = table.rowKeys().size() + 1;
        this.columns = table.columnKeys().size() + 1;
        long shown = 0;
        for (Cell c : cells()) {
            Figure f = figure(c);
            if (f.isShown()) {
                shown += f.value().getAsLong();
            } else {
                unknownIndex.put(c, unknowns.size());
                unknowns.add(c);
            }
        }
        this.cap = 10 * (1 + shown + (long) table.threshold() * unknowns.size());
        this.lower = new long[unknowns.size()];
        this.upper = new long[unknowns.size()];
        for (int k = 0; k < unknowns.size(); k++) {
            Cell c = unknowns.get(k);
            boolean small = figure(c).status() == Figure.Status.BELOW_THRESHOLD;
            lower[k] = small || isTotal(c) ? 1 : table.threshold();
            upper[k] = small ? table.threshold() - 1 : cap;
        }
        for (List<Cell> line : lines()) equations.add(equationOf(line));
    }

    /** What repeated line solving recovers, ignoring the marks. */
    Map<Cell, Long> solveLineByLine() {
        Map<Cell, Long> known = new HashMap<>();
        for (Cell c : cells()) {
            if (figure(c).isShown()) known.put(c, figure(c).value().getAsLong());
        }
        Map<Cell, Long> recovered = new LinkedHashMap<>();
        boolean progress = true;
        while (progress) {
            progress = false;
            for (List<Cell> line : lines()) {
                List<Cell> open = line.stream().filter(c -> !known.containsKey(c)).toList();
                if (open.size() != 1) continue;
                Cell unknown = open.get(0);
                long rest = 0;
                for (Cell c : line) {
                    if (!c.equals(unknown)) rest += coefficient(line, c) * known.get(c);
                }
                long value = -rest * coefficient(line, unknown);
                known.put(unknown, value);
                recovered.put(unknown, value);
                progress = true;
            }
        }
        return recovered;
    }

    /** For every withheld figure, the counts it could have, given everything published. */
    Map<Cell, Range> bounds() {
        long[] some = solve(lower, upper, false);
        if (some == null) throw new IllegalStateException("no table publishes these figures, as this reader reads them");
        Map<Cell, Range> bounds = new LinkedHashMap<>();
        for (int k = 0; k < unknowns.size(); k++) {
            bounds.put(unknowns.get(k), new Range(lowest(k, some[k]), highest(k, some[k])));
        }
        return bounds;
    }

    /** The withheld figures whose count the search pins down. */
    Map<Cell, Long> recovered() {
        Map<Cell, Long> exact = new LinkedHashMap<>();
        bounds().forEach((cell, range) -> {
            if (range.exact()) exact.put(cell, range.lower());
        });
        return exact;
    }

    private long lowest(int k, long start) {
        long best = start;
        while (best - 1 >= lower[k]) {
            long[] hi = upper.clone();
            hi[k] = best - 1;
            long[] s = solve(lower, hi, false);
            if (s == null) break;
            best = s[k];
        }
        return best;
    }

    private long highest(int k, long start) {
        long best = start;
        while (best + 1 <= upper[k]) {
            long[] lo = lower.clone();
            lo[k] = best + 1;
            long[] s = solve(lo, upper, true);
            if (s == null) break;
            best = s[k];
            if (best >= cap) return Long.MAX_VALUE;
        }
        return best;
    }

    /** Some solution within the bounds, or null: bounds propagation, then splitting the narrowest open domain in two. */
    private long[] solve(long[] lo0, long[] hi0, boolean preferHigh) {
        long[] lo = lo0.clone();
        long[] hi = hi0.clone();
        if (!propagate(lo, hi)) return null;
        int split = -1;
        for (int k = 0; k < lo.length; k++) {
            if (lo[k] < hi[k] && (split < 0 || hi[k] - lo[k] < hi[split] - lo[split])) split = k;
        }
        if (split < 0) return satisfiesAll(lo) ? lo : null;
        long mid = lo[split] + (hi[split] - lo[split]) / 2;
        long[] lowHalf = hi.clone();
        lowHalf[split] = mid;
        long[] highHalf = lo.clone();
        highHalf[split] = mid + 1;
        long[] first = preferHigh ? solve(highHalf, hi, true) : solve(lo, lowHalf, false);
        if (first != null) return first;
        return preferHigh ? solve(lo, lowHalf, true) : solve(highHalf, hi, false);
    }

    /** Narrows every domain to what each equation allows, given the others; false when one becomes empty. */
    private boolean propagate(long[] lo, long[] hi) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Equation e : equations) {
                long min = 0;
                long max = 0;
                for (int t = 0; t < e.unknowns().length; t++) {
                    int k = e.unknowns()[t];
                    min += e.coefficients()[t] > 0 ? lo[k] : -hi[k];
                    max += e.coefficients()[t] > 0 ? hi[k] : -lo[k];
                }
                if (min > e.constant() || max < e.constant()) return false;
                for (int t = 0; t < e.unknowns().length; t++) {
                    int k = e.unknowns()[t];
                    int a = e.coefficients()[t];
                    long termMin = a > 0 ? lo[k] : -hi[k];
                    long termMax = a > 0 ? hi[k] : -lo[k];
                    long from = e.constant() - (max - termMax);
                    long to = e.constant() - (min - termMin);
                    long newLo = a > 0 ? from : -to;
                    long newHi = a > 0 ? to : -from;
                    if (newLo > lo[k]) {
                        lo[k] = newLo;
                        changed = true;
                    }
                    if (newHi < hi[k]) {
                        hi[k] = newHi;
                        changed = true;
                    }
                    if (lo[k] > hi[k]) return false;
                }
            }
        }
        return true;
    }

    private boolean satisfiesAll(long[] x) {
        for (Equation e : equations) {
            long sum = 0;
            for (int t = 0; t < e.unknowns().length; t++) sum += e.coefficients()[t] * x[e.unknowns()[t]];
            if (sum != e.constant()) return false;
        }
        return true;
    }

    private Equation equationOf(List<Cell> line) {
        List<Integer> vars = new ArrayList<>();
        List<Integer> coefs = new ArrayList<>();
        long constant = 0;
        for (Cell c : line) {
            Figure f = figure(c);
            if (f.isShown()) {
                constant -= coefficient(line, c) * f.value().getAsLong();
            } else {
                vars.add(unknownIndex.get(c));
                coefs.add(coefficient(line, c));
            }
        }
        return new Equation(vars.stream().mapToInt(Integer::intValue).toArray(),
                coefs.stream().mapToInt(Integer::intValue).toArray(), constant);
    }

    /** A line's cells add up to its last one, its total: Σ cells - total = 0. */
    private static int coefficient(List<Cell> line, Cell c) {
        return c.equals(line.get(line.size() - 1)) ? -1 : 1;
    }

    private boolean isTotal(Cell c) {
        return c.row() == rows - 1 || c.column() == columns - 1;
    }

    private Figure figure(Cell c) {
        return table.withTotals(c.row(), c.column());
    }

    private List<Cell> cells() {
        List<Cell> all = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) all.add(new Cell(i, j));
        }
        return all;
    }

    private List<List<Cell>> lines() {
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
}
