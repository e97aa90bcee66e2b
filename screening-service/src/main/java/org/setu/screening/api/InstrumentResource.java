package org.setu.screening.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import org.setu.kit.api.NotFound;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.setu.screening.app.InstrumentCatalog;
import org.setu.screening.app.Views;
import org.setu.screening.domain.Instrument;

import java.util.List;

/** The screening instruments, self-describing, so a portal can render them and a partner can answer them. */
@Path("/api/v1/instruments")
@Produces(MediaType.APPLICATION_JSON)
public class InstrumentResource {

    public record InstrumentSummary(String code, int version, org.setu.screening.domain.Text title, String href) {
    }

    @Inject
    InstrumentCatalog catalog;

    @GET
    public Views.Page<InstrumentSummary> list() {
        List<InstrumentSummary> items = catalog.all().stream().map(i -> new InstrumentSummary(i.code(), i.version(), i.title(),
                "/api/v1/instruments/" + i.code() + "/versions/" + i.version())).toList();
        return Views.Page.whole(items);
    }

    @GET
    @Path("{code}/versions/{version}")
    public Instrument get(@PathParam("code") String code, @PathParam("version") int version) {
        return catalog.find(code, version).orElseThrow(NotFound::new);
    }
}
