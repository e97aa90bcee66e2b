package org.setu.screening.domain.export;

import org.setu.screening.domain.Instrument;
import org.setu.screening.domain.Question;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How one instrument version's screenings become rows of CTDC's global dataset: the published columns and, for each,
 * where its value comes from. Read from {@code exports/ctdc/<code>-v<version>.yaml}; it is data so that a new
 * instrument version gets a new file, not new code.
 */
public record CtdcMapping(InstrumentRef instrument, Codebook codebook, String missing, List<String> includeClassifications,
                          List<String> columns, Map<String, String> gender, String adult, String minor,
                          List<AgeRange> ageBroad, CountryRule countryOfExploitation, List<Flag> flags,
                          List<NotAsked> notAsked, List<NotExported> notExported) {

    /** The columns computed from the person and the case rather than from answers. */
    public static final List<String> PERSON_COLUMNS =
            List.of("yearOfRegistration", "gender", "ageBroad", "majorityStatus", "citizenship", "CountryOfExploitation");

    public record InstrumentRef(String code, int version) {
    }

    /** Where CTDC's variable names and codes were read, and when. */
    public record Codebook(String title, String url, String seen) {
    }

    /** An age band of CTDC's {@code ageBroad}; {@code to} null is open-ended. */
    public record AgeRange(int from, Integer to, String code) {
        boolean holds(int age) {
            return age >= from && (to == null || age <= to);
        }
    }

    /** The one answer that names the country of exploitation, as an ISO 3166-1 alpha-2 code per option. */
    public record CountryRule(String question, Map<String, String> values) {
    }

    /** A 0/1 variable set by any of the listed options of the listed questions. */
    public record Flag(String column, List<Source> from) {
    }

    public record Source(String question, List<String> values) {
    }

    /** A CTDC variable the instrument does not ask about: always missing. */
    public record NotAsked(String column, String why) {
    }

    /** Options of a mapped question that deliberately become no variable. */
    public record NotExported(String question, List<String> values, String why) {
    }

    public String instrumentName() {
        return instrument.code() + "/v" + instrument.version();
    }

    /** The band of an age in whole years, or the missing value. */
    public String ageBroadOf(Integer age) {
        if (age == null) return missing;
        return ageBroad.stream().filter(r -> r.holds(age)).map(AgeRange::code).findFirst().orElse(missing);
    }

    /** The questions whose options the mapping reads. */
    public Set<String> mappedQuestions() {
        Set<String> questions = new LinkedHashSet<>();
        if (countryOfExploitation != null) questions.add(countryOfExploitation.question());
        flags.forEach(f -> f.from().forEach(s -> questions.add(s.question())));
        return questions;
    }

    /**
     * What is wrong with this mapping for its instrument: a column defined twice or not at all, an unknown question or
     * option, an option of a mapped question that is neither mapped nor declared not exported. Empty when sound.
     */
    public List<String> mistakes(Instrument of) {
        List<String> mistakes = new ArrayList<>();
        if (!of.code().equals(instrument.code()) || of.version() != instrument.version()) {
            mistakes.add("mapping is for " + instrumentName() + ", not " + of.name());
        }
        Map<String, Integer> defined = new HashMap<>();
        PERSON_COLUMNS.forEach(c -> defined.merge(c, 1, Integer::sum));
        flags.forEach(f -> defined.merge(f.column(), 1, Integer::sum));
        notAsked.forEach(n -> defined.merge(n.column(), 1, Integer::sum));
        defined.forEach((column, times) -> {
            if (times > 1) mistakes.add("column " + column + " is defined " + times + " times");
            if (!columns.contains(column)) mistakes.add("column " + column + " is defined but not published in columns");
        });
        columns.stream().filter(c -> !defined.containsKey(c)).forEach(c -> mistakes.add("column " + c + " has no definition"));
        if (new HashSet<>(columns).size() != columns.size()) mistakes.add("columns lists a column twice");

        Map<String, Set<String>> covered = new HashMap<>();
        if (countryOfExploitation != null) {
            covered.computeIfAbsent(countryOfExploitation.question(), q -> new HashSet<>())
                    .addAll(countryOfExploitation.values().keySet());
        }
        flags.forEach(f -> f.from().forEach(s -> covered.computeIfAbsent(s.question(), q -> new HashSet<>()).addAll(s.values())));
        notExported.forEach(n -> covered.computeIfAbsent(n.question(), q -> new HashSet<>()).addAll(n.values()));
        covered.forEach((id, values) -> {
            Question question = of.question(id).orElse(null);
            if (question == null) {
                mistakes.add("question " + id + " is not in " + of.name());
                return;
            }
            values.stream().filter(v -> !question.hasOption(v)).sorted()
                    .forEach(v -> mistakes.add("question " + id + " has no option " + v));
            question.options().stream().map(o -> o.value()).filter(v -> !values.contains(v))
                    .forEach(v -> mistakes.add("option " + id + ":" + v + " is neither mapped nor declared not exported"));
        });
        return mistakes;
    }
}
