package org.setu.statistics.domain.disclosure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.setu.statistics.domain.disclosure.Tables.render;
import static org.setu.statistics.domain.disclosure.Tables.table;

/** Worked examples: a table before, the same table as published (threshold 5), and a reader who gets nothing back. */
class SuppressionTest {

    static Stream<Arguments> workedExamples() {
        return Stream.of(
                Arguments.of("a lone small cell in a row takes its smallest neighbour with it, and the column and the cycle close", """
                                 dhaka  khulna  sylhet
                        2026-10      3      12      20
                        2026-11     15      18      25
                        2026-12     30      22      27
                        """, """
                                 dhaka  khulna  sylhet  total
                        2026-10     <5       x      20     35
                        2026-11      x       x      25     58
                        2026-12     30      22      27     79
                        total       48      52      72    172
                        """),
                Arguments.of("a small cell whose row holds nothing else hides with its row total, and another row covers both", """
                                 dhaka  khulna  sylhet
                        2026-10      3       0       0
                        2026-11     15      18      25
                        2026-12     30      22      27
                        """, """
                                 dhaka  khulna  sylhet  total
                        2026-10     <5       0       0      x
                        2026-11      x      18      25      x
                        2026-12     30      22      27     79
                        total       48      40      52    140
                        """),
                Arguments.of("a column total that is itself small is withheld, and a neighbouring column covers it", """
                                 dhaka  khulna  sylhet
                        2026-10     40       2      12
                        2026-11     35       1       9
                        2026-12     30       0      16
                        """, """
                                 dhaka  khulna  sylhet  total
                        2026-10     40      <5       x     54
                        2026-11     35      <5       x     45
                        2026-12     30       0      16     46
                        total      105       x       x    145
                        """),
                Arguments.of("a list of one column hides its small entry together with the smallest other entry", """
                                 all
                        2026-10   12
                        2026-11    3
                        2026-12   20
                        """, """
                                 all  total
                        2026-10    x      x
                        2026-11   <5      x
                        2026-12   20     20
                        total     35     35
                        """),
                Arguments.of("a table of zeros and one 3 shows the zeros and hides the 3 wherever it adds up", """
                                 dhaka  khulna  sylhet
                        2026-10      0       0       0
                        2026-11      0       3       0
                        """, """
                                 dhaka  khulna  sylhet  total
                        2026-10      0       0       0      0
                        2026-11      0      <5       0      x
                        total        0       x       0      x
                        """),
                Arguments.of("small cells that cover each other line by line are still protected from the lines combined", """
                                 dhaka  khulna  sylhet
                        2026-10      1       1      10
                        2026-11      1       1      10
                        2026-12     10      10      10
                        """, """
                                 dhaka  khulna  sylhet  total
                        2026-10     <5      <5       x     12
                        2026-11     <5      <5       x     12
                        2026-12      x       x       x     30
                        total       12      12      30     54
                        """),
                Arguments.of("four cells of <5 in a month of 4 are not given away by their marks", """
                                 a  b  c  d  e
                        2026-10  1  1  1  1  0
                        2026-11  9  9  9  9  9
                        2026-12  9  9  9  9  9
                        """, """
                                  a   b   c   d   e  total
                        2026-10  <5  <5  <5  <5   0      x
                        2026-11   x   x   x   x   9      x
                        2026-12   9   9   9   9   9     45
                        total    19  19  19  19  18     94
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workedExamples")
    void workedExample(String promise, String before, String published) {
        CountTable table = table(before);
        SuppressedTable result = Suppression.apply(table);
        assertThat(render(result)).isEqualTo(published);
        Attacker reader = new Attacker(result);
        assertThat(reader.solveLineByLine()).isEmpty();
        assertThat(reader.recovered()).isEmpty();
    }

    @Test
    void aTableWithoutSmallCountsIsPublishedAsItIs() {
        CountTable table = table("""
                         dhaka  khulna
                2026-10      5      12
                2026-11     15       0
                """);
        assertThat(render(Suppression.apply(table))).isEqualTo(render(table));
    }

    @Test
    void theThresholdIsAParameterAndTheMarkSaysWhichOneWasUsed() {
        CountTable table = table("""
                         dhaka  khulna  sylhet
                2026-10      7      12      20
                2026-11     15      18      25
                """);
        SuppressedTable result = Suppression.apply(table, 10);
        assertThat(result.display("2026-10", "dhaka")).isEqualTo("<10");
        assertThat(result.cell("2026-10", "dhaka").value()).isEmpty();
        assertThat(result.threshold()).isEqualTo(10);
        assertThat(new Attacker(result).recovered()).isEmpty();
    }

    @Test
    void aWithheldFigureCarriesNoCount() {
        SuppressedTable result = Suppression.apply(table("""
                         dhaka  khulna  sylhet
                2026-10      3      12      20
                2026-11     15      18      25
                2026-12     30      22      27
                """));
        assertThat(result.cell("2026-10", "dhaka").status()).isEqualTo(Figure.Status.BELOW_THRESHOLD);
        assertThat(result.cell("2026-10", "dhaka").value()).isEmpty();
        assertThat(result.cell("2026-10", "khulna").status()).isEqualTo(Figure.Status.WITHHELD);
        assertThat(result.display("2026-10", "khulna")).isEqualTo("x");
        assertThat(result.cell("2026-10", "khulna").value()).isEmpty();
        assertThat(result.rowTotal("2026-10").value()).hasValue(35);
        assertThat(result.cell("2026-12", "dhaka").value()).hasValue(30);
        assertThat(result.displayColumnTotal("dhaka")).isEqualTo("48");
        assertThat(result.displayGrandTotal()).isEqualTo("172");
    }

    @Test
    void aThresholdUnderThreeIsRefusedBecauseItsMarkWouldGiveTheCountAway() {
        CountTable table = table("""
                         dhaka
                2026-10      1
                """);
        assertThatThrownBy(() -> Suppression.apply(table, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSameTableIsAlwaysPublishedTheSameWay() {
        CountTable table = largeTable(new Random(11), 6, 20);
        assertThat(render(Suppression.apply(table))).isEqualTo(render(Suppression.apply(table)));
    }

    /** Too large for the attacker's search, so only what can be checked line by line: the rest is the random test's job. */
    @Test
    void twoYearsByDistrictAndSexKeepEveryLineSafe() {
        CountTable table = largeTable(new Random(3), 24, 64 * 3);
        SuppressedTable result = Suppression.apply(table);
        Worksheet published = new Worksheet(table, Suppression.DEFAULT_THRESHOLD);
        for (List<Cell> line : published.lines()) {
            long withheld = line.stream().filter(c -> !result.withTotals(c.row(), c.column()).isShown()).count();
            assertThat(withheld).as("withheld figures in a line").isNotEqualTo(1);
            for (Cell c : line) {
                Figure f = result.withTotals(c.row(), c.column());
                if (f.isShown()) assertThat(f.value().getAsLong()).isEqualTo(published.count(c)).satisfiesAnyOf(
                        v -> assertThat(v).isZero(), v -> assertThat(v).isGreaterThanOrEqualTo(Suppression.DEFAULT_THRESHOLD));
            }
        }
        assertThat(new Attacker(result).solveLineByLine()).isEmpty();
    }

    /** Months by breakdown values with many small counts: a third zeros, a third 1 to 4, a third 5 to 44. */
    static CountTable largeTable(Random random, int months, int values) {
        List<String> rows = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < months; i++) rows.add("m" + i);
        for (int j = 0; j < values; j++) columns.add("v" + j);
        List<CountTable.Count> counts = new ArrayList<>();
        for (String row : rows) {
            for (String column : columns) {
                int kind = random.nextInt(3);
                long count = kind == 0 ? 0 : kind == 1 ? 1 + random.nextInt(4) : 5 + random.nextInt(40);
                counts.add(new CountTable.Count(row, column, count));
            }
        }
        return CountTable.of(rows, columns, counts);
    }
}
