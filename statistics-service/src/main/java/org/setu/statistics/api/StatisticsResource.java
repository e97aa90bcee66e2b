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
import org.setu.statistics.domain.ReferralTimes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        List<IndicatorView> out = new ArrayList<>(Arrays.stream(Indicator.values())
                .map(i -> new IndicatorView(i.path(), names(i.dimensions()))).toList());
        out.add(new IndicatorView("referral-times", names(ReferralTimes.BREAKDOWNS)));
        out.add(new IndicatorView("providers", List.of()));
        return out;
    }

    private static List<String> names(Set<Dimension> dimensions) {
        return dimensions.stream().map(Dimension::parameter).toList();
    }

    @GET
    @Path("/referral-times")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(summary = "The referrals first sent from `from` to `to`, by period and up to two breakdowns: how many, the share"
            + " completed, median and 90th percentile hours to acceptance and to completion; figures that could reveal a"
            + " person are null")
    public Response referralTimes(@QueryParam("from") String from, @QueryParam("to") String to,
                                  @QueryParam("period") String period, @QueryParam("by") String by,
                                  @QueryParam("agencyId") String agencyId, @QueryParam("format") String format,
                                  @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        QueryParams.DayRange range = QueryParams.requiredRange(from, to);
        LocalDate first = range.first();
        LocalDate last = range.last();
        Period bucket = period(period);
        List<Dimension> breakdown = breakdown("referral-times", ReferralTimes.BREAKDOWNS, by);
        UUID agency = QueryParams.uuid("agencyId", agencyId);
        boolean csv = Csv.wanted(format, accept);
        StatisticsService.Times times = statistics.referralTimes(bucket, breakdown, first, last, agency);
        Map<String, Object> view = TimesView.of(times);
        if (csv) {
            List<String> header = new ArrayList<>(List.of("period"));
            breakdown.stream().map(Dimension::parameter).forEach(header::add);
            header.addAll(List.of("referrals", "completed", "shareCompleted", "medianHoursToAccept", "p90HoursToAccept",
                    "medianHoursToComplete", "p90HoursToComplete"));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> rows = (List<Map<String, Object>>) view.get("rows");
            return csv(TimesView.csv(rows, header), "referral-times-" + first + "-" + last);
        }
        return Response.ok(view, MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/providers")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(summary = "Each organization's answers to the referrals sent to it from `from` to `to`: sent, accepted, declined,"
            + " expired, acceptance rate, median and 90th percentile hours to answer; an agency's admin sees her own")
    public Response providers(@QueryParam("from") String from, @QueryParam("to") String to,
                              @QueryParam("organizationId") String organizationId, @QueryParam("format") String format,
                              @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        QueryParams.DayRange range = QueryParams.requiredRange(from, to);
        LocalDate first = range.first();
        LocalDate last = range.last();
        UUID organization = QueryParams.uuid("organizationId", organizationId);
        boolean csv = Csv.wanted(format, accept);
        Map<String, Object> view = TimesView.of(statistics.providers(first, last, organization));
        if (csv) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> rows = (List<Map<String, Object>>) view.get("organizations");
            return csv(TimesView.csv(rows, List.of("organizationId", "sent", "accepted", "declined", "expired",
                    "acceptanceRate", "medianHoursToAnswer", "p90HoursToAnswer")), "providers-" + first + "-" + last);
        }
        return Response.ok(view, MediaType.APPLICATION_JSON).build();
    }

    private static Response csv(String body, String name) {
        return Response.ok(body, CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"").build();
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
        QueryParams.DayRange range = QueryParams.requiredRange(from, to);
        LocalDate first = range.first();
        LocalDate last = range.last();
        Period bucket = period(period);
        List<Dimension> breakdown = breakdown(indicator.path(), indicator.dimensions(), by);
        UUID agency = QueryParams.uuid("agencyId", agencyId);
        boolean csv = Csv.wanted(format, accept);
        Figures figures = statistics.figures(indicator, bucket, breakdown, first, last, agency);
        if (csv) return csv(FiguresCsv.of(figures), indicator.path() + "-" + first + "-" + last);
        return Response.ok(FiguresView.of(figures), MediaType.APPLICATION_JSON).build();
    }

    private static Indicator indicator(String path) {
        try {
            return Indicator.ofPath(path);
        } catch (IllegalArgumentException e) {
            throw new NotFound();
        }
    }

    private static Period period(String period) {
        Period bucket = QueryParams.oneOf("period", period == null ? null : period.toUpperCase(Locale.ROOT), Period.class);
        return bucket == null ? Period.MONTH : bucket;
    }

    private static List<Dimension> breakdown(String indicator, Set<Dimension> allowed, String by) {
        String text = QueryParams.text(by);
        if (text == null) return List.of();
        List<Dimension> out = new ArrayList<>();
        for (String name : text.split(",", -1)) {
            Dimension d;
            try {
                d = Dimension.ofParameter(name.trim());
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("by", "must name breakdowns of " + indicator + ": "
                        + String.join(", ", allowed.stream().map(Dimension::parameter).toList()));
            }
            if (!allowed.contains(d)) {
                throw new InvalidRequestException("by", d.parameter() + " is not a breakdown of " + indicator);
            }
            if (out.contains(d)) throw new InvalidRequestException("by", "names " + d.parameter() + " twice");
            out.add(d);
        }
        if (out.size() > MOST_BREAKDOWNS) throw new InvalidRequestException("by", "may name at most two breakdowns");
        return out;
    }
}
