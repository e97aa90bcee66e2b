package org.setu.directory.api;

import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.setu.directory.app.RuleViolations;
import org.setu.kit.api.Problem;

/** Broken directory rules answer like every other invalid input: a 400 problem listing each field. */
public class RuleViolationMapper {

    @ServerExceptionMapper
    public Response rules(RuleViolations e) {
        return Problem.of(400, "validation", "Bad Request", "some fields of the request are not valid")
                .withErrors(e.problems().stream().map(p -> new Problem.FieldError(p.field(), p.message())).toList())
                .toResponse();
    }
}
