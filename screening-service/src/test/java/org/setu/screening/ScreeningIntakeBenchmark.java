package org.setu.screening;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Screenings per second and latency of {@code POST /api/v1/screenings} on this machine, end to end through REST,
 * validation, the decision engine, Tink encryption, the blind index, PostgreSQL, the outbox and the audit trail
 * (the relay publishes to Kafka meanwhile). It measures and prints; it asserts no timing. Run with
 * {@code -Dsetu.bench=screening-intake} (see docs/screening.md).
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "setu.bench", matches = "screening-intake")
class ScreeningIntakeBenchmark {

    static final int WARM_UP = Integer.getInteger("setu.bench.warmup", 300);
    static final int REQUESTS = Integer.getInteger("setu.bench.requests", 3000);
    static final int CLIENTS = Integer.getInteger("setu.bench.clients", 8);

    @TestHTTPResource("/api/v1/screenings")
    URI endpoint;

    @Inject
    ObjectMapper json;

    @Test
    @TestSecurity(user = "partner-demo", roles = "screener")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = Requests.DHAKA_NGO))
    void measureScreeningIntake() throws Exception {
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(CLIENTS)).build();
        run(http, WARM_UP, "warm");
        long[] latencies = new long[REQUESTS];
        long start = System.nanoTime();
        int failures = run(http, REQUESTS, "run", latencies);
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] sorted = latencies.clone();
        java.util.Arrays.sort(sorted);
        String report = String.format(java.util.Locale.ROOT,
                "screening-intake: %d requests, %d clients, %d failures, %.1f s, %.1f screenings/s, "
                        + "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms (JVM %s, %d cores)%n",
                REQUESTS, CLIENTS, failures, seconds, REQUESTS / seconds, ms(sorted, 0.50), ms(sorted, 0.95),
                ms(sorted, 0.99), sorted[sorted.length - 1] / 1e6, System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        System.out.print(report);
        Path out = Path.of("target", "bench", "screening-intake.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private int run(HttpClient http, int n, String label) throws Exception {
        return run(http, n, label, new long[n]);
    }

    private int run(HttpClient http, int n, String label, long[] latencies) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            done.add(clients.submit(() -> {
                for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                    String phone = String.format("+88017%08d", (label.hashCode() & 0xffff) * 10_000 + i);
                    String body = json.writeValueAsString(Requests.screening("Bench" + i, phone, label + "-DOC-" + i,
                            Requests.trafficked()));
                    HttpRequest request = HttpRequest.newBuilder(endpoint).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                    long t0 = System.nanoTime();
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    latencies[i] = System.nanoTime() - t0;
                    if (response.statusCode() != 201) failures.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> f : done) f.get();
        clients.shutdown();
        return failures.get();
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
