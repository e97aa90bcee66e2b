package org.setu.statistics.domain.disclosure;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The true counts of a table and the totals published with them. */
class CountTableTest {

    @Test
    void totalsAddUpTheRowsTheColumnsAndTheWholeTable() {
        CountTable table = Tables.table("""
                         dhaka  khulna
                2026-10      3      12
                2026-11     15       0
                """);
        assertThat(table.rowTotal("2026-10")).isEqualTo(15);
        assertThat(table.rowTotal("2026-11")).isEqualTo(15);
        assertThat(table.columnTotal("dhaka")).isEqualTo(18);
        assertThat(table.columnTotal("khulna")).isEqualTo(12);
        assertThat(table.grandTotal()).isEqualTo(30);
    }

    @Test
    void aMonthNobodyWasCountedInStillHasItsRowOfZeros() {
        CountTable table = CountTable.of(List.of("2026-10", "2026-11"), List.of("dhaka", "khulna"),
                List.of(new CountTable.Count("2026-10", "dhaka", 4)));
        assertThat(table.count("2026-10", "khulna")).isZero();
        assertThat(table.rowTotal("2026-11")).isZero();
        assertThat(table.rowKeys()).containsExactly("2026-10", "2026-11");
    }

    @Test
    void withoutKeysTheRowsAndColumnsFollowTheOrderTheCountsNameThem() {
        CountTable table = CountTable.of(List.of(
                new CountTable.Count("2026-11", "sylhet", 1),
                new CountTable.Count("2026-10", "dhaka", 2),
                new CountTable.Count("2026-11", "dhaka", 3)));
        assertThat(table.rowKeys()).containsExactly("2026-11", "2026-10");
        assertThat(table.columnKeys()).containsExactly("sylhet", "dhaka");
    }

    @Test
    void countsGivenTwiceForOneCellAddUp() {
        CountTable table = CountTable.of(List.of(
                new CountTable.Count("2026-10", "dhaka", 2),
                new CountTable.Count("2026-10", "dhaka", 5)));
        assertThat(table.count("2026-10", "dhaka")).isEqualTo(7);
    }

    @Test
    void aNegativeCountIsRefused() {
        assertThatThrownBy(() -> new CountTable.Count("2026-10", "dhaka", -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCountForAMonthTheTableDoesNotHaveIsRefused() {
        assertThatThrownBy(() -> CountTable.of(List.of("2026-10"), List.of("dhaka"),
                List.of(new CountTable.Count("2026-12", "dhaka", 1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2026-12");
    }

    @Test
    void aTableHasAtLeastOneRowAndOneColumn() {
        assertThatThrownBy(() -> CountTable.of(List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
