package org.setu.statistics.domain.disclosure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.setu.statistics.domain.disclosure.Tables.table;

/** The attacker is honest: given a table that is not protected enough, it does get the counts back. */
class AttackerTest {

    @Test
    void aSmallCellWithheldAloneIsRecoveredFromItsRowTotal() {
        CountTable table = table("""
                         dhaka  khulna  sylhet
                2026-10      3      12      20
                2026-11     15      18      25
                2026-12     30      22      27
                """);
        Attacker reader = new Attacker(Suppression.smallCountsOnly(table, 5));
        assertThat(reader.solveLineByLine()).containsEntry(new Cell(0, 0), 3L);
        assertThat(reader.recovered()).containsEntry(new Cell(0, 0), 3L);
    }

    @Test
    void smallCellsThatCoverEachOtherLineByLineAreRecoveredWhenTheLinesAreCombinedWithTheirMarks() {
        CountTable table = table("""
                         dhaka  khulna  sylhet
                2026-10      1       1      10
                2026-11      1       1      10
                2026-12     10      10      10
                """);
        Attacker reader = new Attacker(Suppression.lineByLineOnly(table, 5));
        assertThat(reader.solveLineByLine()).isEmpty();
        // each row says dhaka + khulna = 2, and a <5 is at least 1: both are 1
        assertThat(reader.recovered()).containsEntry(new Cell(0, 0), 1L).containsEntry(new Cell(0, 1), 1L)
                .containsEntry(new Cell(1, 0), 1L).containsEntry(new Cell(1, 1), 1L);
    }

    @Test
    void aWithheldCellOnACycleOfFourCanBeBoundedButNotRecovered() {
        CountTable table = table("""
                         dhaka  khulna  sylhet
                2026-10      3      12      20
                2026-11     15      18      25
                2026-12     30      22      27
                """);
        Attacker reader = new Attacker(Suppression.apply(table));
        // dhaka 2026-10 is 1 to 4 by its mark; the cycle with khulna 2026-10, dhaka and khulna 2026-11 keeps all four
        assertThat(reader.bounds()).containsEntry(new Cell(0, 0), new Attacker.Range(1, 4))
                .containsEntry(new Cell(0, 1), new Attacker.Range(11, 14));
        assertThat(reader.recovered()).isEmpty();
    }
}
