package org.setu.kit.outbox;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.setu.events.EventType;
import org.setu.kit.inbox.Inbox;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * A stand-in service for the kit's tests: it "completes screenings" (a change plus an outbox event) and, as a
 * downstream consumer, applies screening events through the inbox into a table of effects.
 */
@ApplicationScoped
public class KitTestApp {

    static final EventType COMPLETED = EventType.parse("setu.screening.completed.v1");
    static final String CONSUMER = "kit-test";

    @Inject
    DataSource dataSource;

    @Inject
    Outbox outbox;

    @Inject
    Inbox inbox;

    void createTables(@Observes StartupEvent start) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS kit_test_screening (case_id UUID PRIMARY KEY)");
            s.execute("CREATE TABLE IF NOT EXISTS kit_test_effect (event_id TEXT NOT NULL, case_id TEXT NOT NULL)");
        }
    }

    /** The change and its event commit together; {@code failAfterRecording} rolls both back. */
    @Transactional
    public UUID completeScreening(UUID caseId, boolean failAfterRecording) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("INSERT INTO kit_test_screening (case_id) VALUES (?)")) {
            s.setObject(1, caseId);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        UUID eventId = outbox.record(COMPLETED, caseId.toString(), caseId.toString(),
                Map.of("caseId", caseId.toString(), "classification", "POSSIBLE_TRAFFICKING_VICTIM"));
        if (failAfterRecording) throw new IllegalStateException("the screening could not be saved");
        return eventId;
    }

    /** Another event for a case that already has one: the outbox must keep their order. */
    @Transactional
    public UUID completeScreeningAgain(UUID caseId) {
        return outbox.record(COMPLETED, caseId.toString(), caseId.toString(),
                Map.of("caseId", caseId.toString(), "classification", "PRESUMED_TRAFFICKING_VICTIM"));
    }

    /** Records one of the platform's own event records, as a real service does. */
    @Transactional
    public UUID record(Object event) {
        return outbox.record(event);
    }

    @Incoming("kit-test-screening")
    @Transactional
    public void onScreeningEvent(ConsumerRecord<String, String> record) {
        if (record.value() != null && record.value().contains("\"poison\"")) {
            throw new IllegalArgumentException("unreadable screening event");
        }
        inbox.applyOnce(CONSUMER, Inbox.cloudEventId(record), () -> {
            try (Connection c = dataSource.getConnection();
                 PreparedStatement s = c.prepareStatement("INSERT INTO kit_test_effect (event_id, case_id) VALUES (?, ?)")) {
                s.setString(1, Inbox.cloudEventId(record));
                s.setString(2, record.key());
                s.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    public long effectsOf(String eventId) {
        return count("SELECT count(*) FROM kit_test_effect WHERE event_id = ?", eventId);
    }

    public long screeningsOf(UUID caseId) {
        return count("SELECT count(*) FROM kit_test_screening WHERE case_id = ?::uuid", caseId.toString());
    }

    public long unpublishedOf(UUID eventId) {
        return count("SELECT count(*) FROM kit_outbox WHERE published_at IS NULL AND event_id = ?::uuid", eventId.toString());
    }

    private long count(String sql, String arg) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, arg);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
