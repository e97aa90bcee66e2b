package org.setu.referral.api;

import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.setu.kit.api.Problem;
import org.setu.referral.app.StreamPermits;
import org.setu.referral.domain.IllegalTransition;

/** A transition the referral's state does not allow: 409 with the current status and version, like the kit's conflicts. */
public class DomainProblems {

    @ServerExceptionMapper
    public Response illegalTransition(IllegalTransition e) {
        return Problem.of(409, "conflict", "Conflict", e.getMessage())
                .with("currentStatus", e.current().name())
                .with("currentVersion", e.version())
                .toResponse();
    }

    /** One live stream too many for this caller: try again once one has closed. */
    @ServerExceptionMapper
    public Response tooManyStreams(StreamPermits.TooManyStreams e) {
        Response problem = Problem.of(429, "too-many-streams", "Too Many Requests", e.getMessage()).toResponse();
        return Response.fromResponse(problem).header("Retry-After", "30").build();
    }
}
