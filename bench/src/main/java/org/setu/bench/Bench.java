package org.setu.bench;

import org.setu.bench.simulations.ClosedLoopSimulation;
import org.setu.bench.simulations.DirectorySimulation;
import org.setu.bench.simulations.IntakeSimulation;
import org.setu.bench.simulations.TransitionsSimulation;
import org.setu.devstack.Platform;
import org.setu.devstack.SetuService;
import org.setu.devstack.StateFolder;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code ./setu bench [--quick]}: starts the platform (or uses the one running), measures the machine's baselines,
 * runs the simulations one after another, reads what the services recorded, and writes the summary, the charts and
 * the report. A phase that fails is noted in the report and the run goes on with the next.
 */
public final class Bench {

    private final Settings settings;
    private final StateFolder state;
    private final Path out;
    private final Path gatling;
    /** What every run does, whichever phases it was asked for. */
    private static final List<String> ALWAYS = List.of("idle footprint", "warm-up", "cleanup");
    static final String CLOSED_LOOP_CPU = "a screening through the closed loop";
    static final String TRANSITION_CPU = "a referral transition request (create, accept, start or complete)";
    /** The phases to run ({@code --only intake,closed-loop}); empty: all. */
    private final List<String> only;
    private final Summary summary = new Summary();
    private final Map<SetuService, Double> peakRss = new ConcurrentHashMap<>();
    private volatile boolean underLoad;
    private Platform platform;

    private Bench(Settings settings, StateFolder state, List<String> only) {
        this.settings = settings;
        this.state = state;
        this.out = state.repoRoot().resolve("bench/target/bench");
        this.gatling = state.repoRoot().resolve("bench/target/gatling");
        this.only = only;
    }

    public static void main(String[] args) throws Exception {
        List<String> a = List.of(args);
        boolean quick = a.contains("--quick");
        int at = a.indexOf("--only");
        List<String> only = at >= 0 && at + 1 < a.size() ? List.of(a.get(at + 1).split(",")) : List.of();
        Bench bench = new Bench((quick ? Settings.quickRun() : Settings.fullRun()).withIntakeFrom(System.getenv()),
                StateFolder.locate(), only);
        int code = bench.run(("./setu bench " + String.join(" ", a)).trim());
        System.exit(code);
    }

    int run(String command) throws Exception {
        Instant t0 = Instant.now();
        Files.createDirectories(out.resolve("logs"));
        summary.command = command;
        summary.quick = settings.quick();
        summary.startedAt = t0.truncatedTo(ChronoUnit.SECONDS).toString();
        String loadBefore = loadAverage();
        say("Starting (or finding) the platform …");
        platform = Platform.start(state, Platform.Options.full(), line -> say("  " + line));
        Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "bench-platform-stop"));
        Backlog.broker(platform.kafkaBootstrap());
        Thread sampler = new Thread(this::sampleMemory, "bench-rss");
        sampler.setDaemon(true);
        sampler.start();
        try {
            phase("idle footprint", this::idleFootprint);
            phase("warm-up", this::warmUp);
            phase("pgbench baseline", () -> summary.pgbench = Baselines.pgbench(platform.postgres(), out.resolve("logs"), settings.pgbenchSeconds()));
            phase("Kafka producer baseline", () -> summary.producer = Baselines.producer(state, platform.kafkaBootstrap(),
                    out.resolve("logs"), settings.producerRecords()));
            phase("intake", this::intake);
            phase("closed loop", this::closedLoop);
            phase("referral transitions", this::transitions);
            phase("directory search and match", this::directory);
        } finally {
            phase("cleanup", () -> GeneratedDirectory.remove(platform.postgres()));
            peakMemory();
            summary.machine = machine(loadBefore, loadAverage(), Footprint.serviceJavaOptions(state));
            summary.minutes = Duration.between(t0, Instant.now()).toSeconds() / 60.0;
            Report report = new Report(summary, settings, state.repoRoot());
            report.write(out);
            if (!settings.quick() && only.isEmpty()) report.publish(state.repoRoot().resolve("docs"));
            say("Summary: " + out.resolve("summary.json"));
            say("Report:  " + out.resolve("report.md") + (settings.quick() ? "" : " (and docs/benchmarks.md)"));
            platform.close();
        }
        return summary.problems.isEmpty() ? 0 : 1;
    }

    // ---- phases -------------------------------------------------------------------------------------------------

    private void idleFootprint() throws Exception {
        Backlog.drain(platform.postgres(), Duration.ofSeconds(settings.drainSeconds()));
        Thread.sleep(5000); // let start-up work (caches, JIT of the first requests) settle
        Map<SetuService, Double> idle = Footprint.rss(state);
        Map<SetuService, Double> together = Footprint.startSeconds(state);
        Map<SetuService, Double> alone = new java.util.EnumMap<>(SetuService.class);
        if (platform.controlsEverything()) {
            // started together, the services and Keycloak share the cores; one at a time shows a service's own start
            for (SetuService s : SetuService.all()) {
                platform.crashAndRestart(s);
                Double t = Footprint.startSeconds(state).get(s);
                if (t != null) alone.put(s, t);
            }
        }
        for (SetuService s : SetuService.all()) {
            summary.memory.add(new Summary.Memory(s.module(), idle.getOrDefault(s, Double.NaN), Double.NaN,
                    together.getOrDefault(s, Double.NaN), alone.getOrDefault(s, Double.NaN)));
        }
    }

    /**
     * Traffic through every path before anything is measured: the services' JIT, their connection pools and
     * Keycloak's key cache start cold, and the first phase should not pay for that alone. The full run warms up for
     * three minutes at 20/s because the optimising compiler needs thousands of requests before the code it
     * compiles is in place: after 45 s at 10/s the intake measured half of what the same platform carried once
     * warm (docs/benchmarks.md).
     */
    private void warmUp() throws Exception {
        Load.rate = settings.quick() ? 10 : 20;
        Load.seconds = settings.quick() ? 15 : 180;
        Load.partnerToken = Api.partnerToken();
        GatlingRun.run(IntakeSimulation.class, gatling.resolve("warm-up"), "warm-up");
        drain();
    }

    private void intake() throws Exception {
        for (int rate : settings.intakeRates()) {
            Load.rate = rate;
            Load.seconds = settings.intakeStepSeconds();
            Load.partnerToken = Api.partnerToken();
            GatlingRun.Result r = loaded(() -> GatlingRun.run(IntakeSimulation.class, gatling, "intake at " + rate + "/s"));
            GatlingRun.Stats all = r.all();
            boolean within = all.p99() < 200 && all.ko() <= all.count() / 100 && all.meanPerSecond() >= 0.9 * rate;
            summary.intake.add(new Summary.IntakeStep(rate, all.meanPerSecond(), all.count(), all.ko(), all.p50(), all.p95(),
                    all.p99(), all.max(), within));
            summary.reports.put("intake at " + rate + "/s", relative(r.report()));
            say(String.format("  intake %d/s: achieved %.1f/s, p99 %.0f ms, %d failed", rate, all.meanPerSecond(), all.p99(), all.ko()));
            if (within) summary.intakeBestRate = rate;
            drain();
            if (!within) break;
        }
    }

    private void closedLoop() throws Exception {
        Load.POSTED.clear();
        Load.rate = settings.closedLoopRate();
        Load.seconds = settings.closedLoopSeconds();
        Load.partnerToken = Api.partnerToken();
        Map<String, Double> cpuBefore = CpuMeter.snapshot(state);
        GatlingRun.Result r = loaded(() -> GatlingRun.run(ClosedLoopSimulation.class, gatling, "closed loop"));
        lag("closed loop");
        summary.reports.put("closed loop", relative(r.report()));
        summary.closedLoopPosts = requests(r.all());
        List<ClosedLoopTimes.Trace> traces = ClosedLoopTimes.collect(platform.postgres(), Map.copyOf(Load.POSTED),
                Duration.ofSeconds(settings.drainSeconds()));
        summary.closedLoopToSent = latency(traces.stream().map(ClosedLoopTimes.Trace::toSentMs).toList());
        summary.closedLoopToEmail = latency(traces.stream().map(ClosedLoopTimes.Trace::toMailMs).toList());
        long first = traces.stream().mapToLong(ClosedLoopTimes.Trace::postedAt).min().orElse(0);
        Map<Integer, List<Double>> bySecond = new TreeMap<>();
        for (ClosedLoopTimes.Trace t : traces) {
            if (t.mailedAt() == 0) continue;
            bySecond.computeIfAbsent((int) ((t.postedAt() - first) / 1000), k -> new ArrayList<>()).add(t.toMailMs());
        }
        bySecond.forEach((second, values) -> {
            Percentiles p = new Percentiles(values);
            summary.closedLoopPerSecond.add(new Summary.Second(second, values.size(), p.at(0.5), p.at(0.99)));
        });
        drain();
        // after the drain: a screening's cost includes its referral, its email and the events they publish
        summary.cpuMsPerOperation.put(CLOSED_LOOP_CPU, CpuMeter.perOperation(cpuBefore, CpuMeter.snapshot(state),
                r.all().count() - r.all().ko()));
    }

    private void transitions() throws Exception {
        Load.caseworkerToken = Api.userToken("caseworker");
        Load.coordinatorToken = Api.userToken("coordinator");
        Load.cases = Cases.make(Load.caseworkerToken, settings.clients() * 2, Screenings.DHAKA);
        Load.clients = settings.clients();
        Load.seconds = settings.transitionSeconds();
        Map<String, Double> cpuBefore = CpuMeter.snapshot(state);
        GatlingRun.Result r = loaded(() -> GatlingRun.run(TransitionsSimulation.class, gatling, "referral transitions"));
        lag("referral transitions");
        summary.reports.put("referral transitions", relative(r.report()));
        r.requests().values().forEach(s -> summary.transitions.add(requests(s)));
        summary.transitionsPerSecond = r.all().meanPerSecond();
        drain();
        summary.cpuMsPerOperation.put(TRANSITION_CPU, CpuMeter.perOperation(cpuBefore, CpuMeter.snapshot(state),
                r.all().count() - r.all().ko()));
    }

    private void directory() throws Exception {
        summary.directoryServices = settings.directoryServices();
        summary.directoryLoadSeconds = GeneratedDirectory.load(platform.postgres(), GeneratedDirectory.upazilas(state.repoRoot()),
                settings.directoryServices());
        say(String.format("  %,d services generated in %.1f s", settings.directoryServices(), summary.directoryLoadSeconds));
        Load.caseworkerToken = Api.userToken("caseworker");
        List<String> cases = new ArrayList<>(Cases.make(Load.caseworkerToken, 10, Screenings.DHAKA));
        cases.addAll(Cases.make(Load.caseworkerToken, 10, Screenings.JASHORE));
        Load.cases = cases;
        Load.clients = settings.clients();
        Load.seconds = settings.directorySeconds();
        GatlingRun.Result r = loaded(() -> GatlingRun.run(DirectorySimulation.class, gatling, "directory search and match"));
        summary.reports.put("directory search and match", relative(r.report()));
        r.requests().values().forEach(s -> summary.directory.add(requests(s)));
        GeneratedDirectory.remove(platform.postgres());
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private interface Step {
        void run() throws Exception;
    }

    private interface Loaded<T> {
        T run() throws Exception;
    }

    private void phase(String name, Step step) {
        if (!only.isEmpty() && !ALWAYS.contains(name) && only.stream().noneMatch(o -> name.toLowerCase().startsWith(o.replace('-', ' ')))) return;
        say("== " + name);
        long t0 = System.nanoTime();
        try {
            step.run();
        } catch (Exception | AssertionError e) {
            summary.problems.add(name + ": " + e);
            say("  ! " + name + " failed: " + e);
            e.printStackTrace(System.out);
        }
        say(String.format("   (%s took %.0f s)", name, (System.nanoTime() - t0) / 1e9));
    }

    private <T> T loaded(Loaded<T> load) throws Exception {
        underLoad = true;
        try {
            return load.run();
        } finally {
            underLoad = false;
        }
    }

    private void drain() throws Exception {
        long left = Backlog.drain(platform.postgres(), Duration.ofSeconds(settings.drainSeconds()));
        if (left > 0) say("  (" + left + " events or notifications still owed after " + settings.drainSeconds() + " s; going on)");
        if (Backlog.tidyWithoutAutovacuum(platform.postgres())) summary.vacuumedBetweenPhases = true;
    }

    private void lag(String phase) {
        OutboxLag.read().forEach((s, l) -> summary.outboxLag.add(new Summary.Lag(s.module(), phase, l.p50(), l.p99(), l.max(), l.count())));
    }

    /** Notes each service's highest resident memory while a simulation runs. */
    private void sampleMemory() {
        while (true) {
            if (underLoad) Footprint.rss(state).forEach((s, mib) -> peakRss.merge(s, mib, Math::max));
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The idle rows with the highest resident memory seen under load. */
    private void peakMemory() {
        List<Summary.Memory> rows = new ArrayList<>();
        for (Summary.Memory m : summary.memory) {
            SetuService s = SetuService.all().stream().filter(x -> x.module().equals(m.service())).findFirst().orElseThrow();
            rows.add(new Summary.Memory(m.service(), m.idleMiB(), peakRss.getOrDefault(s, Double.NaN), m.startSeconds(), m.startAloneSeconds()));
        }
        summary.memory = rows;
    }

    static Summary.Latency latency(List<Double> values) {
        List<Double> seen = values.stream().filter(v -> !v.isNaN()).toList();
        Percentiles p = new Percentiles(seen);
        return new Summary.Latency(seen.size(), values.size() - seen.size(), p.at(0.5), p.at(0.95), p.at(0.99), p.max());
    }

    private static Summary.Requests requests(GatlingRun.Stats s) {
        return new Summary.Requests(s.name(), s.count(), s.ko(), s.meanPerSecond(), s.p50(), s.p95(), s.p99(), s.max());
    }

    private String relative(Path p) {
        return state.repoRoot().relativize(p).toString();
    }

    private static Summary.Machine machine(String before, String after, String serviceJavaOptions) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "unknown";
        }
        return new Summary.Machine(host, Runtime.getRuntime().availableProcessors(), os.getTotalMemorySize() / (1024 * 1024),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " (" + cpuModel() + ")",
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"), serviceJavaOptions, before, after);
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("cpu unknown");
        } catch (Exception e) {
            return "cpu unknown";
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (Exception e) {
            return "unknown";
        }
    }

    static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
