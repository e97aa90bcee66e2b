package org.setu.screening.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.setu.kit.api.NotFound;
import org.setu.screening.app.RssCatalog;
import org.setu.screening.app.Views;
import org.setu.screening.domain.Text;
import org.setu.screening.domain.reintegration.ReintegrationSurvey;

import java.util.List;

/**
 * The Reintegration Sustainability Survey versions, self-describing like the instruments (both languages' labels,
 * each weight's source), so that a portal can render a follow-up and anyone can see how it is scored.
 */
@Path("/api/v1/reintegration/surveys")
@Produces(MediaType.APPLICATION_JSON)
public class ReintegrationSurveyResource {

    /** @param current whether new follow-ups use this version */
    public record SurveySummary(String code, int version, Text title, boolean current, boolean interimWeights, String href) {
    }

    @Inject
    RssCatalog catalog;

    @GET
    @Operation(summary = "The survey versions served; the current one is what new follow-ups use")
    public Views.Page<SurveySummary> list() {
        ReintegrationSurvey current = catalog.current();
        List<SurveySummary> items = catalog.all().stream().map(s -> new SurveySummary(s.code(), s.version(), s.title(),
                s == current, s.interimWeights(), "/api/v1/reintegration/surveys/" + s.code() + "/versions/" + s.version())).toList();
        return Views.Page.whole(items);
    }

    @GET
    @Path("{code}/versions/{version}")
    @Operation(summary = "One survey version: dimensions, indicators, questions, option scores, weights and their sources")
    public ReintegrationSurvey get(@PathParam("code") String code, @PathParam("version") int version) {
        return catalog.find(code, version).orElseThrow(NotFound::new);
    }
}
