package org.setu.directory;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.util.List;

/**
 * Open Referral's published HSDS 3.1 JSON Schemas (test resources {@code hsds-3.1/}, see the README there for where
 * they come from), with formats enforced: draft 2020-12 makes {@code format} an annotation unless asked, and HSDS
 * means its uri, email, uuid and date-time. Which schema a record meets follows the HSDS API description: the
 * compiled organization, service and service_at_location (what {@code /organizations/{id}}, {@code /services/{id}}
 * and {@code /service_at_locations/{id}} return), and location with its references resolved from the same folder.
 */
public enum Hsds31 {
    ORGANIZATION("compiled/organization.json"),
    SERVICE("compiled/service.json"),
    SERVICE_AT_LOCATION("compiled/service_at_location.json"),
    LOCATION("location.json");

    private static final SchemaValidatorsConfig FORMATS = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    private final String file;
    private volatile JsonSchema schema;

    Hsds31(String file) {
        this.file = file;
    }

    /** What the record breaks of this schema, each message naming the place; empty when it keeps to it. */
    public List<String> problems(JsonNode record) {
        return schema().validate(record).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    private JsonSchema schema() {
        if (schema == null) {
            JsonSchema s = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(SchemaLocation.of("classpath:hsds-3.1/" + file), FORMATS);
            s.initializeValidators(); // every $ref resolved now: a missing referenced file fails here
            schema = s;
        }
        return schema;
    }
}
