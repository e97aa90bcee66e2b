package org.setu.bench;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.setu.devstack.Postgres;
import org.setu.devstack.StateFolder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The machine's own limits, measured in the same run on the same servers: PostgreSQL's pgbench (TPC-B) and
 * Kafka's ProducerPerformance (1 KiB records, acks=all). Our figures are also given as ratios to these, because
 * absolute numbers move with whatever else the machine is doing.
 */
final class Baselines {

    static final String PGBENCH_DB = "setu_pgbench";
    static final String PERF_TOPIC = "setu.bench.producer-perf";

    record Pgbench(double tps, double latencyMs, String command) {
    }

    record Producer(double recordsPerSecond, double mbPerSecond, double avgMs, double p50Ms, double p99Ms, String command) {
    }

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final Pattern LATENCY = Pattern.compile("latency average = ([0-9.]+) ms");
    private static final Pattern PERF = Pattern.compile("(\\d+) records sent, ([0-9.]+) records/sec \\(([0-9.]+) MB/sec\\), "
            + "([0-9.]+) ms avg latency, ([0-9.]+) ms max latency, (\\d+) ms 50th, (\\d+) ms 95th, (\\d+) ms 99th");

    private Baselines() {
    }

    /** pgbench -i -s 10, then 8 clients on 2 threads for the given seconds; the scratch database is dropped after. */
    static Pgbench pgbench(Postgres pg, Path logs, int seconds) throws IOException, InterruptedException, SQLException {
        pg.ensureDatabase(PGBENCH_DB);
        try {
            List<String> connection = List.of("-h", pg.host(), "-p", Integer.toString(pg.port()), "-U", pg.user());
            run(concat(List.of("pgbench", "-i", "-s", "10", "-q"), connection, List.of(PGBENCH_DB)), logs.resolve("pgbench-init.log"));
            List<String> cmd = concat(List.of("pgbench", "-c", "8", "-j", "2", "-T", Integer.toString(seconds)), connection, List.of(PGBENCH_DB));
            String out = run(cmd, logs.resolve("pgbench.log"));
            return new Pgbench(find(TPS, out, 1), find(LATENCY, out, 1), String.join(" ", cmd));
        } finally {
            try (Connection c = pg.connect("postgres"); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + PGBENCH_DB);
            }
        }
    }

    /** ProducerPerformance from the broker's own distribution, as a separate JVM, on a scratch topic deleted after. */
    static Producer producer(StateFolder state, String bootstrap, Path logs, int records)
            throws IOException, InterruptedException, ExecutionException {
        Path lib;
        try (Stream<Path> dists = Files.list(state.dist())) {
            lib = dists.filter(p -> p.getFileName().toString().startsWith("kafka-")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no Kafka distribution in " + state.dist())).resolve("lib");
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            try {
                admin.deleteTopics(List.of(PERF_TOPIC)).all().get(30, TimeUnit.SECONDS);
                Thread.sleep(1000);
            } catch (ExecutionException absent) {
                // no topic left over from an earlier run
            }
            admin.createTopics(List.of(new NewTopic(PERF_TOPIC, 3, (short) 1))).all().get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("the broker did not answer: " + e, e);
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of(java, "-Xmx256m", "-cp", lib + "/*", "org.apache.kafka.tools.ProducerPerformance",
                "--topic", PERF_TOPIC, "--num-records", Integer.toString(records), "--record-size", "1024",
                "--throughput", "-1", "--producer-props", "bootstrap.servers=" + bootstrap, "acks=all");
        try {
            String out = run(cmd, logs.resolve("producer-perf.log"));
            Matcher m = PERF.matcher(out);
            if (!m.find()) throw new IllegalStateException("ProducerPerformance printed no summary; see " + logs.resolve("producer-perf.log"));
            String shown = "ProducerPerformance --topic " + PERF_TOPIC + " --num-records " + records
                    + " --record-size 1024 --throughput -1 --producer-props bootstrap.servers=" + bootstrap + " acks=all";
            return new Producer(Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4)),
                    Double.parseDouble(m.group(6)), Double.parseDouble(m.group(8)), shown);
        } finally {
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
                admin.deleteTopics(List.of(PERF_TOPIC)).all().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                // a scratch topic left behind is harmless; the next run deletes it first
            }
        }
    }

    private static String run(List<String> cmd, Path log) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int code = p.waitFor();
        String out = Files.readString(log, StandardCharsets.UTF_8);
        if (code != 0) throw new IllegalStateException(cmd.get(0) + " failed (exit " + code + "); see " + log);
        return out;
    }

    private static double find(Pattern p, String text, int group) {
        Matcher m = p.matcher(text);
        double last = Double.NaN;
        while (m.find()) last = Double.parseDouble(m.group(group));
        return last;
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        List<String> out = new ArrayList<>();
        for (List<String> p : parts) out.addAll(p);
        return out;
    }
}
