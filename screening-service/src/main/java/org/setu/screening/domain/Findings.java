package org.setu.screening.domain;

import org.setu.events.text.Reason;
import org.setu.events.vocabulary.Element;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The findings for every element, grouped the way the Palermo Protocol reads them: act, purpose, means. */
public final class Findings {

    static final List<Element> RECRUITMENT = List.of(Element.DECEPTIVE_RECRUITMENT, Element.COERCIVE_RECRUITMENT,
            Element.ABUSE_OF_VULNERABILITY_RECRUITMENT);
    static final List<Element> MEANS = List.of(Element.COERCION_AT_DESTINATION, Element.ABUSE_OF_VULNERABILITY_AT_DESTINATION);
    static final List<Element> TRAFFICKING = List.of(Element.DECEPTIVE_RECRUITMENT, Element.COERCIVE_RECRUITMENT,
            Element.ABUSE_OF_VULNERABILITY_RECRUITMENT, Element.EXPLOITATION, Element.COERCION_AT_DESTINATION,
            Element.ABUSE_OF_VULNERABILITY_AT_DESTINATION);

    private final Map<Element, ElementFinding> byElement = new EnumMap<>(Element.class);

    public Findings(List<ElementFinding> findings) {
        findings.forEach(f -> byElement.put(f.element(), f));
    }

    public ElementFinding of(Element e) {
        return byElement.getOrDefault(e, new ElementFinding(e, ElementFinding.Status.NONE, List.of(), null));
    }

    public boolean positive(Element e) {
        return of(e).positive();
    }

    public boolean recruitment() {
        return RECRUITMENT.stream().anyMatch(this::positive);
    }

    public boolean exploitation() {
        return positive(Element.EXPLOITATION);
    }

    public boolean means() {
        return MEANS.stream().anyMatch(this::positive);
    }

    /** "deceptive recruitment and coercive recruitment": the positive elements of a group, for a reason. */
    Reason.Joined positiveOf(List<Element> group) {
        return Words.elements(group.stream().filter(this::positive).toList());
    }

    public List<ElementFinding> all() {
        return List.copyOf(byElement.values());
    }
}
