package org.setu.notification;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.setu.devstack.Postgres;
import org.setu.devstack.StateFolder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migration V5 moves a delivery's facts from the event's JSON into typed columns, and keeps the JSON in step for the
 * previous version while both run side by side. Each test runs the service's migrations by hand on a scratch
 * database: V1 to V4, rows as the previous version wrote them, then V5. V6 adds the follow-up reminders' columns, and
 * V8 the hand-overs', which the previous version's purge must empty too.
 */
class TypedFactsMigrationTest {

    private static final String DATABASE = "setu_notification_migration_test";
    private static final List<String> BEFORE = List.of("V1__baseline", "V2__notifications", "V3__sealed_webhook_secrets",
            "V4__case_erasure");
    private static final String TYPED = "V5__typed_delivery_facts";
    private static final String REMINDERS = "V6__follow_up_reminders";
    private static final List<String> SINCE = List.of("V7__arrival_notices", "V8__hand_over_notices");

    private static final String CASE = "22222222-2222-2222-2222-222222222222";
    private static final String ORGANIZATION = "44444444-4444-4444-4444-444444444444";
    private static final String REFERRING_AGENCY = "55555555-5555-5555-5555-555555555555";
    private static final String SENT_AS_JSON = """
            {"referralId": "11111111-1111-1111-1111-111111111111", "caseId": "%s", "caseRef": "BD-7K3F-9Q2M",
             "category": "SHELTER", "serviceId": "33333333-3333-3333-3333-333333333333", "organizationId": "%s",
             "referringAgencyId": "%s", "status": "SENT", "urgency": "URGENT", "dueAt": "2026-03-01T09:04:05+06:00",
             "attempt": 2, "reasonCode": "ROUTED", "occurredAt": "2026-03-01T03:04:05.123456Z"}"""
            .formatted(CASE, ORGANIZATION, REFERRING_AGENCY);

    private static Postgres postgres;
    private Connection db;

    @BeforeAll
    static void server() {
        postgres = Postgres.provide(StateFolder.locate(), false, Postgres.EMBEDDED_DEFAULT_PORT);
    }

    @AfterAll
    static void stopServer() {
        if (postgres != null) postgres.close();
    }

    @BeforeEach
    void databaseAsThePreviousVersionLeftIt() throws Exception {
        try (Connection c = postgres.connect("postgres"); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        }
        postgres.ensureDatabase(DATABASE);
        db = postgres.connect(DATABASE);
        for (String migration : BEFORE) run(migration);
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    @Test
    void aDeliveryStoredAsJsonBeforeTheUpgradeKeepsEveryFactInTypedColumns() throws Exception {
        UUID sent = recordedByThePreviousVersion("setu.referral.sent.v1", CASE, SENT_AS_JSON, CASE);
        UUID ping = recordedByThePreviousVersion("setu.notification.ping.v1", "66666666-6666-6666-6666-666666666666",
                "{\"subscriptionId\": \"66666666-6666-6666-6666-666666666666\", \"agencyId\": \"" + ORGANIZATION + "\"}", null);
        UUID purged = recordedByThePreviousVersion("setu.referral.cancelled.v2", null, "{}", null);

        run(TYPED);

        Map<String, Object> d = delivery(sent);
        assertThat(d).containsEntry("case_ref", "BD-7K3F-9Q2M").containsEntry("service_category", "SHELTER")
                .containsEntry("service_id", UUID.fromString("33333333-3333-3333-3333-333333333333"))
                .containsEntry("referral_status", "SENT").containsEntry("urgency", "URGENT")
                .containsEntry("referral_attempt", 2).containsEntry("referral_reason_code", "ROUTED");
        assertThat(((Timestamp) d.get("due_at")).toInstant()).hasToString("2026-03-01T03:04:05Z");
        assertThat(((Timestamp) d.get("occurred_at")).toInstant()).hasToString("2026-03-01T03:04:05.123456Z");
        assertThat(delivery(ping)).as("a ping has no referral facts").containsEntry("referral_status", null);
        assertThat(delivery(purged)).as("a purged delivery has none left").containsEntry("referral_status", null)
                .containsEntry("case_ref", null);
    }

    @Test
    void aDeliveryThePreviousVersionRecordsDuringTheRollingUpgradeGetsItsTypedFactsToo() throws Exception {
        run(TYPED);

        UUID sent = recordedByThePreviousVersion("setu.referral.sent.v1", CASE, SENT_AS_JSON, CASE);

        assertThat(delivery(sent)).containsEntry("case_ref", "BD-7K3F-9Q2M").containsEntry("referral_status", "SENT")
                .containsEntry("referral_attempt", 2);
    }

    @Test
    void aDeliveryThisVersionRecordsCarriesTheJsonThePreviousVersionReads() throws Exception {
        run(TYPED);
        UUID id = UUID.randomUUID();
        execute("""
                INSERT INTO delivery (id, source_event_id, source_event_type, event_subject, event_time, case_id, referral_id,
                    case_ref, service_category, service_id, organization_id, referring_agency_id, referral_status, urgency,
                    due_at, referral_attempt, referral_reason_code, occurred_at, recipient_kind, channel, recipient,
                    language, status, attempts, give_up_after, next_attempt_at, created_at, updated_at)
                VALUES (?, 'e-new', 'setu.referral.accepted.v1', ?, now(), ?::uuid, '11111111-1111-1111-1111-111111111111',
                    'BD-7K3F-9Q2M', 'SHELTER', NULL, ?::uuid, ?::uuid, 'ACCEPTED', 'NORMAL', NULL, 1, NULL,
                    '2026-03-01T03:04:05Z', 'SUBSCRIBER', 'WEBHOOK', 'subscription:x', 'en', 'PENDING', 0, 6, now(), now(), now())""",
                id, CASE, CASE, ORGANIZATION, REFERRING_AGENCY);

        Map<String, Object> facts = jsonFacts(id);

        assertThat(facts).containsEntry("caseRef", "BD-7K3F-9Q2M").containsEntry("status", "ACCEPTED")
                .containsEntry("caseId", CASE).containsEntry("organizationId", ORGANIZATION).containsEntry("attempt", "1")
                .containsEntry("dueAt", null);
    }

    @Test
    void aPurgeByEitherVersionLeavesNothingOfTheCaseInEitherForm() throws Exception {
        UUID purgedByThePrevious = recordedByThePreviousVersion("setu.referral.sent.v1", CASE, SENT_AS_JSON, CASE);
        UUID purgedByThis = recordedByThePreviousVersion("setu.referral.sent.v1", CASE, SENT_AS_JSON, CASE, "service:another");
        run(TYPED);

        execute("UPDATE delivery SET facts = '{}', event_subject = NULL, case_id = NULL, referral_id = NULL WHERE id = ?",
                purgedByThePrevious);
        execute("UPDATE delivery SET case_ref = NULL, service_category = NULL, service_id = NULL, referral_status = NULL, "
                + "urgency = NULL, due_at = NULL, referral_attempt = NULL, referral_reason_code = NULL, occurred_at = NULL, "
                + "event_subject = NULL, case_id = NULL, referral_id = NULL WHERE id = ?", purgedByThis);

        for (UUID id : List.of(purgedByThePrevious, purgedByThis)) {
            assertThat(delivery(id)).containsEntry("case_ref", null).containsEntry("referral_status", null)
                    .containsEntry("service_id", null).containsEntry("occurred_at", null);
            assertThat(jsonFacts(id)).isEmpty();
        }
    }

    @Test
    void aReminderDeliveryIsEmptiedByThePreviousVersionsPurgeThatDoesNotKnowItsColumns() throws Exception {
        run(TYPED);
        run(REMINDERS);
        UUID id = UUID.randomUUID();
        execute("""
                INSERT INTO delivery (id, source_event_id, source_event_type, event_subject, event_time, case_id, case_ref,
                    organization_id, occurred_at, follow_up_due_on, reminder_kind, recipient_kind, channel, recipient,
                    language, status, attempts, give_up_after, next_attempt_at, created_at, updated_at)
                VALUES (?, 'e-reminder', 'setu.screening.follow-up-reminder.v1', ?, now(), ?::uuid, 'BD-7K3F-9Q2M', ?::uuid,
                    '2026-12-24T18:00:00Z', DATE '2026-12-10', 'OVERDUE', 'REFERRING_AGENCY', 'EMAIL', 'subscription:x',
                    'bn', 'PENDING', 0, 6, now(), now(), now())""",
                id, CASE, CASE, ORGANIZATION);
        assertThat(jsonFacts(id)).as("no referral facts for the previous version to read").isEmpty();

        // the previous version's purge (V5's), which knows neither the day nor the kind
        execute("UPDATE delivery SET case_ref = NULL, service_category = NULL, service_id = NULL, referral_status = NULL, "
                + "urgency = NULL, due_at = NULL, referral_attempt = NULL, referral_reason_code = NULL, occurred_at = NULL, "
                + "event_subject = NULL, case_id = NULL, referral_id = NULL WHERE id = ?", id);

        assertThat(delivery(id)).containsEntry("case_ref", null).containsEntry("follow_up_due_on", null)
                .containsEntry("reminder_kind", null).containsEntry("organization_id", UUID.fromString(ORGANIZATION));
    }

    @Test
    void aHandOverDeliveryIsEmptiedByThePreviousVersionsPurgeThatDoesNotKnowItsColumns() throws Exception {
        run(TYPED);
        run(REMINDERS);
        for (String migration : SINCE) run(migration);
        UUID id = UUID.randomUUID();
        execute("""
                INSERT INTO delivery (id, source_event_id, source_event_type, event_subject, event_time, case_id, case_ref,
                    organization_id, referring_agency_id, occurred_at, hand_over_notice, hand_over_id, hand_over_reason,
                    recipient_kind, channel, recipient, language, status, attempts, give_up_after, next_attempt_at,
                    created_at, updated_at)
                VALUES (?, 'e-hand-over', 'setu.screening.hand-over-declined.v1', ?, now(), ?::uuid, 'BD-7K3F-9Q2M', ?::uuid,
                    ?::uuid, '2026-12-24T18:00:00Z', 'DECLINED', ?::uuid, 'NO_CAPACITY', 'REFERRING_AGENCY', 'EMAIL',
                    'subscription:x', 'bn', 'PENDING', 0, 6, now(), now(), now())""",
                id, CASE, CASE, REFERRING_AGENCY, REFERRING_AGENCY, UUID.randomUUID());

        // the previous version's purge (V7's), which knows no hand-over
        execute("UPDATE delivery SET case_ref = NULL, service_category = NULL, service_id = NULL, referral_status = NULL, "
                + "urgency = NULL, due_at = NULL, referral_attempt = NULL, referral_reason_code = NULL, occurred_at = NULL, "
                + "follow_up_due_on = NULL, reminder_kind = NULL, event_subject = NULL, arrival_notice = NULL, "
                + "port_of_entry = NULL, expected_from = NULL, expected_to = NULL, arrived_on = NULL, missed_reason = NULL, "
                + "case_id = NULL, referral_id = NULL WHERE id = ?", id);

        assertThat(delivery(id)).containsEntry("case_ref", null).containsEntry("hand_over_notice", null)
                .containsEntry("hand_over_id", null).containsEntry("hand_over_reason", null)
                .containsEntry("organization_id", UUID.fromString(REFERRING_AGENCY));
    }

    private UUID recordedByThePreviousVersion(String type, String subject, String factsJson, String caseId) throws SQLException {
        return recordedByThePreviousVersion(type, subject, factsJson, caseId, "service:33333333-3333-3333-3333-333333333333");
    }

    /** The previous version's insert, which knows the JSON column only. */
    private UUID recordedByThePreviousVersion(String type, String subject, String factsJson, String caseId, String recipient)
            throws SQLException {
        UUID id = UUID.randomUUID();
        execute("""
                INSERT INTO delivery (id, source_event_id, source_event_type, event_subject, event_time, facts, referral_id,
                    organization_id, referring_agency_id, recipient_kind, channel, recipient, language, status, attempts,
                    give_up_after, next_attempt_at, created_at, updated_at, last_reason, case_id)
                VALUES (?, ?, ?, ?, now(), CAST(? AS jsonb), NULL, ?::uuid, ?::uuid, 'SERVICE_CONTACT', 'EMAIL', ?, 'en',
                    'PENDING', 0, 6, now(), now(), now(), NULL, ?::uuid)""",
                id, "event-" + id, type, subject, factsJson, ORGANIZATION, REFERRING_AGENCY, recipient, caseId);
        return id;
    }

    private void run(String migration) throws IOException, SQLException {
        try (InputStream in = getClass().getResourceAsStream("/db/migration/" + migration + ".sql");
             Statement s = db.createStatement()) {
            assertThat(in).as(migration).isNotNull();
            s.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private void execute(String sql, Object... args) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) s.setObject(i + 1, args[i]);
            s.executeUpdate();
        }
    }

    private Map<String, Object> delivery(UUID id) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("SELECT * FROM delivery WHERE id = ?")) {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
                }
                return row;
            }
        }
    }

    /** The JSON column's fields as text, as the previous version would find them. */
    private Map<String, Object> jsonFacts(UUID id) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("SELECT key, value FROM delivery, jsonb_each_text(facts) WHERE id = ?")) {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
                Map<String, Object> out = new LinkedHashMap<>();
                while (rs.next()) out.put(rs.getString(1), rs.getString(2));
                return out;
            }
        }
    }
}
