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

    /**
     * Intake rates and step length from the environment ({@code SETU_BENCH_INTAKE_RATES=30,30,30},
     * {@code SETU_BENCH_INTAKE_SECONDS=40}): holding one rate for a while is how a profile of the services is taken.
     */
    Settings withIntakeFrom(java.util.Map<String, String> env) {
        String rates = env.get("SETU_BENCH_INTAKE_RATES");
        String seconds = env.get("SETU_BENCH_INTAKE_SECONDS");
        if (rates == null && seconds == null) return this;
        List<Integer> r = rates == null ? intakeRates
                : java.util.Arrays.stream(rates.split(",")).map(String::trim).map(Integer::valueOf).toList();
        int s = seconds == null ? intakeStepSeconds : Integer.parseInt(seconds.trim());
        return new Settings(quick, r, s, closedLoopRate, closedLoopSeconds, clients, transitionSeconds, directoryServices,
                directorySeconds, pgbenchSeconds, producerRecords, drainSeconds);
    }
}
