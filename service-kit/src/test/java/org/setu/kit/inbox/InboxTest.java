package org.setu.kit.inbox;

import org.setu.devstack.testing.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.setu.events.Topics;
import org.setu.kit.outbox.KitTestApp;

import java.time.Duration;
import java.util.List;
import java.util.Map;
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

        sendCompleted(caseId, eventId, "{\"caseId\":\"" + caseId + "\"}");
        sendCompleted(caseId, eventId, "{\"caseId\":\"" + caseId + "\"}");
        sendCompleted(caseId, marker, "{\"caseId\":\"" + caseId + "\"}");

        // the marker follows both copies on the same partition: once it is applied, both copies were seen
        TopicReader.await(() -> app.effectsOf(marker) == 1, Duration.ofSeconds(30));
        assertThat(app.effectsOf(eventId)).isEqualTo(1);
    }

    @Test
    void aPoisonMessageLandsOnTheDeadLetterTopicWithItsReasonWhileLaterMessagesStillFlow() throws Exception {
        String caseId = UUID.randomUUID().toString();
        String poison = UUID.randomUUID().toString();
        String later = UUID.randomUUID().toString();

        sendCompleted(caseId, poison, "{\"poison\":true}");
        sendCompleted(caseId, later, "{\"caseId\":\"" + caseId + "\"}");

        TopicReader.await(() -> app.effectsOf(later) == 1, Duration.ofSeconds(30));
        assertThat(app.effectsOf(poison)).isZero();
        List<ConsumerRecord<byte[], byte[]>> dead = TopicReader.readUntil(Topics.deadLetter("referral-service"),
                rs -> rs.stream().anyMatch(r -> poison.equals(TopicReader.header(r, "ce_id"))), Duration.ofSeconds(30));
        ConsumerRecord<byte[], byte[]> record = dead.stream()
                .filter(r -> poison.equals(TopicReader.header(r, "ce_id"))).findFirst().orElseThrow();
        assertThat(TopicReader.header(record, "dead-letter-reason")).contains("unreadable screening event");
    }

    /** A record as the screening service's relay would send it. */
    private static void sendCompleted(String caseId, String eventId, String json) {
        TopicReader.send(Topics.SCREENING, caseId,
                Map.of("id", eventId, "type", "setu.screening.completed.v1", "source", "/screening-service"), json);
    }
}
