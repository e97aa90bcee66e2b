package org.setu.bench;

import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Turns a run's summary into summary.json, two SVG charts and the report in Markdown. A full run also publishes the
 * report into docs/benchmarks.md, replacing only the part between the generated markers: the hand-written findings
 * around it stay.
 */
final class Report {

    static final String BEGIN = "<!-- bench:begin (written by ./setu bench; do not edit by hand) -->";
    static final String END = "<!-- bench:end -->";

    private final Summary s;
    private final Settings settings;
    private final Path repoRoot;

    Report(Summary summary, Settings settings, Path repoRoot) {
        this.s = summary;
        this.settings = settings;
        this.repoRoot = repoRoot;
    }

    void write(Path out) throws IOException {
        figures();
        Files.createDirectories(out);
        Api.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.resolve("summary.json").toFile(), s);
        writeCharts(out);
        Files.writeString(out.resolve("report.md"), "# Setu benchmark run\n\n" + body(""), StandardCharsets.UTF_8);
    }

    /** docs/benchmarks.md (generated part) and docs/benchmarks/*.svg. */
    void publish(Path docs) throws IOException {
        Path charts = docs.resolve("benchmarks");
        Files.createDirectories(charts);
        writeCharts(charts);
        Path page = docs.resolve("benchmarks.md");
        String generated = BEGIN + "\n" + body("benchmarks/") + END;
        String text = Files.exists(page) ? Files.readString(page, StandardCharsets.UTF_8) : "# Benchmarks\n\n" + BEGIN + "\n" + END + "\n";
        int a = text.indexOf(BEGIN);
        int b = text.indexOf(END);
        text = a >= 0 && b > a ? text.substring(0, a) + generated + text.substring(b + END.length()) : text + "\n" + generated + "\n";
        Files.writeString(page, text, StandardCharsets.UTF_8);
    }

    // ---- the table of figures against targets -------------------------------------------------------------------

    void figures() {
        List<Summary.Figure> f = new ArrayList<>();
        double tps = s.pgbench == null ? Double.NaN : s.pgbench.tps();
        if (s.closedLoopToEmail != null) {
            f.add(new Summary.Figure("closed loop at " + settings.closedLoopRate() + "/s, POST to email accepted, p50",
                    ms(s.closedLoopToEmail.p50()), "< 250 ms", s.closedLoopToEmail.p50() < 250, "—"));
            f.add(new Summary.Figure("closed loop at " + settings.closedLoopRate() + "/s, POST to email accepted, p99",
                    ms(s.closedLoopToEmail.p99()), "< 1 s", s.closedLoopToEmail.p99() < 1000, "—"));
        }
        if (!s.intake.isEmpty()) {
            int best = s.intakeBestRate == null ? 0 : s.intakeBestRate;
            f.add(new Summary.Figure("intake: highest rate with p99 < 200 ms", best + "/s", "≥ 1,000/s", best >= 1000,
                    ratio(best, tps) + " × pgbench tps"));
            f.add(new Summary.Figure("intake as a share of pgbench TPC-B tps", ratio(best, tps), "≥ 0.25",
                    Double.isNaN(tps) ? null : best / tps >= 0.25, "—"));
        }
        Summary.Requests search = worst(s.directory, "search");
        Summary.Requests match = worst(s.directory, "match");
        String over = String.format(Locale.ROOT, "over %,d services, %d clients", s.directoryServices, settings.clients());
        if (search != null) f.add(new Summary.Figure("directory search p99 (" + over + ")", ms(search.p99()), "< 20 ms",
                search.p99() < 20, ratio(total(s.directory), tps) + " × pgbench tps (all directory requests/s)"));
        if (match != null) f.add(new Summary.Figure("match p99 (" + over + ")", ms(match.p99()), "< 20 ms", match.p99() < 20, "—"));
        if (!s.transitions.isEmpty()) {
            Summary.Requests all = s.transitions.stream().filter(r -> r.name().equals("all")).findFirst().orElse(null);
            f.add(new Summary.Figure("referral transitions (create, accept, start, complete), " + settings.clients() + " clients",
                    String.format(Locale.ROOT, "%.0f/s", s.transitionsPerSecond), "≥ 1,000/s", s.transitionsPerSecond >= 1000,
                    ratio(s.transitionsPerSecond, tps) + " × pgbench tps"));
            if (all != null) f.add(new Summary.Figure("referral transitions p99", ms(all.p99()), "< 50 ms", all.p99() < 50, "—"));
        }
        double lag = s.outboxLag.stream().mapToDouble(Summary.Lag::p99).filter(v -> !Double.isNaN(v)).max().orElse(Double.NaN);
        if (!Double.isNaN(lag)) {
            f.add(new Summary.Figure("outbox lag p99 (worst service, worst phase)", ms(lag), "< 100 ms", lag < 100,
                    s.producer == null ? "—" : ratio(lag, s.producer.p99Ms()) + " × Kafka producer p99 (acks=all, flat out)"));
        }
        if (!s.memory.isEmpty()) {
            double idle = s.memory.stream().mapToDouble(Summary.Memory::idleMiB).sum();
            double start = s.memory.stream().mapToDouble(m -> Double.isNaN(m.startAloneSeconds()) ? m.startSeconds() : m.startAloneSeconds())
                    .max().orElse(Double.NaN);
            f.add(new Summary.Figure(s.memory.size() + " services idle, resident memory in total", String.format(Locale.ROOT, "%.0f MiB", idle),
                    "< 800 MB", idle * 1.048576 < 800, "—"));
            f.add(new Summary.Figure("slowest service start (JVM mode" + (s.memory.stream().anyMatch(m -> !Double.isNaN(m.startAloneSeconds()))
                    ? ", restarted one at a time)" : ", started together with the platform)"), String.format(Locale.ROOT, "%.2f s", start), "< 3 s",
                    start < 3, "—"));
        }
        s.figures = f;
    }

    private static Summary.Requests worst(List<Summary.Requests> rows, String prefix) {
        return rows.stream().filter(r -> r.name().startsWith(prefix)).max((a, b) -> Double.compare(a.p99(), b.p99())).orElse(null);
    }

    private static double total(List<Summary.Requests> rows) {
        return rows.stream().filter(r -> r.name().equals("all")).mapToDouble(Summary.Requests::perSecond).findFirst().orElse(Double.NaN);
    }

    // ---- the Markdown -------------------------------------------------------------------------------------------

    private String body(String chartPrefix) {
        StringBuilder m = new StringBuilder();
        Summary.Machine mc = s.machine;
        m.append("## The run\n\n");
        m.append("| | |\n| --- | --- |\n");
        m.append("| command | `").append(s.command).append("` |\n");
        m.append("| started | ").append(s.startedAt).append(String.format(Locale.ROOT, " (%.0f minutes)", s.minutes)).append(" |\n");
        if (mc != null) {
            m.append("| machine | ").append(mc.cores()).append(" cores, ").append(mc.memoryMiB() / 1024).append(" GiB; ")
                    .append(mc.os()).append(" |\n");
            m.append("| Java | ").append(mc.java()).append("; services `").append(mc.serviceJavaOptions())
                    .append("` and `MALLOC_ARENA_MAX=2` |\n");
            m.append("| load average (1, 5, 15 min) | before `").append(mc.loadBefore()).append("`, after `").append(mc.loadAfter()).append("` |\n");
        }
        m.append("| load generator | Gatling (Java DSL) in the same machine, sharing its cores with the platform |\n");
        if (s.vacuumedBetweenPhases) {
            m.append("| PostgreSQL | runs without autovacuum here, so the run vacuumed every service database between phases |\n");
        }
        m.append('\n');

        m.append("## Figures against targets\n\n| figure | measured | target | met | ratio to the baselines |\n| --- | --- | --- | --- | --- |\n");
        for (Summary.Figure f : s.figures) {
            m.append("| ").append(f.figure()).append(" | ").append(f.measured()).append(" | ").append(f.target()).append(" | ")
                    .append(f.met() == null ? "—" : f.met() ? "yes" : "**no**").append(" | ").append(f.ratio()).append(" |\n");
        }
        m.append("\n## Baselines (same run, same servers)\n\n| baseline | result | command |\n| --- | --- | --- |\n");
        if (s.pgbench != null) {
            m.append(String.format(Locale.ROOT, "| PostgreSQL pgbench TPC-B, 8 clients | %.0f tps, latency average %.2f ms | `%s` (after `pgbench -i -s 10`) |%n",
                    s.pgbench.tps(), s.pgbench.latencyMs(), s.pgbench.command()));
        }
        if (s.producer != null) {
            m.append(String.format(Locale.ROOT, "| Kafka ProducerPerformance, 1 KiB records, acks=all | %.0f records/s (%.1f MB/s), "
                            + "latency avg %.0f ms, p50 %.0f ms, p99 %.0f ms | `%s` |%n", s.producer.recordsPerSecond(),
                    s.producer.mbPerSecond(), s.producer.avgMs(), s.producer.p50Ms(), s.producer.p99Ms(), s.producer.command()));
        }
        m.append("\n## Intake: POST /api/v1/screenings at rising rates\n\n");
        m.append("Partner token (client credentials, fetched once); varied people, places, contexts and answers; ")
                .append(settings.intakeStepSeconds()).append(" s per rate; the steps stop at the first rate that misses.\n\n");
        m.append("| offered/s | achieved/s | requests | failed | p50 | p95 | p99 | max | p99 < 200 ms |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (Summary.IntakeStep i : s.intake) {
            m.append(String.format(Locale.ROOT, "| %d | %.1f | %d | %d | %s | %s | %s | %s | %s |%n", i.offeredPerSecond(),
                    i.achievedPerSecond(), i.requests(), i.failed(), ms(i.p50()), ms(i.p95()), ms(i.p99()), ms(i.max()),
                    i.withinTarget() ? "yes" : "no"));
        }
        m.append("\n![intake: achieved rate and p99 against the offered rate](").append(chartPrefix).append("intake.svg)\n");

        m.append("\n## Closed loop at ").append(settings.closedLoopRate()).append(" screenings/s for ")
                .append(settings.closedLoopSeconds()).append(" s\n\n");
        m.append("From the POST (noted by the load generator) to the referral sent (the referral service's attempt record) and to ")
                .append("the provider's email accepted by SMTP (the notification service's delivery log).\n\n");
        m.append("| span | screenings | not reached | p50 | p95 | p99 | max |\n| --- | --- | --- | --- | --- | --- | --- |\n");
        if (s.closedLoopPosts != null) {
            m.append(String.format(Locale.ROOT, "| the POST itself | %d | %d failed | %s | %s | %s | %s |%n", s.closedLoopPosts.count(),
                    s.closedLoopPosts.failed(), ms(s.closedLoopPosts.p50()), ms(s.closedLoopPosts.p95()), ms(s.closedLoopPosts.p99()),
                    ms(s.closedLoopPosts.max())));
        }
        latencyRow(m, "POST → referral sent", s.closedLoopToSent);
        latencyRow(m, "POST → email accepted by SMTP", s.closedLoopToEmail);
        m.append("\n![closed loop: POST to email accepted, per second of the run](").append(chartPrefix).append("closed-loop.svg)\n");

        m.append("\n## Referral transitions, ").append(settings.clients()).append(" clients\n\n");
        requestTable(m, s.transitions);
        m.append("\n## Directory search and match over ").append(String.format(Locale.ROOT, "%,d", s.directoryServices))
                .append(" generated services, ").append(settings.clients()).append(" clients\n\n");
        m.append(String.format(Locale.ROOT, "The services were written with COPY into the directory's tables and the referral "
                + "service's read model in %.1f s, and removed after the phase.%n%n", s.directoryLoadSeconds));
        requestTable(m, s.directory);

        m.append("\n## CPU per operation (from `/proc`, the phase and its drain, divided by its successful requests)\n\n");
        m.append("| operation | part | CPU per operation |\n| --- | --- | --- |\n");
        s.cpuMsPerOperation.forEach((operation, parts) -> parts.forEach((part, ms) ->
                m.append(String.format(Locale.ROOT, "| %s | %s | %.1f ms |%n", operation, part, ms))));
        m.append("\n## Outbox lag (each service's `setu_outbox_lag_seconds`, read right after the load)\n\n");
        m.append("| service | after | events | p50 | p99 | max |\n| --- | --- | --- | --- | --- | --- |\n");
        for (Summary.Lag l : s.outboxLag) {
            m.append(String.format(Locale.ROOT, "| %s | %s | %d | %s | %s | %s |%n", l.service(), l.phase(), l.events(),
                    ms(l.p50()), ms(l.p99()), ms(l.max())));
        }
        m.append("\n## Footprint\n\n| service | resident idle | resident under load (peak) | start, with the whole platform starting | start, restarted alone |\n| --- | --- | --- | --- | --- |\n");
        for (Summary.Memory mem : s.memory) {
            m.append(String.format(Locale.ROOT, "| %s | %.0f MiB | %.0f MiB | %.2f s | %s |%n", mem.service(), mem.idleMiB(),
                    mem.underLoadMiB(), mem.startSeconds(), Double.isNaN(mem.startAloneSeconds()) ? "—"
                            : String.format(Locale.ROOT, "%.2f s", mem.startAloneSeconds())));
        }
        m.append("\n## Gatling reports\n\nKept under `bench/target/gatling/` (not committed; `./setu bench` writes them again):\n\n");
        s.reports.forEach((name, path) -> m.append("- ").append(name).append(": `").append(path).append("/index.html`\n"));
        if (!s.problems.isEmpty()) {
            m.append("\n## Problems in this run\n\n");
            s.problems.forEach(p -> m.append("- ").append(p.replace("\n", " ")).append('\n'));
        }
        return m.toString();
    }

    private static void latencyRow(StringBuilder m, String span, Summary.Latency l) {
        if (l == null) return;
        m.append(String.format(Locale.ROOT, "| %s | %d | %d | %s | %s | %s | %s |%n", span, l.count() + l.missing(), l.missing(),
                ms(l.p50()), ms(l.p95()), ms(l.p99()), ms(l.max())));
    }

    private static void requestTable(StringBuilder m, List<Summary.Requests> rows) {
        m.append("| request | count | failed | per second | p50 | p95 | p99 | max |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (Summary.Requests r : rows) {
            m.append(String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %s | %s | %s | %s |%n", r.name(), r.count(), r.failed(),
                    r.perSecond(), ms(r.p50()), ms(r.p95()), ms(r.p99()), ms(r.max())));
        }
    }

    // ---- charts -------------------------------------------------------------------------------------------------

    private void writeCharts(Path dir) throws IOException {
        List<SvgChart.Point> achieved = new ArrayList<>();
        List<SvgChart.Point> p99 = new ArrayList<>();
        for (Summary.IntakeStep i : s.intake) {
            achieved.add(new SvgChart.Point(i.offeredPerSecond(), i.achievedPerSecond()));
            p99.add(new SvgChart.Point(i.offeredPerSecond(), Math.min(i.p99(), 1000)));
        }
        Files.writeString(dir.resolve("intake.svg"), new SvgChart("Intake: achieved screenings/s and p99 (ms, capped at 1000) against the offered rate",
                "offered screenings per second", "screenings/s  ·  ms")
                .add(new SvgChart.Series("achieved /s", "#1f77b4", achieved))
                .add(new SvgChart.Series("p99 ms", "#d62728", p99))
                .threshold(200, "p99 target 200 ms").render());
        List<SvgChart.Point> p50s = new ArrayList<>();
        List<SvgChart.Point> p99s = new ArrayList<>();
        for (Summary.Second sec : s.closedLoopPerSecond) {
            p50s.add(new SvgChart.Point(sec.second(), sec.p50()));
            p99s.add(new SvgChart.Point(sec.second(), sec.p99()));
        }
        Files.writeString(dir.resolve("closed-loop.svg"), new SvgChart("Closed loop at " + settings.closedLoopRate()
                + " screenings/s: POST to provider email accepted by SMTP", "second of the run (by POST time)", "milliseconds")
                .add(new SvgChart.Series("p50", "#1f77b4", p50s))
                .add(new SvgChart.Series("p99", "#d62728", p99s))
                .threshold(1000, "p99 target 1 s").render());
    }

    private static String ms(double v) {
        if (Double.isNaN(v)) return "—";
        return v >= 100 ? String.format(Locale.ROOT, "%.0f ms", v) : String.format(Locale.ROOT, "%.1f ms", v);
    }

    private static String ratio(double ours, double base) {
        if (Double.isNaN(ours) || Double.isNaN(base) || base == 0) return "—";
        return String.format(Locale.ROOT, "%.3f", ours / base);
    }

    @Override
    public String toString() {
        return Objects.toString(s.command);
    }
}
