package org.setu.kit.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Applies an incoming event at most once per consumer: the event's CloudEvent id is recorded in the same
 * transaction as its effect, so a redelivery (the relay's at-least-once, a rebalance) changes nothing.
 *
 * <p>A consumer is an {@code @Incoming} method that is {@code @Transactional} and calls
 * {@link #applyOnce}. When it throws, the transaction rolls back and the Kafka connector's
 * {@code dead-letter-queue} failure strategy moves the record, with the reason in its headers, to
 * {@code setu.<consumer>.dlq}, and the partition moves on.
 */
@ApplicationScoped
public class Inbox {

    @Inject
    DataSource dataSource;

    /** @return true when the effect ran now, false when this consumer had already applied the event */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean applyOnce(String consumer, String eventId, Runnable effect) {
        if (eventId == null || eventId.isBlank()) {
            throw new IllegalArgumentException("an event without a CloudEvent id cannot be applied idempotently");
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "INSERT INTO kit_inbox (consumer, event_id) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            s.setString(1, consumer);
            s.setString(2, eventId);
            if (s.executeUpdate() == 0) return false;
        } catch (SQLException e) {
            throw new IllegalStateException("inbox of " + consumer + " unavailable", e);
        }
        effect.run();
        return true;
    }

    /** The CloudEvent id of a binary-mode record ({@code ce_id} header), or null. */
    public static String cloudEventId(ConsumerRecord<?, ?> record) {
        Header h = record.headers().lastHeader("ce_id");
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
