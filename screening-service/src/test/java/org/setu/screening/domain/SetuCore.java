package org.setu.screening.domain;

import org.setu.screening.app.InstrumentCatalog;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The real default instrument, and a short way to write answers to it in a test table. */
final class SetuCore {

    static final Instrument V1 = InstrumentCatalog.read(InstrumentCatalog.yamlMapper(), "instruments/setu-core/v1.yaml");

    private SetuCore() {
    }

    /**
     * {@code "deception-at-recruitment=nature-of-job,wages; appears-under-18=true"}: multi-choice questions get a
     * list, true/false a boolean. The required travel question is answered "regular" unless the spec says otherwise.
     */
    static Map<String, Object> answers(String spec) {
        Map<String, Object> answers = new HashMap<>();
        answers.put("migration-route", "regular");
        if (spec == null || spec.isBlank()) return answers;
        for (String part : spec.split(";")) {
            String[] kv = part.trim().split("=", 2);
            String id = kv[0].trim();
            Question q = V1.question(id).orElseThrow(() -> new IllegalArgumentException("no question " + id));
            Object value = switch (q.type()) {
                case BOOLEAN -> Boolean.parseBoolean(kv[1].trim());
                case MULTI_CHOICE -> List.copyOf(Arrays.stream(kv[1].split(",")).map(String::trim).toList());
                case NUMBER -> Double.parseDouble(kv[1].trim());
                default -> kv[1].trim();
            };
            answers.put(id, value);
        }
        return answers;
    }

    static ScreeningOutcome evaluate(Integer age, String spec) {
        return DecisionEngine.evaluate(V1, answers(spec), age, List.of("bn"));
    }
}
