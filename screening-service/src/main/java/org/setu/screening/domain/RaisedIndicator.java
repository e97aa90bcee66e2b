package org.setu.screening.domain;

import org.setu.events.text.Reason;

/** An indicator that an answer raised: which question, which answer (as its label), which indicator. */
public record RaisedIndicator(String questionId, Text answer, Indicator indicator) {

    Reason describe() {
        return Reason.of("indicator.raised", Reason.value(questionId), answer.asLabel(), Reason.value(indicator.code()),
                Reason.term("strength." + indicator.strength().name()), Words.of(indicator.element()));
    }
}
