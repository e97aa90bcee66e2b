package org.setu.screening.domain.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Makes a CTDC export k-anonymous over its quasi-identifiers before it leaves Setu: every combination of their values
 * that remains is shared by at least k rows, so no query of the export can single out fewer than k people (CTDC
 * publishes its own dataset with k = 11).
 *
 * <p>First the values are generalised, one named step at a time and only while too many rows would still have to go;
 * then the rows of the classes still under k are suppressed. The steps generalise to CTDC's own missing value, so the
 * result stays in CTDC's codes.
 */
public final class KAnonymity {

    /** What an outsider may know of a person: when they were registered, who they are, where from and where exploited. */
    public static final List<String> QUASI_IDENTIFIERS =
            List.of("yearOfRegistration", "gender", "ageBroad", "majorityStatus", "citizenship", "CountryOfExploitation");

    /**
     * Generalising stops once no more than this share of the rows would be suppressed: each step costs detail in every
     * row, so a few rare rows are cheaper to drop than a column for everyone.
     */
    public static final double SUPPRESSION_BUDGET = 0.05;

    /** The export after anonymisation, and what it cost. */
    public record Anonymised(List<CtdcRow> rows, int k, List<String> quasiIdentifiers, List<String> generalisations,
                             int suppressed) {
    }

    /** A generalisation step: its name (as reported in the export's metadata) and what it does to the rows. */
    public record Step(String name, Function<List<CtdcRow>, List<CtdcRow>> apply) {
    }

    private KAnonymity() {
    }

    /** The steps, mildest first. */
    public static List<Step> steps(int k, String missing) {
        return List.of(
                new Step("citizenship held by fewer than k rows withheld", rows -> withholdRare(rows, "citizenship", k, missing)),
                new Step("CountryOfExploitation held by fewer than k rows withheld",
                        rows -> withholdRare(rows, "CountryOfExploitation", k, missing)),
                new Step("ageBroad withheld (majorityStatus kept)", rows -> withholdColumn(rows, "ageBroad", missing)));
    }

    public static Anonymised anonymise(List<CtdcRow> rows, int k, String missing) {
        if (k < 1) throw new IllegalArgumentException("k is at least 1: " + k);
        List<CtdcRow> current = rows;
        List<String> applied = new ArrayList<>();
        for (Step step : steps(k, missing)) {
            if (withinBudget(current, k)) break;
            current = step.apply().apply(current);
            applied.add(step.name());
        }
        List<CtdcRow> kept = suppressSmallClasses(current, k);
        return new Anonymised(kept, k, QUASI_IDENTIFIERS, applied, rows.size() - kept.size());
    }

    /** Few enough rows sit in classes under k that suppressing them is cheaper than generalising further. */
    static boolean withinBudget(List<CtdcRow> rows, int k) {
        return rowsInClassesUnder(rows, k) <= Math.floor(rows.size() * SUPPRESSION_BUDGET);
    }

    /** A value of the column that fewer than k rows share says too much: it becomes the missing value. */
    static List<CtdcRow> withholdRare(List<CtdcRow> rows, String column, int k, String missing) {
        Map<String, Long> counts = rows.stream().collect(Collectors.groupingBy(r -> r.get(column), Collectors.counting()));
        return rows.stream().map(r -> counts.get(r.get(column)) < k ? r.with(column, missing) : r).toList();
    }

    /** The column says too much in every row: it becomes the missing value everywhere. */
    static List<CtdcRow> withholdColumn(List<CtdcRow> rows, String column, String missing) {
        return rows.stream().map(r -> r.with(column, missing)).toList();
    }

    /** The rows whose class has at least k members; the others are dropped. */
    static List<CtdcRow> suppressSmallClasses(List<CtdcRow> rows, int k) {
        Map<List<String>, Long> sizes = classSizes(rows);
        return rows.stream().filter(r -> sizes.get(r.key(QUASI_IDENTIFIERS)) >= k).toList();
    }

    static long rowsInClassesUnder(List<CtdcRow> rows, int k) {
        return classSizes(rows).values().stream().filter(size -> size < k).mapToLong(Long::longValue).sum();
    }

    /** The size of each equivalence class: the rows that agree on every quasi-identifier. */
    public static Map<List<String>, Long> classSizes(List<CtdcRow> rows) {
        Map<List<String>, Long> sizes = new HashMap<>();
        rows.forEach(r -> sizes.merge(r.key(QUASI_IDENTIFIERS), 1L, Long::sum));
        return sizes;
    }
}
