package org.setu.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The metric names a service exports at {@code /q/metrics}, derived from its code: the meters its sources (and the
 * service kit's) register with Micrometer, named as Micrometer's Prometheus registry writes them, plus the meters
 * of the Quarkus binders its dependencies switch on.
 */
final class ExportedMetrics {

    /** {@code Timer.builder("setu.outbox.lag")}, {@code registry.counter("x")}, {@code @Counted("x")}, … */
    private static final Pattern BUILDER = Pattern.compile(
            "\\b(Timer|LongTaskTimer|Counter|FunctionCounter|Gauge|DistributionSummary)\\.builder\\(\\s*\"([^\"]+)\"");
    private static final Pattern REGISTRY_CALL = Pattern.compile(
            "\\.(timer|counter|gauge|summary|more\\(\\)\\.longTaskTimer)\\(\\s*\"([^\"]+)\"");
    private static final Pattern ANNOTATION = Pattern.compile("@(Timed|Counted)\\(\\s*(?:value\\s*=\\s*)?\"([^\"]+)\"");

    /**
     * Quarkus's Micrometer binders, on with quarkus-micrometer-registry-prometheus: the HTTP server (a timer with
     * method, uri, status, outcome), the JVM and the process. Names as /q/metrics shows them (checked on the running
     * platform, Quarkus 3.33).
     */
    static final Set<String> QUARKUS_BINDERS = Set.of(
            "http_server_requests_seconds_count", "http_server_requests_seconds_sum", "http_server_requests_seconds_max",
            "http_server_active_requests",
            "jvm_memory_used_bytes", "jvm_memory_committed_bytes", "jvm_memory_max_bytes",
            "jvm_gc_pause_seconds_count", "jvm_gc_pause_seconds_sum", "jvm_gc_pause_seconds_max",
            "jvm_threads_live_threads", "jvm_threads_daemon_threads",
            "process_cpu_usage", "process_uptime_seconds", "system_cpu_usage");
    /** The Kafka client's own metrics, which Quarkus's Kafka binder exports for a service that consumes. */
    static final Set<String> KAFKA_CONSUMER = Set.of("kafka_consumer_fetch_manager_records_lag_max",
            "kafka_consumer_fetch_manager_records_lag");

    private ExportedMetrics() {
    }

    /** What one service exports. */
    static Set<String> of(ServiceConfigs.Service service) {
        Path module = Repo.ROOT.resolve(service.module());
        String pom = Repo.read(module.resolve("pom.xml"));
        Set<String> names = new TreeSet<>();
        if (pom.contains("<artifactId>service-kit</artifactId>")) names.addAll(registeredIn(sources(Repo.ROOT.resolve("service-kit/src/main/java"))));
        names.addAll(registeredIn(sources(module.resolve("src/main/java"))));
        if (pom.contains("<artifactId>quarkus-micrometer-registry-prometheus</artifactId>")) {
            names.addAll(QUARKUS_BINDERS);
            if (!service.kafka().reads().isEmpty()) names.addAll(KAFKA_CONSUMER);
        }
        return names;
    }

    /** The Prometheus names of the meters that Java source text registers. */
    static Set<String> registeredIn(String javaSources) {
        Set<String> names = new TreeSet<>();
        for (Pattern p : List.of(BUILDER, REGISTRY_CALL, ANNOTATION)) {
            Matcher m = p.matcher(javaSources);
            while (m.find()) names.addAll(prometheusNames(type(m.group(1)), m.group(2)));
        }
        return names;
    }

    enum Type { TIMER, COUNTER, GAUGE, SUMMARY }

    private static Type type(String how) {
        String h = how.toLowerCase(java.util.Locale.ROOT);
        if (h.contains("timer") || h.equals("timed")) return Type.TIMER;
        if (h.contains("counter") || h.equals("counted")) return Type.COUNTER;
        if (h.contains("summary")) return Type.SUMMARY;
        return Type.GAUGE;
    }

    /**
     * Micrometer's Prometheus naming: dots become underscores; a counter gets {@code _total}; a timer is in seconds
     * with {@code _count}, {@code _sum}, {@code _max}, its percentiles on the bare name ({@code quantile} label) and
     * {@code _bucket} when it publishes a histogram; a distribution summary the same without the unit.
     */
    static Set<String> prometheusNames(Type type, String meter) {
        String base = meter.replace('.', '_').replace('-', '_');
        return switch (type) {
            case COUNTER -> Set.of(base.endsWith("_total") ? base : base + "_total");
            case GAUGE -> Set.of(base);
            case TIMER -> withDistribution(base + "_seconds");
            case SUMMARY -> withDistribution(base);
        };
    }

    private static Set<String> withDistribution(String base) {
        return Set.of(base, base + "_count", base + "_sum", base + "_max", base + "_bucket");
    }

    private static String sources(Path dir) {
        if (!Files.isDirectory(dir)) return "";
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(f -> f.toString().endsWith(".java")).sorted().forEach(f -> all.append(Repo.read(f)).append('\n'));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all.toString();
    }
}
