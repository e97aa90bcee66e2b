package org.setu.screening.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.setu.screening.app.PortCatalog;
import org.setu.screening.app.Views;
import org.setu.screening.domain.repatriation.PortOfEntry;

import java.util.List;

/** The ports of entry a planned return may name: public facts, so every signed-in user may read them. */
@Path("/api/v1/return/ports-of-entry")
@Produces(MediaType.APPLICATION_JSON)
public class PortOfEntryResource {

    @Inject
    PortCatalog ports;

    @GET
    @Operation(summary = "Airports and land ports, each with its names, kind, district and upazila (directory geography ids) and crossing")
    public Views.Page<PortOfEntry> list() {
        List<PortOfEntry> all = ports.all();
        return Views.Page.whole(all);
    }
}
