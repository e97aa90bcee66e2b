package org.setu.directory.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.setu.directory.app.HsdsExportService;
import org.setu.directory.app.HsdsImportService;
import org.setu.directory.app.RequestActor;

/** The directory in Open Referral HSDS 3.1 form, for other HSDS tools, and back. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class HsdsResource {

    @Inject
    HsdsExportService export;

    @Inject
    HsdsImportService importer;

    @Inject
    RequestActor requestActor;

    @GET
    @Path("export/hsds")
    public ObjectNode export() {
        return export.export(requestActor.current());
    }

    @POST
    @Path("import/hsds")
    @Consumes(MediaType.APPLICATION_JSON)
    public HsdsImportService.Imported importDirectory(@NotNull JsonNode body) {
        return importer.importDirectory(requestActor.current(), body);
    }
}
