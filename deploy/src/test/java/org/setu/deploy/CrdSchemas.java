package org.setu.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The operators' schemas of the custom resources, copied into {@code src/test/resources/crd-schemas}
 * (see its README), as JSON Schemas validated with networknt's validator. Draft 4 is what the CRDs'
 * OpenAPI v3 schemas keep to.
 */
final class CrdSchemas {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .pathType(PathType.JSON_POINTER)
            .build();
    private static final Map<String, Optional<JsonSchema>> SCHEMAS = new ConcurrentHashMap<>();

    private CrdSchemas() {
    }

    /** {@code crd-schemas/<group>/<kind>_<version>.json} */
    static String resource(JsonNode o) {
        String api = Manifests.apiVersion(o);
        String version = api.substring(api.indexOf('/') + 1);
        return "crd-schemas/" + Manifests.group(o) + "/" + Manifests.kind(o).toLowerCase(Locale.ROOT) + "_" + version + ".json";
    }

    static Optional<JsonSchema> schemaOf(JsonNode o) {
        return SCHEMAS.computeIfAbsent(resource(o), r -> {
            if (CrdSchemas.class.getClassLoader().getResource(r) == null) return Optional.empty();
            JsonSchema schema = FACTORY.getSchema(SchemaLocation.of("classpath:" + r), CONFIG);
            schema.initializeValidators();
            return Optional.of(schema);
        });
    }

    /** The problems of one custom resource; a kind without a schema is a problem too. */
    static List<String> problems(JsonNode o) {
        Optional<JsonSchema> schema = schemaOf(o);
        if (schema.isEmpty()) {
            return List.of("no schema for " + Manifests.apiVersion(o) + " " + Manifests.kind(o)
                    + ": copy it to src/test/resources/" + resource(o));
        }
        return schema.get().validate(o).stream().map(ValidationMessage::getMessage).sorted().toList();
    }
}
