package org.setu.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SvgChartTest {

    @Test
    void aChartDrawsEverySeriesWithItsLegendAndTheTargetLine() {
        String svg = new SvgChart("Intake <rate>", "offered/s", "ms")
                .add(new SvgChart.Series("achieved /s", "#1f77b4", List.of(new SvgChart.Point(25, 25), new SvgChart.Point(50, 49))))
                .add(new SvgChart.Series("p99 ms", "#d62728", List.of(new SvgChart.Point(25, 80), new SvgChart.Point(50, 310))))
                .threshold(200, "p99 target 200 ms").render();

        assertThat(svg).startsWith("<svg ").endsWith("</svg>\n");
        assertThat(svg).contains("Intake &lt;rate&gt;", "achieved /s", "p99 ms", "p99 target 200 ms", "stroke-dasharray");
        assertThat(svg.split("<path ", -1)).hasSize(3);
    }

    @Test
    void axesEndAtARoundNumber() {
        assertThat(SvgChart.roundUp(310)).isEqualTo(500);
        assertThat(SvgChart.roundUp(1000)).isEqualTo(1000);
        assertThat(SvgChart.roundUp(0.7)).isEqualTo(1);
        assertThat(SvgChart.roundUp(21)).isEqualTo(25);
    }
}
