package org.setu.directory.app;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.setu.directory.domain.AccessDecision;
import org.setu.directory.domain.Actor;
import org.setu.kit.security.Caller;
import org.setu.kit.security.CallerContext;

/** The caller of this request as the directory's policies see it. */
@RequestScoped
public class RequestActor {

    @Inject
    CallerContext callers;

    public Actor current() {
        Caller c = callers.caller();
        return new Actor(c.roles(), c.agencyId());
    }

    /** A refused decision becomes a 403 problem; the record itself is visible to every reader, so 404 would mislead. */
    public static void require(AccessDecision d) {
        if (!d.allowed()) throw new ForbiddenException(d.reason());
    }
}
