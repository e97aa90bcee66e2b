package org.setu.screening.domain;

import java.util.List;

/** How a portal asks for consent: the question's label and the share levels explained. */
public record ConsentForm(Text label, List<Option> shareLevels) {

    public ConsentForm {
        shareLevels = shareLevels == null ? List.of() : List.copyOf(shareLevels);
    }
}
