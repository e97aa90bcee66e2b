package org.setu.statistics.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Every platform topic, read into the statistics read model. */
@ApplicationScoped
public class PlatformEventsConsumer {

    @Incoming("platform-events")
    public void onEvent(ConsumerRecord<String, String> record) {
    }
}
