package org.setu.kit.outbox;

import org.setu.devstack.testing.TopicReader;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.setu.events.Topics;
import org.setu.events.referral.ReferralAccepted;
import org.setu.events.testing.SchemaValidator;
import org.setu.events.vocabulary.ReferralStatus;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Urgency;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@QuarkusTest
class OutboxTest {

    @Inject
    KitTestApp app;

    @Inject
    OutboxRelayService relayService;

    @Inject
    KafkaOutboxPublisher kafkaPublisher;

    @Inject
    DataSource dataSource;

    @AfterEach
    void theServicesOwnRelayPublishesAgain() {
        relayService.resume();
        await(relayService::isActive, Duration.ofSeconds(15));
    }

    @Test
    void aCommittedChangesEventReachesItsTopicKeyedByTheCaseAsABinaryCloudEvent() {
        UUID caseId = UUID.randomUUID();
        UUID eventId = app.completeScreening(caseId, false);

        ConsumerRecord<byte[], byte[]> record = firstWithKey(caseId.toString());

        assertThat(TopicReader.header(record, "ce_id")).isEqualTo(eventId.toString());
        assertThat(TopicReader.header(record, "ce_type")).isEqualTo("setu.screening.completed.v1");
        assertThat(TopicReader.header(record, "ce_source")).isEqualTo("/kit-test");
        assertThat(TopicReader.header(record, "ce_subject")).isEqualTo(caseId.toString());
        assertThat(TopicReader.header(record, "ce_partitionkey")).isEqualTo(caseId.toString());
        assertThat(TopicReader.header(record, "ce_dataschema")).isEqualTo("https://setu.example.org/schemas/screening/completed.v1.json");
        // the CloudEvents SDK, not only our own reading, accepts the record
        try (CloudEventDeserializer sdk = new CloudEventDeserializer()) {
            CloudEvent event = sdk.deserialize(record.topic(), record.headers(), record.value());
            assertThat(event.getId()).isEqualTo(eventId.toString());
            assertThat(event.getSpecVersion().toString()).isEqualTo("1.0");
            assertThat(new String(event.getData().toBytes(), StandardCharsets.UTF_8)).contains(caseId.toString());
        }
    }

    @Test
    void aReferralEventIsPublishedOnItsTopicKeyedByTheCaseWithAPayloadThatKeepsToItsSchema() {
        UUID caseId = UUID.randomUUID();
        ReferralAccepted accepted = new ReferralAccepted(UUID.randomUUID(), caseId, "BD-7K3F-9Q2M",
                ServiceCategory.SHELTER, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), ReferralStatus.ACCEPTED,
                Urgency.IMMEDIATE, Instant.parse("2026-11-30T09:00:00Z"), 1, null, Instant.now());
        UUID eventId = app.record(accepted);

        ConsumerRecord<byte[], byte[]> record = TopicReader.readUntil(Topics.REFERRAL,
                        rs -> rs.stream().anyMatch(r -> caseId.toString().equals(TopicReader.key(r))), Duration.ofSeconds(30))
                .stream().filter(r -> caseId.toString().equals(TopicReader.key(r))).findFirst().orElseThrow();

        assertThat(TopicReader.header(record, "ce_id")).isEqualTo(eventId.toString());
        assertThat(TopicReader.header(record, "ce_type")).isEqualTo("setu.referral.accepted.v1");
        assertThat(TopicReader.header(record, "ce_dataschema")).isEqualTo("https://setu.example.org/schemas/referral/accepted.v1.json");
        assertThat(SchemaValidator.problems("setu.referral.accepted.v1", new String(record.value(), StandardCharsets.UTF_8)))
                .isEmpty();
    }

    @Test
    void aRolledBackChangePublishesNothing() {
        UUID rolledBack = UUID.randomUUID();
        assertThatThrownBy(() -> app.completeScreening(rolledBack, true)).hasMessageContaining("could not be saved");
        UUID later = UUID.randomUUID();
        app.completeScreening(later, false);

        List<ConsumerRecord<byte[], byte[]>> records = TopicReader.readUntil(Topics.SCREENING,
                rs -> rs.stream().anyMatch(r -> later.toString().equals(TopicReader.key(r))), Duration.ofSeconds(30));

        assertThat(records).extracting(TopicReader::key).contains(later.toString()).doesNotContain(rolledBack.toString());
        assertThat(app.screeningsOf(rolledBack)).isZero();
    }

    @Test
    void oneCasesEventsArePublishedInTheOrderTheyWereCommitted() {
        UUID caseId = UUID.randomUUID();
        for (int i = 0; i < 20; i++) app.completeScreening(UUID.randomUUID(), false); // other cases interleave
        // the same case, several times: the key decides the partition, the outbox the order
        List<UUID> sameCase = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) sameCase.add(recordFor(caseId));

        List<ConsumerRecord<byte[], byte[]>> records = TopicReader.readUntil(Topics.SCREENING,
                rs -> rs.stream().filter(r -> caseId.toString().equals(TopicReader.key(r))).count() >= 5,
                Duration.ofSeconds(30));

        assertThat(records.stream().filter(r -> caseId.toString().equals(TopicReader.key(r)))
                .map(r -> UUID.fromString(TopicReader.header(r, "ce_id"))).distinct().toList())
                .containsExactlyElementsOf(sameCase);
    }

    @Test
    void whileTheBrokerIsFrozenWritesStillSucceedAndTheEventsLeaveOnceItIsBack() throws Exception {
        long broker = brokerPid();
        signal("STOP", broker);
        UUID caseId = UUID.randomUUID();
        UUID eventId;
        try {
            eventId = app.completeScreening(caseId, false);
            assertThat(app.screeningsOf(caseId)).isEqualTo(1);
            Thread.sleep(2000);
            assertThat(app.unpublishedOf(eventId)).as("waits in the outbox").isEqualTo(1);
        } finally {
            signal("CONT", broker);
        }
        await(() -> app.unpublishedOf(eventId) == 0, Duration.ofSeconds(90));
        assertThat(TopicReader.header(firstWithKey(caseId.toString()), "ce_id")).isEqualTo(eventId.toString());
    }

    @Test
    void twoRelaysNeverPublishAtOnceAndAStandbyTakesOverWhenTheActiveOneStops() {
        AtomicInteger publishedByA = new AtomicInteger();
        AtomicInteger publishedByB = new AtomicInteger();
        OutboxRelay a = testRelay("a", e -> { publishedByA.incrementAndGet(); return CompletableFuture.completedFuture(null); });
        OutboxRelay b = testRelay("b", e -> { publishedByB.incrementAndGet(); return CompletableFuture.completedFuture(null); });
        try {
            a.start();
            b.start();
            await(relayService::isActive, Duration.ofSeconds(10));
            sleep(2500); // longer than the standby retry: both standbys have tried the lock
            assertThat(List.of(a.isActive(), b.isActive())).containsOnly(false);

            relayService.pause();
            await(() -> a.isActive() || b.isActive(), Duration.ofSeconds(15));
            assertThat(a.isActive() && b.isActive()).isFalse();

            UUID eventId = app.completeScreening(UUID.randomUUID(), false);
            await(() -> app.unpublishedOf(eventId) == 0, Duration.ofSeconds(15));
            assertThat(publishedByA.get() + publishedByB.get()).isGreaterThanOrEqualTo(1);
            assertThat(publishedByA.get() == 0 || publishedByB.get() == 0).as("only one relay published").isTrue();
        } finally {
            a.stop();
            b.stop();
        }
    }

    @Test
    void aRelayKilledAfterPublishingButBeforeMarkingLeavesExactlyOneEffectDownstream() {
        relayService.pause();
        UUID caseId = UUID.randomUUID();
        UUID eventId = app.completeScreening(caseId, false);
        AtomicInteger sent = new AtomicInteger();
        OutboxRelay crashing = testRelay("crashing", e -> kafkaPublisher.publish(e).thenCompose(ok -> {
            sent.incrementAndGet();
            return CompletableFuture.failedFuture(new IllegalStateException("killed before marking"));
        }));
        try {
            crashing.start();
            await(() -> sent.get() >= 1, Duration.ofSeconds(20));
        } finally {
            crashing.stop();
        }
        assertThat(app.unpublishedOf(eventId)).as("never marked").isEqualTo(1);

        relayService.resume(); // the next relay sends it again
        await(() -> app.unpublishedOf(eventId) == 0, Duration.ofSeconds(20));

        List<ConsumerRecord<byte[], byte[]>> copies = TopicReader.readUntil(Topics.SCREENING,
                rs -> rs.stream().filter(r -> caseId.toString().equals(TopicReader.key(r))).count() >= 2, Duration.ofSeconds(30))
                .stream().filter(r -> caseId.toString().equals(TopicReader.key(r))).toList();
        assertThat(copies).hasSizeGreaterThanOrEqualTo(2);
        await(() -> app.effectsOf(eventId.toString()) >= 1, Duration.ofSeconds(20));
        sleep(1000);
        assertThat(app.effectsOf(eventId.toString())).isEqualTo(1);
    }

    private UUID recordFor(UUID caseId) {
        // a second screening of the same case: a different row, the same key
        return app.completeScreeningAgain(caseId);
    }

    private OutboxRelay testRelay(String name, OutboxRelay.Publisher publisher) {
        return new OutboxRelay("test-" + name, dataSource, publisher,
                new OutboxRelay.Settings(50, Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(10)), d -> { });
    }

    private static ConsumerRecord<byte[], byte[]> firstWithKey(String key) {
        return TopicReader.readUntil(Topics.SCREENING, rs -> rs.stream().anyMatch(r -> key.equals(TopicReader.key(r))),
                        Duration.ofSeconds(30))
                .stream().filter(r -> key.equals(TopicReader.key(r))).findFirst()
                .orElseThrow(() -> new AssertionError("no record with key " + key));
    }

    private static long brokerPid() throws Exception {
        String port = TopicReader.bootstrap().replaceAll(".*:", "");
        Path pidFile = org.setu.devstack.StateFolder.locate().pidFile("kafka-test-" + port);
        return Long.parseLong(Files.readString(pidFile).trim());
    }

    private static void signal(String signal, long pid) throws Exception {
        assertThat(new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).start().waitFor()).isZero();
    }

    static void await(BooleanSupplier condition, Duration timeout) {
        TopicReader.await(condition, timeout);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
