package org.setu.devstack.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * For a service's tests: reads a topic of the test's broker from the start, as an outside consumer would, and
 * writes records as another service's outbox relay would (binary-mode CloudEvents), including malformed ones.
 */
public final class TopicReader {

    private static final Map<String, KafkaProducer<String, String>> PRODUCERS = new HashMap<>();

    private TopicReader() {
    }

    /** The broker of the running test application. */
    public static String bootstrap() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    /** Every record of the topic, read until {@code until} holds for the records so far or the time is up. */
    public static List<ConsumerRecord<byte[], byte[]>> readUntil(String topic, Predicate<List<ConsumerRecord<byte[], byte[]>>> until,
                                                                 Duration timeout) {
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.currentTimeMillis() + timeout.toMillis();
            while (System.currentTimeMillis() < deadline && !until.test(records)) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    /** The records of one key (a case) and CloudEvent type, read until {@code count} of them arrived. */
    public static List<ConsumerRecord<byte[], byte[]>> ofKey(String topic, UUID key, String type, int count) {
        Predicate<ConsumerRecord<byte[], byte[]>> wanted = r -> key.toString().equals(key(r)) && type.equals(header(r, "ce_type"));
        return readUntil(topic, rs -> rs.stream().filter(wanted).count() >= count, Duration.ofSeconds(30))
                .stream().filter(wanted).toList();
    }

    public static String key(ConsumerRecord<byte[], byte[]> r) {
        return r.key() == null ? null : new String(r.key(), StandardCharsets.UTF_8);
    }

    public static String value(ConsumerRecord<byte[], byte[]> r) {
        return r.value() == null ? null : new String(r.value(), StandardCharsets.UTF_8);
    }

    /** The payload as JSON (the outbox keeps it as jsonb, so spacing and member order are PostgreSQL's). */
    public static JsonNode json(ConsumerRecord<byte[], byte[]> r) {
        try {
            return new ObjectMapper().readTree(r.value());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + value(r), e);
        }
    }

    public static String header(ConsumerRecord<byte[], byte[]> r, String name) {
        var h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    /**
     * Sends a binary-mode CloudEvent and waits for the broker's acknowledgement.
     *
     * @param attributes CloudEvent attributes without the {@code ce_} prefix ({@code id}, {@code type}, {@code source} …)
     */
    public static void send(String topic, String key, Map<String, String> attributes, String json) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, json);
        add(record, "ce_specversion", "1.0");
        attributes.forEach((name, value) -> add(record, "ce_" + name, value));
        add(record, "content-type", "application/json");
        try {
            producer().send(record).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not send " + attributes.get("type") + " to " + topic, e);
        }
    }

    /**
     * Which of {@code ids} (CloudEvent ids) reached {@code topic}, typically a consumer's {@code setu.<consumer>.dlq},
     * reading the topic from its start for {@code quiet} (the records the consumer dead-letters arrive within it).
     */
    public static java.util.Set<String> idsOn(String topic, java.util.Collection<String> ids, Duration quiet) {
        java.util.Set<String> found = new java.util.TreeSet<>();
        for (ConsumerRecord<byte[], byte[]> r : readUntil(topic, rs -> false, quiet)) {
            String id = header(r, "ce_id");
            if (ids.contains(id)) found.add(id);
        }
        return found;
    }

    public static void await(BooleanSupplier condition, Duration timeout) {
        long deadline = System.currentTimeMillis() + timeout.toMillis();
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) throw new AssertionError("condition not met within " + timeout);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    // one producer per broker: a test run may see several brokers, one per test application
    private static synchronized KafkaProducer<String, String> producer() {
        return PRODUCERS.computeIfAbsent(bootstrap(), servers -> new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers, ProducerConfig.LINGER_MS_CONFIG, 0),
                new StringSerializer(), new StringSerializer()));
    }

    private static void add(ProducerRecord<String, String> record, String name, String value) {
        if (value != null) record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
