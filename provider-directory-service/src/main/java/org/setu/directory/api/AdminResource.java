package org.setu.directory.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.setu.directory.app.RepublishService;
import org.setu.directory.app.RequestActor;

/** Directory-wide acts for the directory admins. */
@Path("/api/v1/admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    public record Republished(long services) {
    }

    @Inject
    RepublishService republisher;

    @Inject
    RequestActor requestActor;

    /** Records the snapshot of every service again, so a new consumer can build its read model from the topic. */
    @POST
    @Path("republish")
    public Response republish() {
        return Response.accepted(new Republished(republisher.republishAll(requestActor.current()))).build();
    }
}
