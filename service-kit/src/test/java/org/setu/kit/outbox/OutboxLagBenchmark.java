package org.setu.kit.outbox;

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
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

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
        List<Long> lagsMicros = Collections.synchronizedList(new ArrayList<>());
        Thread reader = new Thread(() -> read(ours, lagsMicros));
        reader.start();
        Thread.sleep(3000); // the reader has joined its group

        long start = System.nanoTime();
        for (int i = 0; i < EVENTS; i++) {
            long due = start + i * 1_000_000_000L / PER_SECOND;
            while (System.nanoTime() < due) Thread.onSpinWait();
            ours.add(app.completeScreening(UUID.randomUUID(), false).toString());
        }
        reader.join(120_000);

        List<Long> sorted = new ArrayList<>(lagsMicros);
        Collections.sort(sorted);
        String report = String.format("outbox lag, commit to consumer receipt, %d events at %d/s: received %d, "
                        + "p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", EVENTS, PER_SECOND, sorted.size(),
                pct(sorted, 0.50) / 1000.0, pct(sorted, 0.99) / 1000.0, sorted.get(sorted.size() - 1) / 1000.0);
        System.out.print(report);
        Files.writeString(Path.of("target/outbox-lag.txt"), report);
        assertThat(sorted).hasSize(EVENTS);
    }

    private static void read(Set<String> ours, List<Long> lagsMicros) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KitTestTopics.bootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG, "outbox-lag-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest"), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.SCREENING));
            long deadline = System.currentTimeMillis() + 180_000;
            while (lagsMicros.size() < EVENTS && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(100))) {
                    String id = KitTestTopics.header(r, "ce_id");
                    if (id == null || !ours.contains(id)) continue;
                    OffsetDateTime committed = OffsetDateTime.parse(KitTestTopics.header(r, "ce_time"));
                    lagsMicros.add(Duration.between(committed, OffsetDateTime.now()).toNanos() / 1000);
                }
            }
        }
    }

    private static double pct(List<Long> sorted, double p) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1));
    }
}
