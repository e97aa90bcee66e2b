package org.setu.screening.domain;

import org.setu.events.text.Reason;
import org.setu.events.vocabulary.Classification;
import org.setu.events.vocabulary.Element;
import org.setu.events.vocabulary.ServiceCategory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns checked answers into an outcome: answers raise indicators, indicators make elements positive by the
 * instrument's rule, elements give the classification, and urgency and needs follow. Every step writes its
 * reason into the trace, in that order, so a case worker can follow it.
 */
public final class DecisionEngine {

    private DecisionEngine() {
    }

    /**
     * @param age       whole years on the day of screening, or null when unknown
     * @param languages ISO 639 codes the person speaks
     */
    public static ScreeningOutcome evaluate(Instrument instrument, Map<String, Object> answers, Integer age, List<String> languages) {
        List<Reason> trace = new ArrayList<>();
        boolean signs = instrument.childSignsQuestion() != null
                && Boolean.TRUE.equals(answers.get(instrument.childSignsQuestion()));
        Verdict childVerdict = AgePolicy.child(age, signs);
        boolean child = childVerdict.holds();
        trace.add(childVerdict.reason());

        List<RaisedIndicator> raised = raise(instrument, answers, child);
        raised.forEach(r -> trace.add(r.describe()));

        List<ElementFinding> elements = new ArrayList<>();
        for (Element e : Element.values()) {
            List<RaisedIndicator> forElement = raised.stream().filter(r -> r.indicator().element() == e).toList();
            ElementFinding finding = ElementFinding.evaluate(e, forElement, instrument.ruleFor(e));
            elements.add(finding);
            if (finding.status() != ElementFinding.Status.NONE) trace.add(finding.reason());
        }
        Findings findings = new Findings(elements);

        ClassificationPolicy.Result classified = ClassificationPolicy.classify(findings, child);
        trace.addAll(classified.reasons());
        Classification c = classified.classification();
        if (findings.positive(Element.SMUGGLING) && c != Classification.SMUGGLED_MIGRANT
                && c != Classification.NO_PROTECTION_NEED && c != Classification.VULNERABLE_MIGRANT) {
            trace.add(Reason.of("smuggling.too"));
        }

        UrgencyPolicy.Result urgency = UrgencyPolicy.urgency(findings, child, c);
        trace.add(urgency.reason());

        Map<ServiceCategory, Reason> needs = NeedsPolicy.needs(instrument, answers, c, child, languages);
        needs.forEach((category, reason) -> trace.add(Reason.of("needs", Reason.value(category),
                Reason.term("category." + category.name()), Reason.nested(reason))));

        return new ScreeningOutcome(c, urgency.urgency(), List.copyOf(needs.keySet()), trace, child,
                AgePolicy.band(age, child), elements);
    }

    /** Every indicator the answers raise for this person (the child or the adult list). */
    static List<RaisedIndicator> raise(Instrument instrument, Map<String, Object> answers, boolean child) {
        List<RaisedIndicator> raised = new ArrayList<>();
        for (Question q : instrument.questions()) {
            Object answer = answers.get(q.id());
            if (answer == null) continue;
            for (Indicator i : q.indicators()) {
                if (i.countsFor(child) && q.answered(answer, i.whenValue(), i.whenAtLeast())) {
                    raised.add(new RaisedIndicator(q.id(), q.describe(i.whenValue()), i));
                }
            }
        }
        return raised;
    }
}
