package org.setu.screening.domain.export;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Applies a {@link CtdcMapping} to a case: the mapping decides every value, this class only follows it. */
public final class CtdcRows {

    private static final String YES = "1";
    private static final String NO = "0";

    private CtdcRows() {
    }

    /** The case's row, or empty when its classification is not one CTDC's dataset counts (it holds victims only). */
    public static Optional<CtdcRow> row(CtdcMapping mapping, CtdcSubject subject) {
        if (!mapping.includeClassifications().contains(subject.classification().name())) return Optional.empty();
        Map<String, String> computed = new LinkedHashMap<>();
        computed.put("yearOfRegistration", Integer.toString(subject.yearOfRegistration()));
        computed.put("gender", mapping.gender().getOrDefault(subject.sex().name(), mapping.missing()));
        computed.put("ageBroad", mapping.ageBroadOf(subject.age()));
        computed.put("majorityStatus", majorityStatus(mapping, subject));
        computed.put("citizenship", subject.nationality() == null ? mapping.missing() : subject.nationality());
        computed.put("CountryOfExploitation", countryOfExploitation(mapping, subject));
        mapping.flags().forEach(f -> computed.put(f.column(), flag(mapping, f, subject)));
        mapping.notAsked().forEach(n -> computed.put(n.column(), mapping.missing()));
        Map<String, String> ordered = new LinkedHashMap<>();
        mapping.columns().forEach(c -> ordered.put(c, computed.getOrDefault(c, mapping.missing())));
        return Optional.of(new CtdcRow(ordered));
    }

    /** A known age decides; without one, the screening's own reading of a child (signs of a child) does. */
    static String majorityStatus(CtdcMapping mapping, CtdcSubject subject) {
        if (subject.age() != null) return subject.age() < 18 ? mapping.minor() : mapping.adult();
        return subject.child() ? mapping.minor() : mapping.missing();
    }

    /**
     * The code the screening recorded wins: it was asked as a code (issue #19). Without one, the mapping's answer that
     * names a country (a route within Bangladesh) gives it, as before.
     */
    static String countryOfExploitation(CtdcMapping mapping, CtdcSubject subject) {
        if (subject.countryOfExploitation() != null) return subject.countryOfExploitation();
        CtdcMapping.CountryRule rule = mapping.countryOfExploitation();
        if (rule == null) return mapping.missing();
        Object answer = subject.answers().get(rule.question());
        if (answer == null) return mapping.missing();
        return rule.values().getOrDefault(answer.toString(), mapping.missing());
    }

    /** 1 when a listed option was chosen; 0 when a listed question was answered without one; missing when none was asked. */
    static String flag(CtdcMapping mapping, CtdcMapping.Flag flag, CtdcSubject subject) {
        boolean answered = false;
        for (CtdcMapping.Source source : flag.from()) {
            Object answer = subject.answers().get(source.question());
            if (answer == null) continue;
            answered = true;
            if (chosen(answer).stream().anyMatch(source.values()::contains)) return YES;
        }
        return answered ? NO : mapping.missing();
    }

    private static Collection<String> chosen(Object answer) {
        if (answer instanceof Collection<?> many) return many.stream().map(Object::toString).toList();
        return java.util.List.of(answer.toString());
    }
}
