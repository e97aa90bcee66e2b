package org.setu.screening.domain;

import java.util.List;

/**
 * How a portal asks for consent: the question's label, the share levels explained, and the cross-border question that
 * a person screened abroad is asked (issue #19, item 5).
 */
public record ConsentForm(Text label, List<Option> shareLevels, CrossBorderQuestion crossBorder) {

    public ConsentForm {
        shareLevels = shareLevels == null ? List.of() : List.copyOf(shareLevels);
    }

    /** May the case go to an agency in another country (the person's home), so that help is ready when they arrive? */
    public record CrossBorderQuestion(Text label) {
    }
}
