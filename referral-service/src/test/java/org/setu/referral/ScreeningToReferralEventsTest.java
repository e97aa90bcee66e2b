package org.setu.referral;

import org.setu.devstack.testing.TopicReader;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.setu.events.Topics;
import org.setu.events.directory.CapacityChanged;
import org.setu.events.directory.ServiceRemoved;
import org.setu.events.directory.ServiceUpserted;
import org.setu.events.screening.ScreeningCompleted;
import org.setu.events.testing.SchemaValidator;
import org.setu.events.vocabulary.AgeBand;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Sex;
import org.setu.events.vocabulary.Urgency;
import org.setu.referral.app.DirectoryProjectionService;
import org.setu.referral.domain.Referral;
import org.setu.referral.persistence.DirectoryReadModel;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.setu.referral.SampleDirectory.*;
import static org.setu.referral.Screenings.area;

/** The whole path through real Kafka: screening events in, referral events out, the directory read model kept. */
@QuarkusTest
class ScreeningToReferralEventsTest {

    @Inject
    DirectoryProjectionService projection;

    @Inject
    DirectoryReadModel readModel;

    @Inject
    ObjectMapper json;

    @BeforeEach
    void directory() {
        SampleDirectory.ensure();
    }

    static ScreeningCompleted girlInCoxsBazar(List<ServiceCategory> needs) {
        return Screenings.completed(DHAKA_NGO, Urgency.IMMEDIATE, AgeBand.CHILD_12_17, Sex.FEMALE,
                area(CHATTAGRAM, COXS_BAZAR, UKHIYA), null, List.of("bn"), needs, needs);
    }

    @Test
    void aPublishedScreeningLeadsToReferralSentEventsThatKeepToTheirSchemas() {
        ScreeningCompleted screening = girlInCoxsBazar(List.of(ServiceCategory.CHILD_PROTECTION, ServiceCategory.MEDICAL));
        String caseId = screening.caseId().toString();

        KafkaTopics.publish(screening);

        List<ConsumerRecord<byte[], byte[]>> records = TopicReader.readUntil(Topics.REFERRAL, rs -> rs.stream()
                .filter(r -> caseId.equals(TopicReader.key(r)))
                .filter(r -> "setu.referral.sent.v1".equals(TopicReader.header(r, "ce_type"))).count() >= 2, Duration.ofSeconds(30));
        List<ConsumerRecord<byte[], byte[]>> ofCase = records.stream().filter(r -> caseId.equals(TopicReader.key(r))).toList();

        assertThat(ofCase).extracting(r -> TopicReader.header(r, "ce_type"))
                .containsExactlyInAnyOrder("setu.referral.created.v1", "setu.referral.sent.v1",
                        "setu.referral.created.v1", "setu.referral.sent.v1");
        for (ConsumerRecord<byte[], byte[]> r : ofCase) {
            assertThat(SchemaValidator.problems(TopicReader.header(r, "ce_type"), TopicReader.value(r))).isEmpty();
            assertThat(TopicReader.header(r, "ce_source")).isEqualTo("/referral-service");
            assertThat(TopicReader.value(r)).doesNotContain("note");
            try (CloudEventDeserializer sdk = new CloudEventDeserializer()) {
                CloudEvent event = sdk.deserialize(r.topic(), r.headers(), r.value());
                assertThat(event.getSubject()).isEqualTo(caseId);
            }
        }
        assertThat(ofCase.stream().filter(r -> "setu.referral.sent.v1".equals(TopicReader.header(r, "ce_type")))
                .map(TopicReader::value)).anyMatch(v -> v.contains(CP_COX.id().toString()));
    }

    @Test
    void theSameScreeningEventDeliveredTwiceCreatesNothingNew() {
        ScreeningCompleted screening = girlInCoxsBazar(List.of(ServiceCategory.CHILD_PROTECTION));
        String ceId = UUID.randomUUID().toString();
        KafkaTopics.publish(screening, ceId);
        KafkaTopics.publish(screening, ceId);
        // a later screening of the same case (same key, so it follows both copies) adds a need
        ScreeningCompleted later = new ScreeningCompleted(screening.caseId(), screening.caseRef(), UUID.randomUUID(),
                screening.agencyId(), screening.context(), screening.classification(), screening.urgency(),
                List.of(ServiceCategory.CHILD_PROTECTION, ServiceCategory.MEDICAL), screening.ageBand(), screening.sex(),
                screening.currentLocation(), null, screening.languages(), screening.victimCategory(),
                new org.setu.events.screening.Consent(List.of(ServiceCategory.CHILD_PROTECTION, ServiceCategory.MEDICAL),
                        org.setu.events.screening.ShareLevel.BASIC), Instant.now());
        KafkaTopics.publish(later);

        List<Referral> referrals = Referrals.awaitOfCase(screening.caseId(), 2);

        assertThat(referrals).extracting(Referral::category)
                .containsExactlyInAnyOrder(ServiceCategory.CHILD_PROTECTION, ServiceCategory.MEDICAL);
    }

    @Test
    void anUnreadableDirectoryRecordGoesToTheDeadLetterTopicAndLaterRecordsStillFlow() throws Exception {
        String poison = UUID.randomUUID().toString();
        UUID serviceId = UUID.randomUUID();
        KafkaTopics.publishRaw(Topics.DIRECTORY, serviceId.toString(), poison, "setu.directory.service-upserted.v1", "{\"service\": 42}");
        var later = service(serviceId.toString(), org(99), ServiceCategory.EDUCATION, district(SYLHET), null, null,
                List.of(), List.of("bn"), 1);
        KafkaTopics.publish(new ServiceUpserted(later, Instant.now()));

        TopicReader.await(() -> readModel.versionOf(serviceId).isPresent(), Duration.ofSeconds(30));
        var dead = TopicReader.readUntil(Topics.deadLetter("referral-service"),
                rs -> rs.stream().anyMatch(r -> poison.equals(TopicReader.header(r, "ce_id"))), Duration.ofSeconds(30));
        var record = dead.stream().filter(r -> poison.equals(TopicReader.header(r, "ce_id"))).findFirst().orElseThrow();
        assertThat(TopicReader.header(record, "dead-letter-reason")).contains("unreadable", "at service").doesNotContain("42");
    }

    @Test
    void theReadModelKeepsTheNewestSnapshotAndARemovedServiceStaysRemoved() {
        var v2 = SampleDirectory.withVersion(service(UUID.randomUUID().toString(), org(98), ServiceCategory.EDUCATION,
                district(RANGAMATI), null, null, List.of(), List.of("bn"), 2), 2, 2, true);
        var v1 = SampleDirectory.withVersion(v2, 1, 9, false);
        var v3 = SampleDirectory.withVersion(v2, 3, 7, true);

        projection.apply(new ServiceUpserted(v2, Instant.now()));
        projection.apply(new ServiceUpserted(v1, Instant.now()));
        assertThat(readModel.find(v2.id()).orElseThrow().freeCapacity()).as("the older snapshot is ignored").isEqualTo(2);

        projection.apply(new CapacityChanged(v3, v2.capacity(), Instant.now()));
        assertThat(readModel.find(v2.id()).orElseThrow().freeCapacity()).isEqualTo(7);

        projection.apply(new ServiceRemoved(v2.id(), v2.organizationId(), Instant.now()));
        projection.apply(new ServiceUpserted(v2, Instant.now()));
        assertThat(readModel.find(v2.id())).as("an older snapshot does not bring it back").isEmpty();
    }
}
