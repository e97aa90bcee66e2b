package org.setu.statistics.domain.disclosure;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a few hundred small random tables with many small counts, no reader gets a withheld count back, and what is
 * shown is true. The same tables, protected by the first steps only, do leak: the test can fail.
 */
class SuppressionPropertyTest {

    static final int TABLES = 300;

    @ParameterizedTest(name = "threshold {0}")
    @ValueSource(ints = {3, 5, 10})
    void noRandomTableGivesAwayACountBelowTheThreshold(int threshold) {
        Random random = new Random(17);
        for (int n = 0; n < TABLES; n++) {
            CountTable table = randomTable(random, threshold);
            SuppressedTable published = Suppression.apply(table, threshold);
            String seen = Tables.render(table) + "published as\n" + Tables.render(published);

            assertTrueToTheCounts(table, published, seen);
            assertTotalsAgreeWithTheShownCells(published, seen);
            Attacker reader = new Attacker(published);
            assertThat(reader.solveLineByLine()).as(seen).isEmpty();
            assertThat(reader.recovered()).as(seen).isEmpty();
        }
    }

    @ParameterizedTest(name = "threshold {0}")
    @ValueSource(ints = {3, 5, 10})
    void theSameTablesLeakWhenOnlyTheSmallCountsAreWithheld(int threshold) {
        assertThat(leakingTables(threshold, Suppression::smallCountsOnly)).isGreaterThan(TABLES / 2);
    }

    @ParameterizedTest(name = "threshold {0}")
    @ValueSource(ints = {3, 5, 10})
    void theSameTablesLeakWhenEachLineIsProtectedOnItsOwn(int threshold) {
        assertThat(leakingTables(threshold, Suppression::lineByLineOnly)).isPositive();
    }

    private static int leakingTables(int threshold, BiFunction<CountTable, Integer, SuppressedTable> protection) {
        Random random = new Random(17);
        int leaking = 0;
        for (int n = 0; n < TABLES; n++) {
            if (!new Attacker(protection.apply(randomTable(random, threshold), threshold)).recovered().isEmpty()) leaking++;
        }
        return leaking;
    }

    /** Shown figures are the counts, and 0 or at least t; a "<t" is 1 to t - 1; an "x" cell is at least t, an "x" total at least 1. */
    private static void assertTrueToTheCounts(CountTable table, SuppressedTable published, String seen) {
        int t = published.threshold();
        for (int i = 0; i <= table.rowKeys().size(); i++) {
            for (int j = 0; j <= table.columnKeys().size(); j++) {
                long count = table.withTotals(i, j);
                Figure f = published.withTotals(i, j);
                boolean total = i == table.rowKeys().size() || j == table.columnKeys().size();
                switch (f.status()) {
                    case SHOWN:
                        assertThat(f.value()).as(seen).hasValue(count);
                        assertThat(count == 0 || count >= t).as(seen).isTrue();
                        break;
                    case BELOW_THRESHOLD:
                        assertThat(count).as(seen).isBetween(1L, t - 1L);
                        break;
                    default:
                        assertThat(count).as(seen).isGreaterThanOrEqualTo(total ? 1 : t);
                }
            }
        }
    }

    /** From the published figures alone: a line shown in full adds up; shown parts never exceed a shown total. */
    private static void assertTotalsAgreeWithTheShownCells(SuppressedTable published, String seen) {
        int rows = published.rowKeys().size() + 1;
        int columns = published.columnKeys().size() + 1;
        for (int i = 0; i < rows; i++) {
            List<Figure> line = new ArrayList<>();
            for (int j = 0; j < columns; j++) line.add(published.withTotals(i, j));
            assertAddsUp(line, seen);
        }
        for (int j = 0; j < columns; j++) {
            List<Figure> line = new ArrayList<>();
            for (int i = 0; i < rows; i++) line.add(published.withTotals(i, j));
            assertAddsUp(line, seen);
        }
    }

    private static void assertAddsUp(List<Figure> line, String seen) {
        Figure total = line.get(line.size() - 1);
        List<Figure> parts = line.subList(0, line.size() - 1);
        long shown = parts.stream().filter(Figure::isShown).mapToLong(f -> f.value().getAsLong()).sum();
        boolean allShown = parts.stream().allMatch(Figure::isShown);
        if (!total.isShown()) return;
        if (allShown) assertThat(shown).as(seen).isEqualTo(total.value().getAsLong());
        else assertThat(shown).as(seen).isLessThan(total.value().getAsLong());
    }

    /** 1 to 3 months by 1 to 4 districts: a quarter zeros, two fifths small, the rest up to 4 × the threshold. */
    static CountTable randomTable(Random random, int threshold) {
        int months = 1 + random.nextInt(3);
        int districts = 1 + random.nextInt(4);
        List<String> rows = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < months; i++) rows.add("2026-" + (10 + i));
        for (int j = 0; j < districts; j++) columns.add("d" + j);
        List<CountTable.Count> counts = new ArrayList<>();
        for (String row : rows) {
            for (String column : columns) {
                double p = random.nextDouble();
                long count = p < 0.25 ? 0 : p < 0.65 ? 1 + random.nextInt(threshold - 1) : threshold + random.nextInt(3 * threshold);
                counts.add(new CountTable.Count(row, column, count));
            }
        }
        return CountTable.of(rows, columns, counts);
    }
}
