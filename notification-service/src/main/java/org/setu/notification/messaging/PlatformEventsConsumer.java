package org.setu.notification.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.setu.events.EventCatalog;
import org.setu.events.EventContract;
import org.setu.events.directory.CapacityChanged;
import org.setu.events.directory.ServiceRemoved;
import org.setu.events.directory.ServiceUpserted;
import org.setu.events.referral.ReferralEvent;
import org.setu.events.screening.CaseErased;
import org.setu.kit.inbox.Inbox;
import org.setu.notification.app.DirectoryProjection;
import org.setu.notification.app.Notifier;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The service's one Kafka consumer (group {@code notification-service}): the compacted directory topic feeds the
 * read model of referral contacts, the referral topic the notifications, and the screening topic's
 * {@code case-erased} purges what the deliveries kept of a case. Each event is applied at most once
 * through the kit's inbox. An event that cannot be read rolls back and goes to
 * {@code setu.notification-service.dlq} with its reason, and the partition moves on.
 */
@ApplicationScoped
public class PlatformEventsConsumer {

    static final String CONSUMER = "notification-service";

    @Inject
    Inbox inbox;

    @Inject
    Notifier notifier;

    @Inject
    DirectoryProjection directory;

    @Inject
    ObjectMapper json;

    @Incoming("platform-events")
    @Transactional
    public void onEvent(ConsumerRecord<String, String> record) {
        String type = header(record, "ce_type");
        if (type == null) throw new IllegalArgumentException("an event without ce_type cannot be routed");
        Optional<EventContract<?>> contract = EventCatalog.find(type);
        // types of other areas, and future ones, are not ours to apply: skip without recording them
        if (contract.isEmpty() || !(isDirectory(type) || isReferral(type) || isErasure(type))) return;
        if (record.value() == null) throw new IllegalArgumentException("an event without data");
        inbox.applyOnce(CONSUMER, Inbox.cloudEventId(record), () -> apply(record, type, contract.get()));
    }

    private void apply(ConsumerRecord<String, String> record, String type, EventContract<?> contract) {
        Object event = read(record.value(), contract);
        Instant time = time(record);
        if (event instanceof ServiceUpserted e) {
            directory.snapshot(e.service(), e.occurredAt());
        } else if (event instanceof CapacityChanged e) {
            directory.snapshot(e.service(), e.occurredAt());
        } else if (event instanceof ServiceRemoved e) {
            directory.removed(e.serviceId(), e.organizationId(), e.occurredAt());
        } else if (event instanceof CaseErased e) {
            notifier.onCaseErased(e.caseId(), e.occurredAt());
        } else if (event instanceof ReferralEvent e) {
            notifier.onReferralEvent(new Notifier.SourceEvent(Inbox.cloudEventId(record), type,
                    Optional.ofNullable(header(record, "ce_subject")).orElse(record.key()), time, record.value()), e);
        }
    }

    private Object read(String value, EventContract<?> contract) {
        try {
            return json.readValue(value, contract.payload());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            // the reason names the type only: the payload stays out of logs and headers
            throw new IllegalArgumentException("unreadable " + contract.type() + " event");
        }
    }

    private static Instant time(ConsumerRecord<String, String> record) {
        String t = header(record, "ce_time");
        if (t == null) return null;
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean isDirectory(String type) {
        return type.startsWith("setu.directory.");
    }

    /** Of the screening area only the erasure is ours: what it says must be forgotten here as well. */
    private static boolean isErasure(String type) {
        return type.startsWith("setu.screening.case-erased.");
    }

    private static boolean isReferral(String type) {
        return type.startsWith("setu.referral.");
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
