package org.setu.events.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.setu.events.EventCatalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The shapes of one event type that its schema allows and a consumer must therefore read, made from one valid
 * example: the example itself, every optional field left out, every nullable field null, and every top-level enum
 * field with each other value its schema accepts. Which field is optional, nullable or open to which value is asked
 * of the schema itself (through {@link SchemaValidator}), so the variants follow the contract as it is written.
 * A consumer that dead-letters one of them refuses what its own published schema allows.
 */
public final class SchemaVariants {

    /** @param name what makes the variant different from the example, for a test's failure message */
    public record Variant(String name, ObjectNode data) {
    }

    private SchemaVariants() {
    }

    public static List<Variant> of(String type, ObjectNode example) {
        SchemaValidator.requireValid(type, example.toString());
        List<String> fields = new ArrayList<>();
        example.fieldNames().forEachRemaining(fields::add);
        ObjectNode absent = example.deepCopy();
        ObjectNode nulls = example.deepCopy();
        for (String field : fields) {
            ObjectNode without = absent.deepCopy();
            without.remove(field);
            if (valid(type, without)) absent = without;
            ObjectNode nulled = nulls.deepCopy();
            nulled.putNull(field);
            if (valid(type, nulled)) nulls = nulled;
        }
        List<List<String>> enums = enums("schemas/common/types.v1.json");
        enums.addAll(enums(EventCatalog.find(type).orElseThrow().schemaResource()));
        List<Variant> out = new ArrayList<>(List.of(new Variant("as given", example)));
        if (!absent.equals(example)) out.add(new Variant("optional fields absent", absent));
        if (!nulls.equals(example)) out.add(new Variant("nullable fields null", nulls));
        for (String field : fields) {
            JsonNode value = example.get(field);
            if (!value.isTextual()) continue;
            for (List<String> vocabulary : enums) {
                if (!vocabulary.contains(value.asText())) continue;
                for (String other : vocabulary) {
                    if (other.equals(value.asText())) continue;
                    ObjectNode changed = example.deepCopy();
                    changed.put(field, other);
                    String name = field + " " + other;
                    if (out.stream().noneMatch(v -> v.name().equals(name)) && valid(type, changed)) out.add(new Variant(name, changed));
                }
            }
        }
        return out;
    }

    private static boolean valid(String type, JsonNode data) {
        return SchemaValidator.problems(type, data).isEmpty();
    }

    /** Every enum a schema file declares, e.g. the referral statuses and the service categories of the vocabulary. */
    private static List<List<String>> enums(String resource) {
        try (InputStream in = SchemaVariants.class.getClassLoader().getResourceAsStream(resource)) {
            List<List<String>> out = new ArrayList<>();
            collect(new ObjectMapper().readTree(in), out);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(JsonNode node, List<List<String>> out) {
        if (node.isObject() && node.path("enum").isArray()) {
            List<String> values = new ArrayList<>();
            node.path("enum").forEach(v -> values.add(v.asText()));
            out.add(values);
        }
        node.elements().forEachRemaining(child -> collect(child, out));
    }
}
