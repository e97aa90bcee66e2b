package org.setu.directory.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.setu.directory.domain.hsds.CategoryMapping;
import org.setu.directory.domain.hsds.PlaceNames;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.kit.api.InvalidRequestException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The data the HSDS import maps with, read once at start: the taxonomy mapping and the spellings of place names,
 * from the classpath ({@code hsds/}) or from the files the operator configures. A file that names no valid Setu
 * category stops the start, saying which entry. The directory admin may edit the taxonomy mapping since
 * ({@link TaxonomyMappingService}); this file's stays the one to go back to.
 */
@ApplicationScoped
public class HsdsMappingData {

    private static final Logger LOG = Logger.getLogger(HsdsMappingData.class);

    @Inject
    HsdsImportSettings settings;

    @Inject
    GeographyService geography;

    @Inject
    ObjectMapper json;

    private JsonNode taxonomyDocument;
    private CategoryMapping categories;
    private PlaceNames places;

    @PostConstruct
    void load() {
        taxonomyDocument = read(settings.taxonomyMapping(), "hsds/taxonomy-mapping.json");
        try {
            categories = categoryMapping(taxonomyDocument);
        } catch (InvalidRequestException e) {
            // the operator's file is wrong: the directory does not start with half a mapping
            throw new IllegalStateException("HSDS taxonomy mapping: " + e.field() + " " + e.getMessage());
        }
        JsonNode spellings = read(settings.placeNames(), "hsds/place-names.json");
        List<List<String>> groups = new ArrayList<>();
        for (JsonNode g : spellings.path("spellings")) {
            List<String> group = new ArrayList<>();
            g.forEach(s -> group.add(s.asText()));
            groups.add(group);
        }
        places = new PlaceNames(geography.geography(), groups);
        LOG.infof("HSDS import mapping: %d vocabularies, %d words, %d spelling groups", categories.vocabularies().size(),
                categories.words().size(), groups.size());
    }

    /** The built-in (or operator's) file's mapping; the one in force may be an admin's edit ({@link TaxonomyMappingService}). */
    public CategoryMapping categories() {
        return categories;
    }

    public PlaceNames places() {
        return places;
    }

    /** The built-in (or operator's) taxonomy mapping, as its file says it. */
    public JsonNode taxonomyDocument() {
        return taxonomyDocument.deepCopy();
    }

    /**
     * The mapping a document says. A document of the wrong shape, or an entry that names none of Setu's 13 categories,
     * is refused naming the entry ({@code vocabularies[1].codes.BH-1800}), so that the admin who edits it can find it.
     */
    static CategoryMapping categoryMapping(JsonNode doc) {
        if (doc == null || !doc.isObject()) throw new InvalidRequestException("body", "must be an object");
        JsonNode list = doc.get("vocabularies");
        if (list == null) throw new InvalidRequestException("vocabularies", "is required");
        if (!list.isArray()) throw new InvalidRequestException("vocabularies", "must be an array");
        List<CategoryMapping.Vocabulary> vocabularies = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "vocabularies[" + i + "]";
            JsonNode v = list.get(i);
            if (!v.isObject()) throw new InvalidRequestException(at, "must be an object");
            JsonNode id = v.get("id");
            if (id != null && !id.isTextual()) throw new InvalidRequestException(at + ".id", "must be a string");
            vocabularies.add(new CategoryMapping.Vocabulary(id == null ? at : id.asText(), strings(v.get("names"), at + ".names"),
                    categories(v.get("codes"), at + ".codes"), categories(v.get("termNames"), at + ".termNames")));
        }
        if (doc.get("words") == null) throw new InvalidRequestException("words", "is required");
        return new CategoryMapping(vocabularies, categories(doc.get("words"), "words"));
    }

    private static List<String> strings(JsonNode array, String at) {
        List<String> out = new ArrayList<>();
        if (array == null) return out;
        if (!array.isArray()) throw new InvalidRequestException(at, "must be an array");
        for (int i = 0; i < array.size(); i++) {
            if (!array.get(i).isTextual()) throw new InvalidRequestException(at + "[" + i + "]", "must be a string");
            out.add(array.get(i).asText());
        }
        return out;
    }

    private static Map<String, ServiceCategory> categories(JsonNode object, String at) {
        Map<String, ServiceCategory> out = new LinkedHashMap<>();
        if (object == null) return out;
        if (!object.isObject()) throw new InvalidRequestException(at, "must be an object");
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Optional<ServiceCategory> c = category(e.getValue());
            if (c.isEmpty()) throw new InvalidRequestException(at + "." + e.getKey(), "is not one of Setu's 13 categories");
            out.put(e.getKey(), c.get());
        }
        return out;
    }

    private static Optional<ServiceCategory> category(JsonNode value) {
        if (!value.isTextual()) return Optional.empty();
        try {
            return Optional.of(ServiceCategory.valueOf(value.asText()));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    private JsonNode read(Optional<String> file, String resource) {
        try {
            if (file.isPresent()) {
                LOG.infof("HSDS import mapping from %s", file.get());
                return json.readTree(Files.readAllBytes(Path.of(file.get())));
            }
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
                if (in == null) throw new IllegalStateException("missing classpath resource " + resource);
                return json.readTree(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the HSDS import mapping " + file.orElse(resource), e);
        }
    }
}
