package org.setu.kit.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.setu.events.EventCatalog;
import org.setu.events.EventContract;
import org.setu.events.EventType;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Records the events a service owes in the caller's own transaction, so that the change and its events
 * commit or roll back together (no dual writes). The relay publishes them afterwards.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper mapper;

    /**
     * Records one of the platform's event records (see {@code EventCatalog}): its type, key, subject and
     * schema come from its contract, so a producer never names them by hand.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID record(Object event) {
        EventContract<?> contract = EventCatalog.forPayload(event);
        return record(contract.type(), contract.subject(event), contract.partitionKey(event), event);
    }

    /**
     * @param subject      the CloudEvent subject: the case or service the event is about
     * @param partitionKey the Kafka key: events with the same key keep their commit order
     * @return the CloudEvent id
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID record(EventType type, String subject, String partitionKey, Object data) {
        UUID eventId = UUID.randomUUID();
        try (Connection c = dataSource.getConnection()) {
            // Transactions that record for the same key queue here until the earlier one commits, so that one
            // aggregate's ids follow its commit order and the relay, reading in id order, keeps that order.
            try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtextextended(?, 7))")) {
                lock.setString(1, partitionKey);
                lock.execute();
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO kit_outbox "
                    + "(event_id, event_type, topic, partition_key, subject, dataschema, payload, traceparent) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?)")) {
                insert.setObject(1, eventId);
                insert.setString(2, type.toString());
                insert.setString(3, type.topic());
                insert.setString(4, partitionKey);
                insert.setString(5, subject);
                insert.setString(6, dataSchema(type));
                insert.setString(7, mapper.writeValueAsString(data));
                insert.setString(8, TraceParent.current());
                insert.executeUpdate();
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("could not record " + type + " in the outbox", e);
        }
        return eventId;
    }

    /**
     * An erasure's part: events about the record that are still in the outbox, published or not, go, so that
     * neither the table nor a late publication keeps its reference. Call it before recording the erasure's own
     * events. Returns how many went.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int forgetEventsNaming(String recordId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("DELETE FROM kit_outbox WHERE partition_key = ? OR subject = ? "
                     + "OR strpos(payload::text, ?) > 0")) {
            s.setString(1, recordId);
            s.setString(2, recordId);
            s.setString(3, recordId);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not forget the outbox events naming an erased record", e);
        }
    }

    /** The CloudEvent {@code dataschema}: the absolute URI naming the event's JSON Schema (see EventContract.SCHEMA_BASE). */
    static String dataSchema(EventType type) {
        return EventCatalog.find(type.toString()).map(EventContract::dataschema)
                .orElse(EventContract.SCHEMA_BASE + "/schemas/" + type.area() + "/" + type.event() + ".v" + type.version() + ".json");
    }
}
