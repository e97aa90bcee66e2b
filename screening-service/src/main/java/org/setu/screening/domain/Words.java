package org.setu.screening.domain;

import org.setu.events.text.Reason;
import org.setu.events.vocabulary.Classification;
import org.setu.events.vocabulary.Element;

import java.util.List;

/** The trace's words for codes: keys of the message bundles, translated when a reason is rendered. */
final class Words {

    private Words() {
    }

    static Reason.Term of(Element e) {
        return Reason.term("element." + e.name());
    }

    static Reason.Term of(Classification c) {
        return Reason.term("classification." + c.name());
    }

    /** "deceptive recruitment and coercive recruitment". */
    static Reason.Joined elements(List<Element> elements) {
        return Reason.and(elements.stream().map(Words::of).toList());
    }
}
