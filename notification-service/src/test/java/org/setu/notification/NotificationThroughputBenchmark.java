package org.setu.notification;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * Measures, does not assert: how many notifications per second the service sends, and the time from
 * {@code referral.sent} on Kafka to the email accepted by SMTP (GreenMail) or the SMS by the gateway (WireMock).
 * Run alone: {@code -Dtest=NotificationThroughputBenchmark -Dsetu.bench=true [-Dsetu.bench.events=500]
 * [-Dsetu.bench.rate=50]} (events per second; without it all events are sent at once, which measures the backlog).
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "setu.bench", matches = "true")
class NotificationThroughputBenchmark {

    @Inject
    ObjectMapper json;

    @Inject
    DataSource dataSource;

    @Inject
    AdjustableClock clock;

    @Test
    void referralSentToEmailAndSms() {
        int events = Integer.getInteger("setu.bench.events", 500);
        int rate = Integer.getInteger("setu.bench.rate", 0);   // events per second; 0 sends them all at once
        UUID service = UUID.randomUUID();
        String focal = "bench-" + service + "@shelter.test";
        Events.publish(json, Events.service(service, UUID.randomUUID(), focal, "+8801711000000", "bn"));
        Db.awaitContact(dataSource, service);
        // warm-up: one referral through every layer
        Events.publish(json, Events.sent(UUID.randomUUID(), UUID.randomUUID(), Events.caseRef(), service, UUID.randomUUID(), UUID.randomUUID()));
        Events.await(() -> EmailNotificationTest.mailsTo(focal).size() == 1, Duration.ofSeconds(30), "warm-up");

        long start = System.nanoTime();
        UUID referringAgency = UUID.randomUUID();
        for (int i = 0; i < events; i++) {
            if (rate > 0) pace(start, i, rate);
            Events.send(json, Events.sent(UUID.randomUUID(), UUID.randomUUID(), Events.caseRef(), service, UUID.randomUUID(),
                    referringAgency), UUID.randomUUID().toString());
        }
        Events.flush();
        long published = System.nanoTime();
        Events.await(() -> EmailNotificationTest.mailsTo(focal).size() == events + 1, Duration.ofMinutes(5), "all emails");
        Events.await(() -> delivered(referringAgency) == 2L * events, Duration.ofMinutes(5), "all notifications");
        double seconds = (System.nanoTime() - start) / 1e9;

        long offsetMs = clock.offset().toMillis();
        Map<String, Map<String, Object>> latency = Db.rows(dataSource, """
                SELECT channel,
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS p50,
                       percentile_cont(0.99) WITHIN GROUP (ORDER BY ms) AS p99,
                       max(ms) AS max
                FROM (SELECT channel, extract(epoch FROM (delivered_at - event_time)) * 1000 - ? AS ms
                      FROM delivery WHERE referring_agency_id = ? AND status = 'DELIVERED') d
                GROUP BY channel ORDER BY channel""", offsetMs, referringAgency).stream()
                .collect(java.util.stream.Collectors.toMap(r -> r.get("channel").toString(), r -> r, (a, b) -> a, java.util.TreeMap::new));
        System.out.printf("%n=== notification benchmark: %d referral.sent events %s, %d notifications (email + SMS) ===%n",
                events, rate > 0 ? "at " + rate + "/s" : "at once", 2 * events);
        System.out.printf("publishing took %.2f s; all delivered after %.2f s%n", (published - start) / 1e9, seconds);
        System.out.printf("throughput: %.1f notifications/s (%.1f emails/s)%n", 2 * events / seconds, events / seconds);
        latency.forEach((channel, r) -> System.out.printf("%s latency from referral.sent to accepted: p50 %.0f ms, p99 %.0f ms, max %.0f ms%n",
                channel, ((Number) r.get("p50")).doubleValue(), ((Number) r.get("p99")).doubleValue(), ((Number) r.get("max")).doubleValue()));
    }

    private static void pace(long start, int sent, int rate) {
        long due = start + sent * 1_000_000_000L / rate;
        long wait = due - System.nanoTime();
        if (wait > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private long delivered(UUID referringAgency) {
        return (Long) Db.rows(dataSource, "SELECT count(*) AS n FROM delivery WHERE referring_agency_id = ? AND status = 'DELIVERED'",
                referringAgency).get(0).get("n");
    }
}
