package org.setu.notification;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.setu.events.Topics;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** An event the service cannot read goes to its dead-letter topic with the reason, and later events still flow. */
@QuarkusTest
class DeadLetterTest {

    @Inject
    ObjectMapper json;

    @Inject
    DataSource dataSource;

    @Test
    void anUnreadableReferralEventLandsOnTheDeadLetterTopicWhileLaterEventsAreStillNotified() {
        UUID service = UUID.randomUUID();
        String focal = "focal-" + service + "@dlq.test";
        Events.publish(json, Events.service(service, UUID.randomUUID(), focal, null, "en"));
        Db.awaitContact(dataSource, service);
        UUID caseId = UUID.randomUUID();
        String poison = UUID.randomUUID().toString();
        Events.publishRaw(Topics.REFERRAL, caseId.toString(), poison, "setu.referral.sent.v1", "{\"referralId\":\"not-a-uuid\"}");
        Events.publish(json, Events.sent(UUID.randomUUID(), caseId, Events.caseRef(), service, UUID.randomUUID(), UUID.randomUUID()));

        Events.await(() -> EmailNotificationTest.mailsTo(focal).size() == 1, Duration.ofSeconds(30), "the later event's email");
        ConsumerRecord<String, String> dead = readDeadLetter(poison, Duration.ofSeconds(30));
        assertThat(header(dead, "dead-letter-reason")).contains("unreadable setu.referral.sent.v1 event").doesNotContain("not-a-uuid");
        assertThat(dead.key()).isEqualTo(caseId.toString());
        assertThat(Db.deliveriesOf(dataSource, poison)).isEmpty();
    }

    @Test
    void anEventStillCarryingTheOldPathDataschemaIsReadAsBefore() throws Exception {
        UUID service = UUID.randomUUID();
        String focal = "focal-" + service + "@old-schema.test";
        Events.publish(json, Events.service(service, UUID.randomUUID(), focal, null, "en"));
        Db.awaitContact(dataSource, service);
        var sent = Events.sent(UUID.randomUUID(), UUID.randomUUID(), Events.caseRef(), service, UUID.randomUUID(), UUID.randomUUID());
        Events.send(json, sent, UUID.randomUUID().toString(), "/schemas/referral/sent.v1.json").get(10, java.util.concurrent.TimeUnit.SECONDS);

        Events.await(() -> EmailNotificationTest.mailsTo(focal).size() == 1, Duration.ofSeconds(30), "the email about the referral");
    }

    static ConsumerRecord<String, String> readDeadLetter(String ceId, Duration timeout) {
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "dlq-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.deadLetter("notification-service")));
            long deadline = System.currentTimeMillis() + timeout.toMillis();
            List<ConsumerRecord<String, String>> seen = new ArrayList<>();
            while (System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                for (ConsumerRecord<String, String> r : seen) if (ceId.equals(header(r, "ce_id"))) return r;
            }
        }
        throw new AssertionError("no dead letter for the unreadable event");
    }

    static String header(ConsumerRecord<?, ?> r, String name) {
        var h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
