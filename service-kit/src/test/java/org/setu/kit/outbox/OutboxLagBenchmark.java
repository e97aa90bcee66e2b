package org.setu.kit.outbox;

import org.setu.devstack.testing.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.setu.events.Topics;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Outbox lag, commit to consumer receipt, over 10,000 events recorded at a steady 500 per second. A
 * measurement, not a test: it runs only when asked, asserts no timing, and writes its figures to
 * {@code target/outbox-lag.txt}.
 *
 * <pre>./mvnw verify -pl service-kit -am -Dsetu.bench=outbox-lag -Dtest=OutboxLagBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "setu.bench", matches = "outbox-lag")
class OutboxLagBenchmark {

    private static final int EVENTS = 10_000;
    private static final int PER_SECOND = 500;

    @Inject
    KitTestApp app;

    @Test
    void outboxLagFromCommitToConsumerReceipt() throws Exception {
        Set<String> ours = ConcurrentHashMap.newKeySet();
        Map<String, Long> lagsMicros = new ConcurrentHashMap<>();
        Thread reader = new Thread(() -> read(lagsMicros));
        reader.start();

        long start = System.nanoTime();
        for (int i = 0; i < EVENTS; i++) {
            long due = start + i * 1_000_000_000L / PER_SECOND;
            long wait = due - System.nanoTime();
            if (wait > 0) LockSupport.parkNanos(wait);
            ours.add(app.completeScreening(UUID.randomUUID(), false).toString());
        }
        long deadline = System.currentTimeMillis() + 120_000;
        while (!lagsMicros.keySet().containsAll(ours) && System.currentTimeMillis() < deadline) Thread.sleep(100);
        reader.interrupt();

        List<Long> sorted = new ArrayList<>(lagsMicros.entrySet().stream()
                .filter(e -> ours.contains(e.getKey())).map(Map.Entry::getValue).toList());
        Collections.sort(sorted);
        assertThat(sorted).as("events received").isNotEmpty();
        String report = String.format("outbox lag, commit to consumer receipt, %d events at %d/s: received %d, "
                        + "p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", EVENTS, PER_SECOND, sorted.size(),
                pct(sorted, 0.50) / 1000.0, pct(sorted, 0.99) / 1000.0, sorted.get(sorted.size() - 1) / 1000.0);
        System.out.print(report);
        Files.writeString(Path.of("target/outbox-lag.txt"), report);
        assertThat(sorted).hasSize(EVENTS);
    }

    /** Notes the lag of every record it sees; the caller keeps those it recorded (an id may arrive first). */
    private static void read(Map<String, Long> lagsMicros) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TopicReader.bootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG, "outbox-lag-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.SCREENING));
            long deadline = System.currentTimeMillis() + 180_000;
            while (!Thread.currentThread().isInterrupted() && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(100))) {
                    String id = TopicReader.header(r, "ce_id");
                    if (id == null) continue;
                    // ce_time is the row's commit-time stamp, written by the relay from kit_outbox.created_at
                    ZonedDateTime committed = ZonedDateTime.parse(TopicReader.header(r, "ce_time"),
                            DateTimeFormatter.ISO_DATE_TIME);
                    lagsMicros.put(id, Duration.between(committed, ZonedDateTime.now()).toNanos() / 1000);
                }
            }
        } catch (org.apache.kafka.common.errors.InterruptException done) {
            // the measurement has what it needs
        }
    }

    private static double pct(List<Long> sorted, double p) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1));
    }
}
