package org.setu.screening.app;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.setu.screening.domain.AnswerProblem;
import org.setu.screening.domain.Instrument;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The instruments this service serves and accepts, read once at start-up from YAML resources. A broken
 * instrument stops the service from starting: better than a screening that meets the mistake.
 */
@ApplicationScoped
public class InstrumentCatalog {

    @Inject
    ScreeningSettings settings;

    private final List<Instrument> instruments = new ArrayList<>();

    @PostConstruct
    void load() {
        ObjectMapper yaml = yamlMapper();
        for (String name : settings.instruments()) {
            instruments.add(read(yaml, "instruments/" + name + ".yaml"));
        }
        instruments.sort(Comparator.comparing(Instrument::code).thenComparing(Instrument::version));
    }

    /** Strict: an unknown key in an instrument is a typo, not something to ignore. */
    public static ObjectMapper yamlMapper() {
        return YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }

    public static Instrument read(ObjectMapper yaml, String resource) {
        return readChecked(yaml, resource, Instrument.class, Instrument::mistakes, "instrument");
    }

    /** A YAML resource of the given kind, read strictly; a missing file, a typo or a mistake it finds in itself stops the caller. */
    static <T> T readChecked(ObjectMapper yaml, String resource, Class<T> type, Function<T, List<String>> mistakesOf, String kind) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(kind + " resource missing: " + resource);
            T value = yaml.readValue(in, type);
            List<String> mistakes = mistakesOf.apply(value);
            if (!mistakes.isEmpty()) throw new IllegalStateException(kind + " " + resource + " is not usable: " + mistakes);
            return value;
        } catch (IOException e) {
            throw new IllegalStateException(kind + " " + resource + " cannot be read: " + e.getMessage(), e);
        }
    }

    public List<Instrument> all() {
        return List.copyOf(instruments);
    }

    public Optional<Instrument> find(String code, int version) {
        return instruments.stream().filter(i -> i.code().equals(code) && i.version() == version).findFirst();
    }

    /** The instrument the answers were given to, when they fit it; otherwise a 422 naming each question. */
    public Instrument checked(String code, int version, Map<String, Object> answers) {
        Instrument instrument = find(code, version).orElseThrow(() -> AnswersRejected.unknownInstrument(code, version));
        List<AnswerProblem> problems = instrument.check(answers);
        if (!problems.isEmpty()) {
            throw new AnswersRejected("some answers do not fit instrument " + instrument.name(), problems);
        }
        return instrument;
    }
}
