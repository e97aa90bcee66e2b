package org.setu.bench;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PercentilesTest {

    @Test
    void theNinetyNinthOfAHundredIsTheSecondLargest() {
        List<Double> values = new ArrayList<>();
        for (int i = 100; i >= 1; i--) values.add((double) i);

        Percentiles p = new Percentiles(values);

        assertThat(p.at(0.5)).isEqualTo(50);
        assertThat(p.at(0.99)).isEqualTo(99);
        assertThat(p.max()).isEqualTo(100);
    }

    @Test
    void noValuesGiveNoFigure() {
        assertThat(new Percentiles(List.of()).at(0.99)).isNaN();
    }

    @Test
    void screeningsWhoseEmailNeverCameAreCountedAsMissingNotAsFast() {
        Summary.Latency l = Bench.latency(List.of(120.0, Double.NaN, 80.0));

        assertThat(l.count()).isEqualTo(2);
        assertThat(l.missing()).isEqualTo(1);
        assertThat(l.max()).isEqualTo(120);
    }
}
