package org.setu.events;

import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * What the platform promises about one event type: the record that is its data, the topic it travels on,
 * the JSON Schema it keeps to, and how its Kafka key is found.
 *
 * @param dataschema the CloudEvents {@code dataschema}: an absolute URI, the same in every deployment,
 *                   {@link #SCHEMA_BASE} followed by the schema's path in {@code events/}
 */
public record EventContract<T>(EventType type, Class<T> payload, String dataschema, KeyedBy keyedBy,
                               Function<T, UUID> key) {

    /**
     * Where every dataschema starts. CloudEvents wants an absolute URI, and one that names the schema rather than a
     * deployment: the same namespace as the problem types ({@code https://setu.example.org/problems/...}). Every
     * running service serves the schema at its own {@code /schemas/...}, the part after this base.
     */
    public static final String SCHEMA_BASE = "https://setu.example.org";

    public EventContract {
        Objects.requireNonNull(type);
        Objects.requireNonNull(payload);
        Objects.requireNonNull(key);
        if (!dataschema.startsWith(SCHEMA_BASE + "/schemas/")) {
            throw new IllegalArgumentException("schemas live under " + SCHEMA_BASE + "/schemas/: " + dataschema);
        }
    }

    static <T> EventContract<T> of(String type, Class<T> payload, KeyedBy keyedBy, Function<T, UUID> key) {
        EventType t = EventType.parse(type);
        String schema = SCHEMA_BASE + "/schemas/" + t.area() + "/" + t.event() + ".v" + t.version() + ".json";
        return new EventContract<>(t, payload, schema, keyedBy, key);
    }

    public String topic() {
        return type.topic();
    }

    public String source() {
        return type.source();
    }

    /** The schema's path in {@code events/} and on every running service, e.g. {@code /schemas/referral/accepted.v1.json}. */
    public String schemaPath() {
        return dataschema.substring(SCHEMA_BASE.length());
    }

    /** The schema as a classpath resource, e.g. {@code schemas/referral/accepted.v1.json}. */
    public String schemaResource() {
        return schemaPath().substring(1);
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
