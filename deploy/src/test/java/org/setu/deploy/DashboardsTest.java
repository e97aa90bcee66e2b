package org.setu.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.setu.deploy.Manifests.stream;

/** The Grafana dashboards: one per service and one for the closed loop, and no panel on a metric nobody exports. */
class DashboardsTest {

    static final Path DASHBOARDS = Repo.K8S.resolve("base/monitoring/dashboards");
    static final String CLOSED_LOOP = "closed-loop";

    private static final ObjectMapper JSON = new ObjectMapper();
    /** PromQL's functions, aggregations and keywords: identifiers that are not metric names. */
    private static final Set<String> PROMQL_WORDS = Set.of("sum", "min", "max", "avg", "count", "stddev", "stdvar",
            "topk", "bottomk", "quantile", "count_values", "group", "rate", "irate", "increase", "delta", "idelta",
            "deriv", "histogram_quantile", "abs", "ceil", "floor", "round", "clamp", "clamp_min", "clamp_max",
            "label_replace", "label_join", "vector", "scalar", "time", "timestamp", "absent", "absent_over_time",
            "avg_over_time", "max_over_time", "min_over_time", "sum_over_time", "count_over_time", "last_over_time",
            "quantile_over_time", "changes", "resets", "sort", "sort_desc", "predict_linear",
            "and", "or", "unless", "bool", "offset", "by", "without", "on", "ignoring", "group_left", "group_right", "inf", "nan");
    private static final Pattern QUOTED = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'");
    private static final Pattern LABEL_LIST = Pattern.compile("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    private static final Pattern MATCHERS = Pattern.compile("\\{[^}]*}");
    private static final Pattern RANGE = Pattern.compile("\\[[^]]*]");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{?\\w+}?");
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w.])([a-zA-Z_:][a-zA-Z0-9_:]*)(?!\\w)");
    private static final Pattern LABEL_VALUES = Pattern.compile("label_values\\(\\s*([a-zA-Z_:][a-zA-Z0-9_:]*)\\s*,");

    /** The metric names of a PromQL expression (labels, functions, strings, ranges and Grafana variables left out). */
    static Set<String> metricsIn(String promql) {
        String e = QUOTED.matcher(promql).replaceAll(" ");
        e = LABEL_LIST.matcher(e).replaceAll(" ");
        e = MATCHERS.matcher(e).replaceAll(" ");
        e = RANGE.matcher(e).replaceAll(" ");
        e = VARIABLE.matcher(e).replaceAll(" ");
        Set<String> names = new TreeSet<>();
        Matcher m = IDENTIFIER.matcher(e);
        while (m.find()) {
            String word = m.group(1);
            if (PROMQL_WORDS.contains(word.toLowerCase(java.util.Locale.ROOT))) continue;
            if (e.substring(m.end()).stripLeading().startsWith("(")) continue; // a function we do not list
            names.add(word);
        }
        return names;
    }

    /** Every query of a dashboard: its panels' targets (rows' nested panels too) and its template variables. */
    static List<String> queries(JsonNode dashboard) {
        List<String> queries = new ArrayList<>();
        panels(dashboard.path("panels")).forEach(p -> stream(p.path("targets"))
                .forEach(t -> queries.add(t.path("expr").asText())));
        stream(dashboard.path("templating").path("list")).filter(v -> v.path("type").asText().equals("query")).forEach(v -> {
            String q = v.path("query").isTextual() ? v.path("query").asText() : v.path("query").path("query").asText();
            Matcher lv = LABEL_VALUES.matcher(q);
            queries.add(lv.find() ? lv.group(1) : q);
        });
        return queries;
    }

    /** Panel title -> metrics it queries that are not in {@code exported}. */
    static Map<String, Set<String>> unknownMetrics(JsonNode dashboard, Set<String> exported) {
        Map<String, Set<String>> unknown = new LinkedHashMap<>();
        panels(dashboard.path("panels")).forEach(p -> stream(p.path("targets")).forEach(t -> {
            Set<String> missing = new TreeSet<>(metricsIn(t.path("expr").asText()));
            missing.removeAll(exported);
            if (!missing.isEmpty()) unknown.computeIfAbsent(p.path("title").asText(), k -> new TreeSet<>()).addAll(missing);
        }));
        queries(dashboard).stream().filter(q -> !q.contains("(")).forEach(q -> {
            Set<String> missing = new TreeSet<>(metricsIn(q));
            missing.removeAll(exported);
            if (!missing.isEmpty()) unknown.computeIfAbsent("(template variable)", k -> new TreeSet<>()).addAll(missing);
        });
        return unknown;
    }

    static Stream<String> dashboards() {
        List<String> names = new ArrayList<>();
        ServiceConfigs.all().forEach(s -> names.add(s.name()));
        names.add(CLOSED_LOOP);
        return names.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dashboards")
    void everyMetricThatAPanelQueriesIsOneTheServicesRegister(String dashboard) throws IOException {
        JsonNode json = JSON.readTree(DASHBOARDS.resolve(dashboard + ".json").toFile());
        Set<String> exported = new TreeSet<>();
        ServiceConfigs.all().stream().filter(s -> dashboard.equals(CLOSED_LOOP) || s.name().equals(dashboard))
                .forEach(s -> exported.addAll(ExportedMetrics.of(s)));
        assertThat(panels(json.path("panels")).filter(p -> p.has("targets")).count()).as("panels with queries").isGreaterThan(5);
        assertThat(queries(json)).allSatisfy(q -> assertThat(metricsIn(q)).as("metrics in " + q).isNotEmpty());
        assertThat(unknownMetrics(json, exported)).as("metrics that " + dashboard + "'s panels query and no code registers").isEmpty();
    }

    @Test
    void everyDashboardIsShippedToGrafanaAsALabelledConfigMapInBothOverlays() throws IOException {
        for (String overlay : Kustomize.OVERLAYS) {
            Manifests m = Kustomize.overlay(overlay);
            for (String dashboard : dashboards().toList()) {
                JsonNode map = m.get("ConfigMap", "setu-dashboard-" + dashboard);
                assertThat(map.path("metadata").path("labels").path("grafana_dashboard").asText()).as(overlay + " " + dashboard).isEqualTo("1");
                assertThat(JSON.readTree(map.path("data").path(dashboard + ".json").asText()))
                        .isEqualTo(JSON.readTree(DASHBOARDS.resolve(dashboard + ".json").toFile()));
            }
        }
    }

    @Test
    void aPanelOnAMetricThatNoServiceRegistersIsReported() throws IOException {
        JsonNode dashboard = JSON.readTree("""
                {"panels": [{"type": "row", "panels": [
                  {"title": "made up", "targets": [{"expr": "sum by (status) (rate(setu_screenings_made_up_total{job=\\"x\\"}[5m])) / on (job) setu_outbox_backlog"}]}
                ]}]}
                """);
        Set<String> exported = Set.of("setu_outbox_backlog");
        assertThat(unknownMetrics(dashboard, exported)).containsExactly(Map.entry("made up", Set.of("setu_screenings_made_up_total")));
    }

    @Test
    void metricNamesAreReadFromPromqlWithoutLabelsFunctionsOrVariables() {
        assertThat(metricsIn("sum by (uri) (rate(http_server_requests_seconds_sum{namespace=\"$namespace\", job=\"a\", status=~\"5..\"}"
                + "[$__rate_interval])) / sum without (pod) (rate(http_server_requests_seconds_count[5m] offset 1h)) > bool 0.5"))
                .containsExactly("http_server_requests_seconds_count", "http_server_requests_seconds_sum");
        assertThat(metricsIn("histogram_quantile(0.99, sum by (le) (rate(setu_outbox_lag_seconds_bucket[5m])))"))
                .containsExactly("setu_outbox_lag_seconds_bucket");
    }

    @Test
    void metersAreNamedAsMicrometersPrometheusRegistryWritesThem() {
        Set<String> names = ExportedMetrics.registeredIn("""
                Timer.builder("setu.outbox.lag").register(r);
                Gauge.builder("setu.outbox.backlog", relay, OutboxRelay::backlog).register(r);
                Counter.builder("setu.screenings.duplicates").register(r);
                registry.counter("setu.webhooks.refused", "reason", "x");
                @Timed("setu.match") void match() {}
                """);
        assertThat(names).contains("setu_outbox_lag_seconds", "setu_outbox_lag_seconds_count", "setu_outbox_lag_seconds_sum",
                "setu_outbox_lag_seconds_max", "setu_outbox_lag_seconds_bucket", "setu_outbox_backlog",
                "setu_screenings_duplicates_total", "setu_webhooks_refused_total", "setu_match_seconds_count")
                .doesNotContain("setu_outbox_backlog_total", "setu_outbox_lag");
    }

    @Test
    void theServicesRegisterTheMetersTheOperatorGuideDescribes() {
        Map<String, Set<String>> byService = new LinkedHashMap<>();
        ServiceConfigs.all().forEach(s -> byService.put(s.name(), ExportedMetrics.of(s)));
        byService.values().forEach(names -> assertThat(names).contains("setu_outbox_backlog", "setu_outbox_lag_seconds",
                "setu_outbox_relay_active", "http_server_requests_seconds_count"));
        assertThat(byService.get("referral-service")).contains("setu_referrals", "setu_referral_time_to_accept_seconds");
        assertThat(byService.get("notification-service")).contains("setu_notification_latency_seconds_count");
        assertThat(byService.get("screening-service")).doesNotContain("setu_referrals");
    }

    private static Stream<JsonNode> panels(JsonNode panels) {
        return stream(panels).flatMap(p -> Stream.concat(Stream.of(p), panels(p.path("panels"))));
    }
}
