package org.setu.kit.inbox;

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
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The one way a Setu consumer reads a binary-mode CloudEvent from Kafka: the {@code ce_type} header picks the
 * contract in {@link EventCatalog} (older versions it still reads included), and the record's value becomes that
 * contract's record. Both forms of {@code ce_dataschema} are accepted: the absolute URI producers send now and the
 * path ({@code /schemas/...}) they sent before.
 * <p>
 * A record it cannot read throws {@link IllegalArgumentException} with a reason that names the type and where the
 * data broke, never a value (a screening's value may be personal data): the consumer's transaction rolls back and
 * the record goes to the service's dead-letter topic with that reason.
 */
@ApplicationScoped
public class EventReader {

    @Inject
    ObjectMapper json;

    /**
     * The event, if it is of one of the records (or interfaces) {@code actsOn} the consumer acts on; empty for any
     * other type, a type Setu does not know (a newer producer) included, whose data is then not read at all.
     */
    public Optional<IncomingEvent<?>> read(ConsumerRecord<String, String> record, Class<?>... actsOn) {
        String type = header(record, "ce_type");
        if (type == null) throw new IllegalArgumentException("not a CloudEvent: no ce_type header");
        Optional<EventContract<?>> contract = EventCatalog.find(type).filter(c -> accepted(c, actsOn));
        if (contract.isEmpty()) return Optional.empty();
        if (record.value() == null) throw new IllegalArgumentException("a " + type + " event without data");
        return Optional.of(read(record, contract.get()));
    }

    private <T> IncomingEvent<T> read(ConsumerRecord<String, String> record, EventContract<T> contract) {
        T data;
        try {
            data = json.readValue(record.value(), contract.payload());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalArgumentException("unreadable " + contract.type() + " event at " + pathOf(e));
        }
        String subject = Optional.ofNullable(header(record, "ce_subject")).orElse(record.key());
        return new IncomingEvent<>(Inbox.cloudEventId(record), contract, subject, time(record),
                absolute(header(record, "ce_dataschema")), data, record.value());
    }

    private static boolean accepted(EventContract<?> contract, Class<?>[] actsOn) {
        List<Class<?>> wanted = Arrays.asList(actsOn);
        return wanted.stream().anyMatch(w -> w.isAssignableFrom(contract.payload()));
    }

    /** The dataschema as an absolute URI: the path form of older producers is resolved against the schemas' base. */
    static String absolute(String dataschema) {
        if (dataschema == null || dataschema.isBlank()) return null;
        return dataschema.startsWith("/") ? EventContract.SCHEMA_BASE + dataschema : dataschema;
    }

    private static Instant time(ConsumerRecord<String, String> record) {
        String t = header(record, "ce_time");
        if (t == null) return null;
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Where in the data reading broke, as a JSON path of field names: never the value found there. */
    static String pathOf(Exception e) {
        if (!(e instanceof JsonMappingException m) || m.getPath().isEmpty()) return "its top level (not the expected JSON)";
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference r : m.getPath()) {
            if (r.getFieldName() != null) path.append(path.isEmpty() ? "" : ".").append(r.getFieldName());
            else if (r.getIndex() >= 0) path.append('[').append(r.getIndex()).append(']');
        }
        return path.isEmpty() ? "its top level" : path.toString();
    }

    static String header(ConsumerRecord<?, ?> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
