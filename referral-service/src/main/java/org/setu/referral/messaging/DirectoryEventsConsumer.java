package org.setu.referral.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.setu.events.directory.CapacityChanged;
import org.setu.events.directory.ServiceRemoved;
import org.setu.events.directory.ServiceUpserted;
import org.setu.kit.inbox.EventReader;
import org.setu.kit.inbox.Inbox;
import org.setu.referral.app.DirectoryProjectionService;

/**
 * Builds the directory read model from the compacted {@code setu.directory.v1}. The position reached is stored
 * with the read model in the same transaction, and {@link DirectoryRebuild} seeks to it on assignment: a fresh
 * database therefore reads the topic from its start.
 */
@ApplicationScoped
public class DirectoryEventsConsumer {

    static final String CONSUMER = "referral-service.directory";

    @Inject
    Inbox inbox;

    @Inject
    EventReader events;

    @Inject
    DirectoryProjectionService projection;

    @Incoming("directory")
    @Transactional
    public void onDirectoryEvent(ConsumerRecord<String, String> record) {
        inbox.applyOnce(CONSUMER, Inbox.cloudEventId(record), () -> events.read(record,
                ServiceUpserted.class, CapacityChanged.class, ServiceRemoved.class).ifPresent(e -> projection.apply(e.data())));
        projection.advance(record.topic(), record.partition(), record.offset());
    }
}
