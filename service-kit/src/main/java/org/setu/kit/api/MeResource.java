package org.setu.kit.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.setu.kit.security.Caller;
import org.setu.kit.security.CallerContext;

import java.util.List;

/**
 * {@code GET /api/v1/me}: what the service understood from the caller's token. Partner developers use it to
 * check that their client carries the roles and agency they expect, before they send real data.
 */
@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    public record Me(String subject, String username, List<String> roles, String agencyId) {
    }

    @Inject
    CallerContext context;

    @GET
    @Operation(summary = "The caller as this service sees it: user, realm roles and agency")
    public Me me() {
        Caller c = context.caller();
        return new Me(c.subject(), c.username(), c.roles().stream().sorted().toList(),
                c.agencyId().map(Object::toString).orElse(null));
    }
}
