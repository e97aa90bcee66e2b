package org.setu.screening.domain;

/** An indicator that an answer raised: which question, which answer (as its label), which indicator. */
public record RaisedIndicator(String questionId, String answer, Indicator indicator) {

    String describe() {
        return "Answer '" + questionId + "' (" + answer + ") raised " + indicator.code() + ": a "
                + indicator.strength().name().toLowerCase() + " indicator of " + Words.of(indicator.element()) + ".";
    }
}
