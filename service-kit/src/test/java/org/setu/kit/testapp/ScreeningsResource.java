package org.setu.kit.testapp;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.setu.kit.outbox.KitTestApp;

import java.util.UUID;

/** Completes a stand-in screening over REST, so that a test can follow a request into the outbox. */
@Path("/api/v1/test/screenings")
public class ScreeningsResource {

    @Inject
    KitTestApp app;

    @POST
    @Path("{caseId}")
    public String complete(@PathParam("caseId") UUID caseId) {
        return app.completeScreening(caseId, false).toString();
    }
}
