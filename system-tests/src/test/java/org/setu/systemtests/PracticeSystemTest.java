package org.setu.systemtests;

import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.setu.devstack.SetuService;
import org.setu.events.Topics;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.setu.systemtests.Keycloak.tokenFor;

/**
 * Training on the running platform: a screener's practice attempt, a trainer's assignment and the trainer's reading of
 * progress leave no case, screening, referral or delivery behind and put nothing on any topic; what they keep is the
 * practice rows and their audit lines, in the screening service alone.
 */
@ExtendWith({RunningPlatform.class, PlatformAccess.class})
class PracticeSystemTest {

    static final String CASE = "hotel-job-age-17";
    static final String SCREENING = "setu_screening.\"public\".";

    @Test
    void aPracticeSessionAndATrainersFollowUpLeaveNoTraceInCasesReferralsOrTopics() {
        Map<String, Long> before = Databases.settledRowCounts(60_000);
        Instant started = Instant.now();
        List<UUID> pending = Databases.pendingDeliveries();
        Map<String, Long> offsets = endOffsets();

        given().auth().oauth2(tokenFor("screener")).contentType(ContentType.JSON)
                .body("{\"answers\":" + Bodies.answers() + "}")
                .when().post(Setu.SCREENING + "/practice/cases/{id}/attempts", CASE).then().statusCode(200);
        String trainer = tokenFor("trainer");
        given().auth().oauth2(trainer).contentType(ContentType.JSON).body(Bodies.practiceAssignment())
                .when().post(Setu.SCREENING + "/practice/assignments").then().statusCode(201);
        given().auth().oauth2(trainer).when().get(Setu.SCREENING + "/practice/progress").then().statusCode(200)
                .body("screeners.find { it.screener == 'screener' }.attempts", greaterThanOrEqualTo(1))
                .body("screeners.find { it.screener == 'screener' }.cases.find { it.caseId == '" + CASE + "' }.lastAgrees",
                        equalTo(false));

        Map<String, Long> after = new TreeMap<>(Databases.settledRowCounts(30_000));
        Map<String, Long> retries = Databases.scheduledRetriesSince(started, pending);
        retries.forEach((table, n) -> after.computeIfPresent(table, (t, count) -> count - n));
        Map<String, Long> expected = new TreeMap<>(before);
        expected.merge(SCREENING + "\"practice_attempt\"", 1L, Long::sum);
        expected.merge(SCREENING + "\"practice_assignment\"", 1L, Long::sum);
        // the attempt's READ of the practice case, the assignment's CREATE and the progress READ
        expected.merge(SCREENING + "\"kit_audit_trail\"", 3L, Long::sum);
        assertThat(after).as("row counts of every table of the five services").isEqualTo(expected);

        Map<String, Long> offsetsAfter = endOffsets();
        long notificationRetries = retries.getOrDefault(SetuService.NOTIFICATION.database() + ".\"public\".\"kit_outbox\"", 0L);
        offsetsAfter.computeIfPresent(Topics.NOTIFICATION, (t, end) -> end - notificationRetries);
        assertThat(offsetsAfter).as("the end of every topic").isEqualTo(offsets);
    }

    /** The end offset of every topic of the platform (not the broker's own), its partitions summed. */
    private static Map<String, Long> endOffsets() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, PlatformAccess.platform().kafkaBootstrap());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        Map<String, Long> ends = new TreeMap<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            for (Map.Entry<String, List<PartitionInfo>> topic : consumer.listTopics(Duration.ofSeconds(30)).entrySet()) {
                // the broker's own bookkeeping (consumers committing offsets) is not the platform's record
                if (topic.getKey().startsWith("__")) continue;
                List<TopicPartition> partitions = topic.getValue().stream().map(i -> new TopicPartition(i.topic(), i.partition())).toList();
                ends.put(topic.getKey(), consumer.endOffsets(partitions, Duration.ofSeconds(30)).values().stream()
                        .mapToLong(Long::longValue).sum());
            }
        }
        return ends;
    }
}
