package org.setu.kit.inbox;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.setu.events.Topics;
import org.setu.kit.outbox.KitTestApp;
import org.setu.kit.outbox.KitTestTopics;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class InboxTest {

    @Inject
    KitTestApp app;

    @Test
    void theSameEventDeliveredTwiceChangesStateOnce() throws Exception {
        String eventId = UUID.randomUUID().toString();
        String caseId = UUID.randomUUID().toString();
        String marker = UUID.randomUUID().toString();

        KitTestTopics.send(Topics.SCREENING, caseId, eventId, "{\"caseId\":\"" + caseId + "\"}");
        KitTestTopics.send(Topics.SCREENING, caseId, eventId, "{\"caseId\":\"" + caseId + "\"}");
        KitTestTopics.send(Topics.SCREENING, caseId, marker, "{\"caseId\":\"" + caseId + "\"}");

        // the marker follows both copies on the same partition: once it is applied, both copies were seen
        KitTestTopics.await(() -> app.effectsOf(marker) == 1, Duration.ofSeconds(30));
        assertThat(app.effectsOf(eventId)).isEqualTo(1);
    }

    @Test
    void aPoisonMessageLandsOnTheDeadLetterTopicWithItsReasonWhileLaterMessagesStillFlow() throws Exception {
        String caseId = UUID.randomUUID().toString();
        String poison = UUID.randomUUID().toString();
        String later = UUID.randomUUID().toString();

        KitTestTopics.send(Topics.SCREENING, caseId, poison, "{\"poison\":true}");
        KitTestTopics.send(Topics.SCREENING, caseId, later, "{\"caseId\":\"" + caseId + "\"}");

        KitTestTopics.await(() -> app.effectsOf(later) == 1, Duration.ofSeconds(30));
        assertThat(app.effectsOf(poison)).isZero();
        List<ConsumerRecord<byte[], byte[]>> dead = KitTestTopics.readUntil(Topics.deadLetter("referral-service"),
                rs -> rs.stream().anyMatch(r -> poison.equals(KitTestTopics.header(r, "ce_id"))), Duration.ofSeconds(30));
        ConsumerRecord<byte[], byte[]> record = dead.stream()
                .filter(r -> poison.equals(KitTestTopics.header(r, "ce_id"))).findFirst().orElseThrow();
        assertThat(KitTestTopics.header(record, "dead-letter-reason")).contains("unreadable screening event");
    }
}
