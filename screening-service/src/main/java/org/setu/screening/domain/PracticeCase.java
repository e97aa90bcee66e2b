package org.setu.screening.domain;

import org.setu.events.vocabulary.Classification;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Urgency;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A training case: the story of a fictional person as a screener would hear it, the answers an expert would
 * record, the outcome those answers must lead to, and why each answer is given. It is data (a YAML resource),
 * so that trainers can add cases without a code change; the build runs every case through the real engine.
 *
 * @param instrument the instrument version the answers were written for
 * @param covers     what the case teaches (child, debt-bondage, boundary-17...), so that a set of cases can be
 *                   checked for coverage
 */
public record PracticeCase(String id, InstrumentRef instrument, Text title, Text story, Person person,
                           Map<String, Object> answers, Expected expected, Map<String, Text> notes,
                           List<String> covers) {

    public PracticeCase {
        answers = answers == null ? Map.of() : Map.copyOf(answers);
        notes = notes == null ? Map.of() : Map.copyOf(notes);
        covers = covers == null ? List.of() : List.copyOf(covers);
    }

    public record InstrumentRef(String code, int version) {
    }

    /** Only what the engine reads of a person: the age (null when not known) and the languages spoken. */
    public record Person(Integer age, List<String> languages) {

        public Person {
            languages = languages == null ? List.of() : List.copyOf(languages);
        }
    }

    public record Expected(Classification classification, Urgency urgency, Set<ServiceCategory> needs) {

        public Expected {
            needs = needs == null ? Set.of() : Set.copyOf(needs);
        }
    }

    /** What the engine concludes from the expert's answers. */
    public ScreeningOutcome evaluate(Instrument on) {
        return DecisionEngine.evaluate(on, answers, person.age(), person.languages());
    }

    /** Whether the engine's outcome is the one the case expects; needs compare as a set, their order is the engine's. */
    public boolean expects(ScreeningOutcome outcome) {
        return expected.classification() == outcome.classification() && expected.urgency() == outcome.urgency()
                && expected.needs().equals(Set.copyOf(outcome.needs()));
    }

    /**
     * What keeps the case from being taught: a missing field, a text without both languages, an answered question
     * without its teaching note, a note for a question that was not answered. Empty when the case is complete.
     */
    public List<String> mistakes() {
        List<String> found = new ArrayList<>();
        if (id == null || id.isBlank()) found.add("a case needs an id");
        if (instrument == null || instrument.code() == null) found.add(id + ": names no instrument");
        if (person == null) found.add(id + ": needs a person (age may be null, languages)");
        if (expected == null || expected.classification() == null || expected.urgency() == null) {
            found.add(id + ": needs an expected classification and urgency");
        }
        bilingual(found, "title", title);
        bilingual(found, "story", story);
        answers.keySet().stream().filter(q -> !notes.containsKey(q)).sorted()
                .forEach(q -> found.add(id + ": answer to " + q + " has no teaching note"));
        notes.keySet().stream().filter(q -> !answers.containsKey(q)).sorted()
                .forEach(q -> found.add(id + ": note for " + q + ", which is not answered"));
        notes.forEach((q, note) -> bilingual(found, "note for " + q, note));
        return found;
    }

    private void bilingual(List<String> found, String what, Text text) {
        if (text == null || blank(text.en()) || blank(text.bn())) found.add(id + ": " + what + " needs English and Bangla");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
