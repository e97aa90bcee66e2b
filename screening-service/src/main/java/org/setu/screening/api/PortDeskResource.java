package org.setu.screening.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.setu.kit.security.CallerContext;
import org.setu.screening.app.PortDeskService;
import org.setu.screening.app.Views;

import java.util.List;
import java.util.UUID;

/** Which agencies staff the arrivals desk at a port of entry; the NRM coordinators decide. */
@Path("/api/v1/return/ports-of-entry/{code}/desks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("nrm-coordinator")
public class PortDeskResource {

    @Inject
    PortDeskService desks;

    @Inject
    CallerContext callers;

    @GET
    @Operation(summary = "The agencies designated as the desk at the port")
    public Views.Page<PortDeskService.Desk> list(@PathParam("code") String code) {
        List<PortDeskService.Desk> items = desks.at(code);
        return Views.Page.whole(items);
    }

    @PUT
    @Path("{agencyId}")
    @Operation(summary = "Designate an agency as a desk at the port")
    @APIResponse(responseCode = "201", description = "the agency is now a desk at the port")
    @APIResponse(responseCode = "204", description = "the agency already was")
    public Response designate(@PathParam("code") String code, @PathParam("agencyId") UUID agencyId) {
        boolean added = desks.designate(code, agencyId, callers.caller());
        return (added ? Response.status(Response.Status.CREATED) : Response.noContent()).build();
    }

    @DELETE
    @Path("{agencyId}")
    @Operation(summary = "End an agency's designation as a desk at the port")
    @APIResponse(responseCode = "204", description = "the designation ended")
    @APIResponse(responseCode = "404", description = "the agency was not a desk at the port")
    public Response withdraw(@PathParam("code") String code, @PathParam("agencyId") UUID agencyId) {
        desks.withdraw(code, agencyId);
        return Response.noContent().build();
    }
}
