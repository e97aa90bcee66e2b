package org.setu.events;

import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * What the platform promises about one event type: the record that is its data, the topic it travels on,
 * the JSON Schema it keeps to, and how its Kafka key is found.
 *
 * @param dataschema the CloudEvents {@code dataschema}: the schema's path in {@code events/}, also its
 *                   classpath resource without the leading slash
 */
public record EventContract<T>(EventType type, Class<T> payload, String dataschema, KeyedBy keyedBy,
                               Function<T, UUID> key) {

    public EventContract {
        Objects.requireNonNull(type);
        Objects.requireNonNull(payload);
        Objects.requireNonNull(key);
        if (!dataschema.startsWith("/schemas/")) {
            throw new IllegalArgumentException("schemas live under /schemas/: " + dataschema);
        }
    }

    static <T> EventContract<T> of(String type, Class<T> payload, KeyedBy keyedBy, Function<T, UUID> key) {
        EventType t = EventType.parse(type);
        String schema = "/schemas/" + t.area() + "/" + t.event() + ".v" + t.version() + ".json";
        return new EventContract<>(t, payload, schema, keyedBy, key);
    }

    public String topic() {
        return type.topic();
    }

    public String source() {
        return type.source();
    }

    /** The schema as a classpath resource, e.g. {@code schemas/referral/accepted.v1.json}. */
    public String schemaResource() {
        return dataschema.substring(1);
    }

    /** The Kafka record key and CloudEvents {@code partitionkey} of this event. */
    public String partitionKey(Object event) {
        UUID id = key.apply(payload.cast(event));
        if (id == null) throw new IllegalArgumentException(type + " has no " + keyedBy + " to key it by");
        return id.toString();
    }

    /** The CloudEvents {@code subject}: the case, service or notification the event is about, as the key. */
    public String subject(Object event) {
        return partitionKey(event);
    }
}
