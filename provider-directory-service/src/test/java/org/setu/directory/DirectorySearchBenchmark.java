package org.setu.directory;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.setu.directory.app.DirectoryLoader;
import org.setu.directory.app.GeographyService;
import org.setu.directory.domain.geo.AdminUnit;
import org.setu.directory.domain.geo.GeoLevel;
import org.setu.events.vocabulary.ServiceCategory;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search latency over HTTP with 100,000 generated services. A measurement, not a test: it runs only when asked,
 * asserts no timing, and writes its figures to {@code target/directory-search.txt}.
 *
 * <pre>./mvnw -B -ntp verify -pl provider-directory-service -am -Dsetu.bench=directory-search -Dtest=DirectorySearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "setu.bench", matches = "directory-search")
class DirectorySearchBenchmark {

    private static final int SERVICES = 100_000;
    private static final int WARM_UP = 200;
    private static final int RUNS_PER_KIND = 500;

    @Inject
    DirectoryLoader loader;

    @Inject
    GeographyService geography;

    @Inject
    DataSource dataSource;

    @Test
    @TestSecurity(user = "caseworker", roles = "case-worker")
    void searchLatencyWithAHundredThousandServices() throws Exception {
        long loadStart = System.nanoTime();
        int loaded = loader.loadGenerated(2026, SERVICES);
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("ANALYZE");
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM directory_service")) {
                rs.next();
                assertThat(rs.getLong(1)).isGreaterThanOrEqualTo(SERVICES);
            }
        }
        List<AdminUnit> upazilas = geography.geography().list(GeoLevel.UPAZILA, null);
        List<AdminUnit> districts = geography.geography().list(GeoLevel.DISTRICT, null);
        ServiceCategory[] categories = ServiceCategory.values();
        Random r = new Random(7);
        Map<String, Function<RequestSpecification, RequestSpecification>> kinds = new LinkedHashMap<>();
        kinds.put("routing: upazila + category + age + gender + accepting + capacity", q -> q
                .queryParam("upazilaId", upazilas.get(r.nextInt(upazilas.size())).id())
                .queryParam("category", categories[r.nextInt(categories.length)].name())
                .queryParam("age", r.nextInt(60)).queryParam("gender", r.nextBoolean() ? "FEMALE" : "MALE")
                .queryParam("acceptingReferrals", true).queryParam("hasCapacity", true));
        kinds.put("district + category", q -> q
                .queryParam("districtId", districts.get(r.nextInt(districts.size())).id())
                .queryParam("category", categories[r.nextInt(categories.length)].name()));
        kinds.put("text q (English word, all services)", q -> q.queryParam("q", "shelter service " + r.nextInt(100)));
        kinds.put("category only, first page", q -> q.queryParam("category", categories[r.nextInt(categories.length)].name()));

        for (int i = 0; i < WARM_UP; i++) {
            for (var kind : kinds.values()) kind.apply(given()).get("/api/v1/services").then().statusCode(200);
        }
        StringBuilder report = new StringBuilder(String.format(
                "directory search over HTTP, %d services (loaded %d in %.1f s), %d requests per kind, one client:%n",
                SERVICES, loaded, loadSeconds, RUNS_PER_KIND));
        List<Long> all = new ArrayList<>();
        for (var kind : kinds.entrySet()) {
            List<Long> micros = new ArrayList<>();
            for (int i = 0; i < RUNS_PER_KIND; i++) {
                RequestSpecification request = kind.getValue().apply(given());
                long t0 = System.nanoTime();
                request.get("/api/v1/services").then().statusCode(200);
                micros.add((System.nanoTime() - t0) / 1000);
            }
            all.addAll(micros);
            report.append(line(kind.getKey(), micros));
        }
        report.append(line("all kinds", all));
        System.out.print(report);
        Files.writeString(Path.of("target/directory-search.txt"), report);
    }

    private static String line(String name, List<Long> micros) {
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        return String.format("  %-70s p50 %6.1f ms  p99 %6.1f ms  max %6.1f ms%n", name,
                pct(sorted, 0.50) / 1000.0, pct(sorted, 0.99) / 1000.0, sorted.get(sorted.size() - 1) / 1000.0);
    }

    private static double pct(List<Long> sorted, double p) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1));
    }
}
