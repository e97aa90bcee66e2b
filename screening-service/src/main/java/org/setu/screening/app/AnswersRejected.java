package org.setu.screening.app;

import org.setu.screening.domain.AnswerProblem;

import java.util.List;

/** The answers do not fit the instrument (or there is no such instrument): a 422 problem naming each question. */
public class AnswersRejected extends RuntimeException {

    private final List<AnswerProblem> problems;

    public AnswersRejected(String detail, List<AnswerProblem> problems) {
        super(detail, null, false, false);
        this.problems = List.copyOf(problems);
    }

    public static AnswersRejected unknownInstrument(String code, int version) {
        return new AnswersRejected("there is no instrument " + code + " v" + version + "; see GET /api/v1/instruments",
                List.of());
    }

    public List<AnswerProblem> problems() {
        return problems;
    }
}
