package org.setu.screening.domain;

import org.setu.events.vocabulary.Element;
import org.setu.events.vocabulary.ServiceCategory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A screener's practice answers set beside an expert's, both run through the real engine: whether they reach the
 * same classification, urgency, needs and elements, and, question by question, which indicators the screener missed
 * (the expert's answer raised them, theirs did not) or over-read (theirs raised them, the expert's did not).
 */
public record PracticeComparison(ScreeningOutcome expected, ScreeningOutcome given, List<ElementAgreement> elements,
                                 Set<ServiceCategory> missedNeeds, Set<ServiceCategory> extraNeeds,
                                 List<QuestionDifference> differences) {

    public PracticeComparison {
        elements = List.copyOf(elements);
        missedNeeds = Set.copyOf(missedNeeds);
        extraNeeds = Set.copyOf(extraNeeds);
        differences = List.copyOf(differences);
    }

    /** One element of the trafficking or smuggling definition, as the expert's answers and the screener's left it. */
    public record ElementAgreement(Element element, ElementFinding.Status expected, ElementFinding.Status given) {
        public boolean agrees() {
            return expected == given;
        }
    }

    /** A question answered otherwise than the expert did, and the indicators that changed because of it. */
    public record QuestionDifference(String questionId, Object expectedAnswer, Object givenAnswer,
                                     List<String> missedIndicators, List<String> overReadIndicators) {
    }

    public boolean classificationAgrees() {
        return expected.classification() == given.classification();
    }

    public boolean urgencyAgrees() {
        return expected.urgency() == given.urgency();
    }

    /** The whole reading agrees: classification, urgency, needs and every element. */
    public boolean agrees() {
        return classificationAgrees() && urgencyAgrees() && missedNeeds.isEmpty() && extraNeeds.isEmpty()
                && elements.stream().allMatch(ElementAgreement::agrees);
    }

    /**
     * @param age       the fictional person's age in the practice case, or null when the story leaves it unknown
     * @param languages the languages the story gives the person
     */
    public static PracticeComparison compare(Instrument instrument, Map<String, Object> expertAnswers,
                                             Map<String, Object> givenAnswers, Integer age, List<String> languages) {
        ScreeningOutcome expected = DecisionEngine.evaluate(instrument, expertAnswers, age, languages);
        ScreeningOutcome given = DecisionEngine.evaluate(instrument, givenAnswers, age, languages);
        List<ElementAgreement> elements = new ArrayList<>();
        for (int i = 0; i < expected.elements().size(); i++) {
            elements.add(new ElementAgreement(expected.elements().get(i).element(), expected.elements().get(i).status(),
                    given.elements().get(i).status()));
        }
        List<RaisedIndicator> expertRaised = DecisionEngine.raise(instrument, expertAnswers, expected.child());
        List<RaisedIndicator> givenRaised = DecisionEngine.raise(instrument, givenAnswers, expected.child());
        List<QuestionDifference> differences = new ArrayList<>();
        for (Question q : instrument.questions()) {
            Object e = expertAnswers.get(q.id());
            Object g = givenAnswers.get(q.id());
            if (sameAnswer(e, g)) continue;
            Set<String> byExpert = codesOf(expertRaised, q.id());
            Set<String> byScreener = codesOf(givenRaised, q.id());
            differences.add(new QuestionDifference(q.id(), e, g, onlyIn(byExpert, byScreener), onlyIn(byScreener, byExpert)));
        }
        return new PracticeComparison(expected, given, elements, Set.copyOf(onlyIn(expected.needs(), given.needs())),
                Set.copyOf(onlyIn(given.needs(), expected.needs())), differences);
    }

    /** Multi-choice answers are compared as sets: the order the boxes were ticked in does not matter. */
    private static boolean sameAnswer(Object a, Object b) {
        if (a instanceof Collection<?> x && b instanceof Collection<?> y) return Set.copyOf(x).equals(Set.copyOf(y));
        if (a instanceof Number x && b instanceof Number y) return x.doubleValue() == y.doubleValue();
        return Objects.equals(a, b);
    }

    private static Set<String> codesOf(List<RaisedIndicator> raised, String questionId) {
        Set<String> codes = new TreeSet<>();
        raised.stream().filter(r -> r.questionId().equals(questionId)).forEach(r -> codes.add(r.indicator().code()));
        return codes;
    }

    private static <T> List<T> onlyIn(Collection<T> a, Collection<T> b) {
        List<T> out = new ArrayList<>(new LinkedHashSet<>(a));
        out.removeAll(b);
        return out;
    }
}
