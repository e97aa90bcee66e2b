package org.setu.referral.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.setu.events.EventCatalog;
import org.setu.events.EventContract;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Reads the data of a binary-mode CloudEvent into its event record, chosen by the {@code ce_type} header. */
@ApplicationScoped
public class Envelopes {

    @Inject
    ObjectMapper json;

    static String pathOf(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException m) || m.getPath().isEmpty()) return "its top level (not the expected JSON)";
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference r : m.getPath()) {
            if (r.getFieldName() != null) path.append(path.isEmpty() ? "" : ".").append(r.getFieldName());
            else if (r.getIndex() >= 0) path.append('[').append(r.getIndex()).append(']');
        }
        return path.isEmpty() ? "its top level" : path.toString();
    }

    /** Empty for a type this version does not know (a newer producer) or a record without a value. */
    public Optional<Object> read(ConsumerRecord<String, String> record) {
        Header type = record.headers().lastHeader("ce_type");
        if (type == null) throw new IllegalArgumentException("not a CloudEvent: no ce_type header");
        Optional<EventContract<?>> contract = EventCatalog.find(new String(type.value(), StandardCharsets.UTF_8));
        if (contract.isEmpty() || record.value() == null) return Optional.empty();
        try {
            return Optional.of(json.readValue(record.value(), contract.get().payload()));
        } catch (JsonProcessingException e) {
            // the reason goes to the log and the dead-letter header: where it broke, never the value (Jackson's own
            // message may quote it, and a screening value may be personal data)
            throw new IllegalArgumentException("unreadable " + contract.get().type() + " event at " + pathOf(e));
        }
    }
}
