package org.setu.kit.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Dates in requests are ISO-8601 strings ({@code 1999-04-02}) and nothing else. Jackson's own reader also takes
 * the array form ({@code [1999, 4, 2]}) and reads an empty array as no date at all, so a malformed date of birth
 * could pass as a missing one; here both answer a 400 problem naming the field.
 */
@Singleton
public class StrictDates implements ObjectMapperCustomizer {

    /** Last of all, so that this reader replaces the one Quarkus's Java-time module registers earlier. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("setu-strict-dates");
        module.addDeserializer(LocalDate.class, new IsoDateOnly());
        mapper.registerModule(module);
    }

    static final class IsoDateOnly extends StdScalarDeserializer<LocalDate> {

        IsoDateOnly() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            String text = p.getText().trim();
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, "expected an ISO-8601 date, yyyy-mm-dd");
            }
        }
    }
}
