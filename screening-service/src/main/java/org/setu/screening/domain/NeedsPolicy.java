package org.setu.screening.domain;

import org.setu.events.text.Reason;
import org.setu.events.vocabulary.Classification;
import org.setu.events.vocabulary.ServiceCategory;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The services a person needs, as Setu service categories: what the answers add (the instrument's needs),
 * what the classification adds (the instrument's classification needs), and two rules that hold whatever
 * the instrument says: a child needs child protection, and someone who speaks neither Bangla nor English
 * needs an interpreter.
 */
public final class NeedsPolicy {

    static final Set<String> WORKING_LANGUAGES = Set.of("bn", "en");

    private NeedsPolicy() {
    }

    /** Each need with the first reason that added it, in the categories' order. */
    public static Map<ServiceCategory, Reason> needs(Instrument instrument, Map<String, Object> answers,
                                                     Classification c, boolean child, List<String> languages) {
        Map<ServiceCategory, Reason> needs = new EnumMap<>(ServiceCategory.class);
        for (Question q : instrument.questions()) {
            Object answer = answers.get(q.id());
            for (NeedRule rule : q.needs()) {
                if (q.answered(answer, rule.whenValue(), null)) {
                    needs.putIfAbsent(rule.category(), Reason.of("needs.answer", Reason.value(q.id()),
                            q.describe(rule.whenValue()).asLabel()));
                }
            }
        }
        for (ServiceCategory category : instrument.needsOf(c)) {
            needs.putIfAbsent(category, Reason.of("needs.classification", Words.of(c), Reason.value(instrument.name())));
        }
        add(needs, ServiceCategory.CHILD_PROTECTION, childProtection(child));
        add(needs, ServiceCategory.INTERPRETATION, interpretation(languages));
        return needs;
    }

    /** A child always needs child protection, whatever else was found. */
    static Verdict childProtection(boolean child) {
        return child ? Verdict.positive(Reason.of("needs.child")) : Verdict.notApplicable();
    }

    static Verdict interpretation(List<String> languages) {
        if (languages == null || languages.isEmpty()) return Verdict.notApplicable();
        return languages.stream().noneMatch(WORKING_LANGUAGES::contains)
                ? Verdict.positive(Reason.of("needs.interpretation"))
                : Verdict.negative(Reason.of("needs.interpretation.not"));
    }

    private static void add(Map<ServiceCategory, Reason> needs, ServiceCategory category, Verdict d) {
        if (d.holds()) needs.put(category, d.reason());
    }
}
