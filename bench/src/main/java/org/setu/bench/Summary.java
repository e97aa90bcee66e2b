package org.setu.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything one run measured; written as summary.json and turned into the report. Times in milliseconds. */
public final class Summary {

    public record Machine(String host, int cores, long memoryMiB, String os, String java, String serviceJavaOptions,
                          String loadBefore, String loadAfter) {
    }

    public record IntakeStep(int offeredPerSecond, double achievedPerSecond, long requests, long failed, double p50, double p95,
                             double p99, double max, boolean withinTarget) {
    }

    public record Latency(long count, long missing, double p50, double p95, double p99, double max) {
    }

    /** The screenings POSTed in one second of the closed-loop run, and how long their emails took. */
    public record Second(int second, long screenings, double p50, double p99) {
    }

    public record Requests(String name, long count, long failed, double perSecond, double p50, double p95, double p99, double max) {
    }

    public record Lag(String service, String phase, double p50, double p99, double max, long events) {
    }

    /** Start times: {@code startSeconds} as the platform started (all at once), {@code startAloneSeconds} restarted one at a time. */
    public record Memory(String service, double idleMiB, double underLoadMiB, double startSeconds, double startAloneSeconds) {
    }

    /** One row of the report's main table: the figure, what it came to, its target, and whether it was met. */
    public record Figure(String figure, String measured, String target, Boolean met, String ratio) {
    }

    public String command;
    public String startedAt;
    public double minutes;
    public boolean quick;
    /** The server ran without autovacuum, so the run vacuumed every service database between phases. */
    public boolean vacuumedBetweenPhases;
    public Machine machine;
    public Baselines.Pgbench pgbench;
    public Baselines.Producer producer;
    public List<IntakeStep> intake = new ArrayList<>();
    public Integer intakeBestRate;
    public Latency closedLoopToSent;
    public Latency closedLoopToEmail;
    public Requests closedLoopPosts;
    public List<Second> closedLoopPerSecond = new ArrayList<>();
    public List<Requests> transitions = new ArrayList<>();
    public double transitionsPerSecond;
    public double directoryLoadSeconds;
    public int directoryServices;
    public List<Requests> directory = new ArrayList<>();
    public List<Lag> outboxLag = new ArrayList<>();
    /** CPU milliseconds per operation of a phase, by part of the platform (and "total"), from /proc (CpuMeter). */
    public Map<String, Map<String, Double>> cpuMsPerOperation = new LinkedHashMap<>();
    public List<Memory> memory = new ArrayList<>();
    public Map<String, String> reports = new LinkedHashMap<>();
    public List<String> problems = new ArrayList<>();
    public List<Figure> figures = new ArrayList<>();
}
