package org.setu.screening.domain;

import org.setu.events.vocabulary.Element;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * What is kept of one practice attempt: which case, when, and where the screener's reading agreed with the expert's.
 * Not the answers: a trainer reads agreement, and a fictional case's answers teach nothing once compared.
 */
public record PracticeRecord(String caseId, Instant attemptedAt, boolean agrees, boolean classificationAgrees,
                             boolean urgencyAgrees, boolean needsAgree, Set<Element> elementsAgreed,
                             Set<Element> elementsDiffering) {

    public PracticeRecord {
        elementsAgreed = elementsAgreed.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(elementsAgreed));
        elementsDiffering = elementsDiffering.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(elementsDiffering));
    }

    public static PracticeRecord of(String caseId, Instant at, PracticeComparison c) {
        Set<Element> agreed = EnumSet.noneOf(Element.class);
        Set<Element> differing = EnumSet.noneOf(Element.class);
        c.elements().forEach(e -> (e.agrees() ? agreed : differing).add(e.element()));
        return new PracticeRecord(caseId, at, c.agrees(), c.classificationAgrees(), c.urgencyAgrees(),
                c.missedNeeds().isEmpty() && c.extraNeeds().isEmpty(), agreed, differing);
    }
}
