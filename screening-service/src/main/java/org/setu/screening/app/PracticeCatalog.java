package org.setu.screening.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.setu.screening.domain.PracticeCase;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The practice cases the service serves, read once at start-up from the files {@code practice/index.txt} names. A
 * case that cannot be taught (a text in one language only, an answer without its note, an instrument this service
 * does not have, answers that do not fit it) stops the start, as a broken instrument does.
 */
@ApplicationScoped
public class PracticeCatalog {

    static final String INDEX = "practice/index.txt";

    @Inject
    InstrumentCatalog instruments;

    private final Map<String, PracticeCase> cases = new LinkedHashMap<>();

    @PostConstruct
    void load() {
        ObjectMapper yaml = InstrumentCatalog.yamlMapper();
        for (String file : index()) {
            PracticeCase c = read(yaml, PracticeCaseReader.FOLDER + "/" + file);
            List<String> mistakes = new ArrayList<>(c.mistakes());
            instruments.find(c.instrument().code(), c.instrument().version()).ifPresentOrElse(
                    i -> i.check(c.answers()).forEach(p -> mistakes.add(c.id() + ": " + p)),
                    () -> mistakes.add(c.id() + ": no instrument " + c.instrument().code() + " v" + c.instrument().version()));
            if (!mistakes.isEmpty()) throw new IllegalStateException("practice case " + file + " cannot be taught: " + mistakes);
            cases.put(c.id(), c);
        }
    }

    public List<PracticeCase> all() {
        return List.copyOf(cases.values());
    }

    public Optional<PracticeCase> find(String id) {
        return Optional.ofNullable(cases.get(id));
    }

    /** The file names {@code practice/index.txt} lists, in its order. */
    static List<String> index() {
        List<String> files = new ArrayList<>();
        try (InputStream in = resource(INDEX)) {
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = lines.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) files.add(line.strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static PracticeCase read(ObjectMapper yaml, String path) {
        try (InputStream in = resource(path)) {
            return yaml.readValue(in, PracticeCase.class);
        } catch (IOException e) {
            throw new IllegalStateException("practice case " + path + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static InputStream resource(String path) {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path);
        if (in == null) throw new IllegalStateException("missing resource " + path);
        return in;
    }
}
