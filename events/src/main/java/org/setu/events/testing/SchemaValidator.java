package org.setu.events.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.setu.events.EventCatalog;
import org.setu.events.EventContract;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks a produced event payload against the JSON Schema of its type, as a consumer in another language
 * would. It lives in {@code src/main}, not in a test-jar, so that services' tests get it and its
 * dependencies through the ordinary {@code events} dependency, and so that the outbox may check what it
 * records before it goes out.
 * <p>
 * Problems name the field and the rule broken, never the value, so they are safe to log.
 */
public final class SchemaValidator {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    // draft 2020-12 treats "format" as an annotation by default; our schemas mean it (uuid, date-time, email).
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .pathType(PathType.JSON_POINTER)
            .build();
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private SchemaValidator() {
    }

    /** The problems of {@code json} as data of event type {@code type}; empty when it keeps to the schema. */
    public static List<String> problems(String type, String json) {
        JsonSchema schema = schemaOf(type);
        return schema.validate(json, InputFormat.JSON).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    public static List<String> problems(String type, JsonNode json) {
        return schemaOf(type).validate(json).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    /** Fails with every problem listed, for producers' tests: {@code requireValid(type, mapper.writeValueAsString(e))}. */
    public static void requireValid(String type, String json) {
        List<String> problems = problems(type, json);
        if (!problems.isEmpty()) {
            throw new InvalidEventException(type, problems);
        }
    }

    /** Serializes the event with the producer's own mapper, as the outbox would, and checks the result. */
    public static void requireValid(Object event, ObjectMapper producerMapper) {
        String type = EventCatalog.forPayload(event).type().toString();
        try {
            requireValid(type, producerMapper.writeValueAsString(event));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(type + " cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static JsonSchema schemaOf(String type) {
        EventContract<?> contract = EventCatalog.find(type)
                .orElseThrow(() -> new IllegalArgumentException("no event type " + type));
        return SCHEMAS.computeIfAbsent(type, t -> {
            JsonSchema schema = FACTORY.getSchema(SchemaLocation.of("classpath:" + contract.schemaResource()), CONFIG);
            schema.initializeValidators(); // resolve every $ref now, so a broken schema fails here, not mid-test
            return schema;
        });
    }
}
