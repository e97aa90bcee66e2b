package org.setu.referral;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import org.setu.devstack.testing.TopicReader;
import org.setu.events.EventCatalog;
import org.setu.events.EventContract;

import java.util.Map;
import java.util.UUID;

/** Publishes events as the other services' relays do: each by its contract's topic, key and CloudEvent attributes. */
public final class KafkaTopics {

    private KafkaTopics() {
    }

    /** @return the CloudEvent id */
    public static String publish(Object event) {
        return publish(event, UUID.randomUUID().toString());
    }

    public static String publish(Object event, String ceId) {
        EventContract<?> contract = EventCatalog.forPayload(event);
        String json;
        try {
            json = Arc.container().instance(ObjectMapper.class).get().writeValueAsString(event);
        } catch (Exception e) {
            throw new IllegalStateException("could not write " + contract.type(), e);
        }
        TopicReader.send(contract.topic(), contract.partitionKey(event), Map.of("id", ceId, "type", contract.type().toString(),
                "source", contract.source(), "subject", contract.subject(event), "dataschema", contract.dataschema()), json);
        return ceId;
    }

    /** A record that no contract describes, such as a poison message. */
    public static void publishRaw(String topic, String key, String ceId, String type, String json) {
        TopicReader.send(topic, key, Map.of("id", ceId, "type", type, "source", "/test"), json);
    }
}
