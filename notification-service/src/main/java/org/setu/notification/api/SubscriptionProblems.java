package org.setu.notification.api;

import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.setu.kit.api.Problem;
import org.setu.notification.app.InvalidSubscription;

/** A subscription that breaks the rules gets the same 400 problem as any invalid request, one entry per field. */
public class SubscriptionProblems {

    @ServerExceptionMapper
    public Response invalid(InvalidSubscription e) {
        return Problem.of(400, "validation", "Bad Request", "some fields of the request are not valid")
                .withErrors(e.violations().stream().map(v -> new Problem.FieldError(v.field(), v.message())).toList())
                .toResponse();
    }
}
