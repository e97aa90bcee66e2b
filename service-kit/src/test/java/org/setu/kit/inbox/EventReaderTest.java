package org.setu.kit.inbox;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.setu.events.referral.ReferralCancelled;
import org.setu.events.referral.ReferralEvent;
import org.setu.events.screening.ConsentChanged;
import org.setu.events.screening.ScreeningCompleted;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every consumer reads CloudEvents through the kit's reader; these are its promises, without Kafka. */
class EventReaderTest {

    private static final UUID CASE = UUID.fromString("7d1c1f3a-2b4d-4c6e-8f10-a1b2c3d4e501");
    private final EventReader reader = new EventReader();

    EventReaderTest() {
        reader.json = new ObjectMapper().findAndRegisterModules().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    private static String cancelled(String caseRef) {
        return """
                {"referralId":"%s","caseId":"%s","caseRef":%s,"category":"SHELTER","serviceId":"%s",
                 "organizationId":"%s","referringAgencyId":"%s","status":"CANCELLED","urgency":"HIGH","dueAt":null,
                 "attempt":1,"reasonCode":"CASE_ERASED","occurredAt":"2026-03-01T10:00:00Z"}""".formatted(UUID.randomUUID(), CASE,
                caseRef, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
    }

    private static ConsumerRecord<String, String> record(Map<String, String> headers, String value) {
        ConsumerRecord<String, String> r = new ConsumerRecord<>("setu.referral.v1", 0, 0L, CASE.toString(), value);
        headers.forEach((k, v) -> r.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
        return r;
    }

    @Test
    void aReferralEventBecomesItsRecordWithItsCloudEventAttributes() {
        IncomingEvent<?> e = reader.read(record(Map.of("ce_id", "e-1", "ce_type", "setu.referral.cancelled.v2",
                "ce_subject", "s-1", "ce_time", "2026-03-01T10:00:01Z",
                "ce_dataschema", "https://setu.example.org/schemas/referral/cancelled.v2.json"), cancelled("null")),
                ReferralEvent.class).orElseThrow();
        assertThat(e.data()).isInstanceOf(ReferralCancelled.class);
        assertThat(((ReferralCancelled) e.data()).caseId()).isEqualTo(CASE);
        assertThat(e.id()).isEqualTo("e-1");
        assertThat(e.type()).isEqualTo("setu.referral.cancelled.v2");
        assertThat(e.subject()).isEqualTo("s-1");
        assertThat(e.time()).hasToString("2026-03-01T10:00:01Z");
        assertThat(e.dataschema()).isEqualTo("https://setu.example.org/schemas/referral/cancelled.v2.json");
    }

    @Test
    void theOlderRelativeDataschemaIsReadAsTheAbsoluteOne() {
        IncomingEvent<?> e = reader.read(record(Map.of("ce_id", "e-2", "ce_type", "setu.referral.cancelled.v1",
                "ce_dataschema", "/schemas/referral/cancelled.v1.json"), cancelled("\"BD-DHK-2026-000001\"")),
                ReferralEvent.class).orElseThrow();
        assertThat(e.dataschema()).isEqualTo("https://setu.example.org/schemas/referral/cancelled.v1.json");
        assertThat(e.subject()).as("the record key when ce_subject is absent").isEqualTo(CASE.toString());
    }

    @Test
    void everyOlderVersionTheCatalogStillReadsIsRead() {
        String consent = """
                {"caseId":"%s","caseRef":"BD-DHK-2026-000001","agencyId":"%s","consent":{"services":["SHELTER"],"shareWithProviders":"BASIC"},
                 "occurredAt":"2026-03-01T10:00:00Z"}""".formatted(CASE, UUID.randomUUID());
        assertThat(reader.read(record(Map.of("ce_id", "e-3", "ce_type", "setu.screening.consent-changed.v1"), consent),
                ConsentChanged.class).orElseThrow().data()).isInstanceOf(ConsentChanged.class);
        assertThat(reader.read(record(Map.of("ce_id", "e-4", "ce_type", "setu.referral.cancelled.v1"),
                cancelled("\"BD-DHK-2026-000001\"")), ReferralEvent.class)).isPresent();
    }

    @Test
    void aTypeTheConsumerDoesNotActOnOrSetuDoesNotKnowIsSkippedUnread() {
        assertThat(reader.read(record(Map.of("ce_id", "e-5", "ce_type", "setu.referral.cancelled.v2"), "{not json"),
                ScreeningCompleted.class)).isEmpty();
        assertThat(reader.read(record(Map.of("ce_id", "e-6", "ce_type", "setu.referral.reopened.v9"), "{}"),
                ReferralEvent.class)).isEmpty();
    }

    @Test
    void anUnreadableEventNamesItsTypeAndWhereItBrokeButNeverTheValue() {
        String broken = cancelled("null").replace("\"attempt\":1", "\"attempt\":\"secret-value\"");
        assertThatThrownBy(() -> reader.read(record(Map.of("ce_id", "e-7", "ce_type", "setu.referral.cancelled.v2"), broken),
                ReferralEvent.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unreadable setu.referral.cancelled.v2 event at attempt")
                .hasMessageNotContaining("secret-value");
        assertThatThrownBy(() -> reader.read(record(Map.of("ce_id", "e-8"), "{}"), ReferralEvent.class))
                .hasMessageContaining("no ce_type");
    }
}
