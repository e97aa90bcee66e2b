package org.setu.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.setu.devstack.StateFolder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CpuMeterTest {

    @Test
    void eachPartsCpuIsSharedOverTheOperationsAndTotalled() {
        Map<String, Double> before = Map.of("referral-service", 1_000.0, CpuMeter.POSTGRESQL, 500.0);
        Map<String, Double> after = Map.of("referral-service", 3_000.0, CpuMeter.POSTGRESQL, 1_500.0);

        Map<String, Double> per = CpuMeter.perOperation(before, after, 100);

        assertThat(per).containsEntry("referral-service", 20.0).containsEntry(CpuMeter.POSTGRESQL, 10.0)
                .containsEntry("total", 30.0);
    }

    @Test
    void aServiceRestartedDuringThePhaseIsLeftOutRatherThanCountedAsNegative() {
        Map<String, Double> before = Map.of("notification-service", 9_000.0, "kafka", 100.0);
        Map<String, Double> after = Map.of("notification-service", 200.0, "kafka", 300.0, "portal", 50.0);

        Map<String, Double> per = CpuMeter.perOperation(before, after, 10);

        assertThat(per).doesNotContainKeys("notification-service", "portal").containsEntry("kafka", 20.0)
                .containsEntry("total", 20.0);
    }

    @Test
    void aPhaseWithoutOperationsHasNoCostPerOperation() {
        assertThat(CpuMeter.perOperation(Map.of("kafka", 1.0), Map.of("kafka", 2.0), 0)).isEmpty();
    }

    @Test
    void aProcessNamedInTheRunFolderIsReadFromProcAndTheBenchCountsItself(@TempDir Path home) throws Exception {
        Path run = Files.createDirectories(home.resolve("run"));
        Files.writeString(run.resolve("kafka.pid"), Long.toString(ProcessHandle.current().pid()));
        Files.writeString(run.resolve("gone.pid"), "999999999");
        // work the CPU, so that this JVM has used some
        double x = 0;
        for (int i = 0; i < 20_000_000; i++) x += Math.sqrt(i);

        Map<String, Double> ms = CpuMeter.snapshot(new StateFolder(home, home));

        assertThat(x).isPositive();
        assertThat(ms.get("kafka")).isPositive();
        // the same process, read a moment later: its other threads (compiler, collector) only add
        assertThat(ms.get(CpuMeter.LOAD_GENERATOR)).isGreaterThanOrEqualTo(ms.get("kafka"));
        assertThat(ms).doesNotContainKey("gone").containsKey(CpuMeter.POSTGRESQL);
    }
}
