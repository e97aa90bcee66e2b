package org.setu.statistics.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.setu.kit.api.InvalidRequestException;
import org.setu.kit.api.QueryParams;
import org.setu.statistics.app.MonthlyReport;
import org.setu.statistics.app.MonthlyReports;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The monthly report a ministry receives (docs/statistics.md, "Monthly report"): the month's indicators as a workbook
 * or a printable page, in English or Bangla. Who reads it, and whose figures, as for the indicators.
 */
@Path("/api/v1/statistics/reports")
@RolesAllowed({"nrm-coordinator", "auditor", "agency-admin"})
public class ReportResource {

    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    @Inject
    MonthlyReports reports;

    /** The forms a report takes. */
    enum Format { HTML, XLSX }

    @GET
    @Path("/monthly")
    @Produces({ReportHtml.MEDIA_TYPE, ReportXlsx.MEDIA_TYPE})
    @Operation(summary = "The month's report (month=YYYY-MM, Dhaka time) of the caller's agency or of every agency: people"
            + " screened, referrals, unmet needs, referral times, providers and, for every agency, notification deliveries;"
            + " lang=en or bn; format=html (a printable page) or xlsx (a workbook); small counts suppressed")
    public Response monthly(@QueryParam("month") String month, @QueryParam("lang") String lang,
                            @QueryParam("format") String format, @QueryParam("agencyId") String agencyId) {
        YearMonth which = month(month);
        String language = language(lang);
        Format form = format(format);
        UUID agency = QueryParams.uuid("agencyId", agencyId);
        MonthlyReport report = reports.monthly(which, agency);
        ReportLabels labels = ReportLabels.in(language);
        String name = "setu-monthly-report-" + which + "-" + language;
        if (form == Format.XLSX) {
            return Response.ok(ReportXlsx.of(report, labels), ReportXlsx.MEDIA_TYPE)
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".xlsx\"").build();
        }
        return Response.ok(ReportHtml.of(report, labels), ReportHtml.MEDIA_TYPE)
                .header("Content-Disposition", "inline; filename=\"" + name + ".html\"")
                .header("Content-Language", language).build();
    }

    private static YearMonth month(String value) {
        String text = QueryParams.text(value);
        if (text == null) throw new InvalidRequestException("month", "is required");
        if (!MONTH.matcher(text).matches()) throw new InvalidRequestException("month", "must be a month (YYYY-MM)");
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("month", "must be a month (YYYY-MM)");
        }
    }

    private static String language(String value) {
        String text = QueryParams.text(value);
        if (text == null) return "en";
        String language = text.toLowerCase(Locale.ROOT);
        if (!language.equals("en") && !language.equals("bn")) throw new InvalidRequestException("lang", "must be en or bn");
        return language;
    }

    private static Format format(String value) {
        String text = QueryParams.text(value);
        if (text == null) return Format.HTML;
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "html" -> Format.HTML;
            case "xlsx" -> Format.XLSX;
            default -> throw new InvalidRequestException("format", "must be html or xlsx");
        };
    }
}
