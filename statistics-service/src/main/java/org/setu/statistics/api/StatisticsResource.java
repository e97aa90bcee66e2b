package org.setu.statistics.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.setu.kit.api.Csv;
import org.setu.kit.api.InvalidRequestException;
import org.setu.kit.api.NotFound;
import org.setu.kit.api.QueryParams;
import org.setu.statistics.app.Figures;
import org.setu.statistics.app.StatisticsService;
import org.setu.statistics.domain.Dimension;
import org.setu.statistics.domain.Indicator;
import org.setu.statistics.domain.Period;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The indicators (docs/statistics.md): counts by period and by up to two breakdowns, after disclosure control, as
 * JSON or CSV. The NRM coordinators and auditors read every agency's figures, an agency's admin her own.
 */
@Path("/api/v1/statistics")
@RolesAllowed({"nrm-coordinator", "auditor", "agency-admin"})
public class StatisticsResource {

    static final String CSV = Csv.MEDIA_TYPE;
    static final int MOST_BREAKDOWNS = 2;

    @Inject
    StatisticsService statistics;

    /** What can be asked: each indicator with the breakdowns it allows. */
    public record IndicatorView(String indicator, List<String> by) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The indicators and the breakdowns each allows")
    public List<IndicatorView> indicators() {
        return Arrays.stream(Indicator.values())
                .map(i -> new IndicatorView(i.path(), i.dimensions().stream().map(Dimension::parameter).toList()))
                .toList();
    }

    @GET
    @Path("/{indicator}")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(summary = "An indicator from `from` to `to` (YYYY-MM-DD, Dhaka days, both included) by period (week, month,"
            + " quarter) and by up to two breakdowns (by=district,sex); small counts suppressed; format=json or csv")
    public Response indicator(@PathParam("indicator") String path, @QueryParam("from") String from,
                              @QueryParam("to") String to, @QueryParam("period") String period,
                              @QueryParam("by") String by, @QueryParam("agencyId") String agencyId,
                              @QueryParam("format") String format, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        Indicator indicator = indicator(path);
        LocalDate first = QueryParams.requiredDate("from", from);
        LocalDate last = QueryParams.requiredDate("to", to);
        if (last.isBefore(first)) throw new InvalidRequestException("to", "must not be before from");
        Period bucket = QueryParams.oneOf("period", period == null ? null : period.toUpperCase(Locale.ROOT), Period.class);
        List<Dimension> breakdown = breakdown(indicator, by);
        UUID agency = QueryParams.uuid("agencyId", agencyId);
        boolean csv = Csv.wanted(format, accept);
        Figures figures = statistics.figures(indicator, bucket == null ? Period.MONTH : bucket, breakdown, first, last, agency);
        if (csv) {
            return Response.ok(FiguresCsv.of(figures), CSV + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + indicator.path() + "-" + first + "-" + last + ".csv\"")
                    .build();
        }
        return Response.ok(FiguresView.of(figures), MediaType.APPLICATION_JSON).build();
    }

    private static Indicator indicator(String path) {
        try {
            return Indicator.ofPath(path);
        } catch (IllegalArgumentException e) {
            throw new NotFound();
        }
    }

    private static List<Dimension> breakdown(Indicator indicator, String by) {
        String text = QueryParams.text(by);
        if (text == null) return List.of();
        List<Dimension> out = new ArrayList<>();
        for (String name : text.split(",", -1)) {
            Dimension d;
            try {
                d = Dimension.ofParameter(name.trim());
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("by", "must name breakdowns of " + indicator.path() + ": "
                        + String.join(", ", indicator.dimensions().stream().map(Dimension::parameter).toList()));
            }
            if (!indicator.allows(d)) {
                throw new InvalidRequestException("by", d.parameter() + " is not a breakdown of " + indicator.path());
            }
            if (out.contains(d)) throw new InvalidRequestException("by", "names " + d.parameter() + " twice");
            out.add(d);
        }
        if (out.size() > MOST_BREAKDOWNS) throw new InvalidRequestException("by", "may name at most two breakdowns");
        return out;
    }
}
