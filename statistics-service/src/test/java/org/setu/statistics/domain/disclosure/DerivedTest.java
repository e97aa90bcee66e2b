package org.setu.statistics.domain.disclosure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rates and quantiles are shown only when they cannot be turned back into a small count. */
class DerivedTest {

    @ParameterizedTest(name = "{0} of {1}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            5  | 20 | 0.25 | shown: 5 accepted and 15 not are both at least 5
            0  | 20 | 0.0  | shown: none accepted is no person
            20 | 20 | 1.0  | shown: all accepted is no person left out
            1  | 20 |      | withheld: 5% of 20 is one person
            19 | 20 |      | withheld: 95% of 20 says one was not accepted
            5  | 9  |      | withheld: the 4 not accepted are a small count
            0  | 4  |      | withheld: a denominator under the threshold is itself a small count
            0  | 0  |      | withheld: nothing to divide
            """)
    void aRateIsShownOnlyWhenNeitherItsPartNorTheRestIsSmall(long numerator, long denominator, Double expected, String why) {
        OptionalDouble rate = Derived.rate(numerator, denominator, 5);
        if (expected == null) assertThat(rate).isEmpty();
        else assertThat(rate).hasValue(expected);
    }

    @Test
    void aRateWhoseNumeratorExceedsItsDenominatorIsRefused() {
        assertThatThrownBy(() -> Derived.rate(6, 5, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "q = {0} of 1..10 is {1}")
    @CsvSource({"0.5, 5", "0.9, 9", "0.1, 1", "0.0, 1", "1.0, 10", "0.55, 6"})
    void aQuantileIsTheObservationOfNearestRank(double q, long expected) {
        List<Long> days = List.of(10L, 3L, 7L, 1L, 9L, 2L, 8L, 4L, 6L, 5L);
        assertThat(Derived.quantile(days, q, 5)).hasValue(expected);
    }

    @Test
    void theMedianTimeToAcceptOfFewerThanThresholdReferralsIsNotShown() {
        assertThat(Derived.quantile(List.of(2L, 5L, 1L, 9L), 0.5, 5)).isEmpty();
        assertThat(Derived.quantile(List.of(2L, 5L, 1L, 9L, 4L), 0.5, 5)).hasValue(4);
    }

    @Test
    void aQuantileOutsideZeroToOneIsRefused() {
        assertThatThrownBy(() -> Derived.quantile(List.of(1L, 2L, 3L, 4L, 5L), 1.5, 5)).isInstanceOf(IllegalArgumentException.class);
    }
}
