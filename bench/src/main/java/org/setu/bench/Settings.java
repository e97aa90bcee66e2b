package org.setu.bench;

import java.util.List;

/** How long and how hard each phase runs: the full run for the report, or {@code --quick} to try it in minutes. */
record Settings(boolean quick, List<Integer> intakeRates, int intakeStepSeconds, int closedLoopRate, int closedLoopSeconds,
                int clients, int transitionSeconds, int directoryServices, int directorySeconds, int pgbenchSeconds,
                int producerRecords, int drainSeconds) {

    static Settings fullRun() {
        return new Settings(false, List.of(5, 10, 15, 20, 25, 35, 50, 75, 100, 150, 200, 300, 400, 600, 800, 1000, 1200), 20,
                50, 120, 8, 60, 100_000, 60, 30, 200_000, 120);
    }

    static Settings quickRun() {
        return new Settings(true, List.of(10, 25, 50, 100), 8, 50, 30, 8, 15, 100_000, 15, 10, 50_000, 60);
    }
}
