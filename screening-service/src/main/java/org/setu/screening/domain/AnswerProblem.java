package org.setu.screening.domain;

/** An answer that does not fit its instrument: the question it concerns and what is wrong, never the value. */
public record AnswerProblem(String questionId, String message) {
}
