package org.setu.bench;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class GatlingRunTest {

    @Test
    void theReportsStatisticsTableGivesTheRunAndEachRequestName() throws Exception {
        Map<String, GatlingRun.Stats> stats = GatlingRun.read(Path.of(getClass().getResource("/gatling-report").toURI()));

        assertThat(stats.keySet()).containsExactly("all", "get", "POST /screenings & more");
        GatlingRun.Stats all = stats.get("all");
        assertThat(all.count()).isEqualTo(40);
        assertThat(all.ko()).isZero();
        assertThat(all.meanPerSecond()).isEqualTo(20);
        assertThat(all.p50()).isEqualTo(5);
        assertThat(all.p95()).isEqualTo(279);
        assertThat(all.p99()).isEqualTo(306);
        assertThat(stats.get("POST /screenings & more").p99()).isEqualTo(412);
        assertThat(stats.get("POST /screenings & more").ko()).isEqualTo(2);
    }
}
