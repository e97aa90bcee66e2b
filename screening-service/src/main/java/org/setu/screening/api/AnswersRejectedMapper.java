package org.setu.screening.api;

import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.setu.kit.api.Problem;
import org.setu.screening.app.AnswersRejected;

/** Answers that do not fit the instrument: 422, each wrong answer named as {@code answers.<question id>}. */
public class AnswersRejectedMapper {

    @ServerExceptionMapper
    public Response rejected(AnswersRejected e) {
        Problem problem = Problem.of(422, "answers-do-not-fit-instrument", "Unprocessable Content", e.getMessage());
        if (e.problems().isEmpty()) {
            problem = problem.withErrors(java.util.List.of(new Problem.FieldError("instrument", "is not a known instrument version")));
        } else {
            problem = problem.withErrors(e.problems().stream()
                    .map(p -> new Problem.FieldError("answers." + p.questionId(), p.message())).toList());
        }
        return problem.toResponse();
    }
}
