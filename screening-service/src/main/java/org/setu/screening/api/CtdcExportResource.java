package org.setu.screening.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.setu.kit.api.Csv;
import org.setu.kit.api.QueryParams;
import org.setu.screening.app.CtdcExportService;
import org.setu.screening.domain.export.CtdcRow;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The CTDC-compatible case export (docs/statistics.md): de-identified, k-anonymised rows for IOM and the national
 * statistics. For the NRM coordinators and auditors only: an agency's own cases alone would mostly fall under k, and
 * an agency reads its cases in the case list already.
 */
@Path("/api/v1/exports/ctdc")
public class CtdcExportResource {

    static final String CSV = Csv.MEDIA_TYPE;

    @Inject
    CtdcExportService exports;

    /** The JSON answer: what was done to the rows, the published columns, and the rows as column → value. */
    public record CtdcJson(CtdcExportService.Metadata metadata, List<String> columns, List<Map<String, String>> rows) {
    }

    @GET
    @RolesAllowed({"nrm-coordinator", "auditor"})
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(summary = "Cases opened from `from` to `to` (YYYY-MM-DD, Dhaka days, both included) as CTDC rows, k-anonymised;"
            + " format=json (with metadata) or csv, or Accept: text/csv")
    public Response export(@QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("format") String format, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        QueryParams.DayRange range = QueryParams.requiredRange(from, to);
        LocalDate first = range.first();
        LocalDate last = range.last();
        boolean csv = Csv.wanted(format, accept);
        CtdcExportService.Export export = exports.export(first, last);
        if (csv) {
            return Response.ok(csv(export), CSV + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"ctdc-" + first + "-" + last + ".csv\"").build();
        }
        return Response.ok(new CtdcJson(export.metadata(), export.columns(),
                export.rows().stream().map(CtdcRow::values).toList()), MediaType.APPLICATION_JSON).build();
    }

    /** RFC 4180: a header of the published columns, then one line per row. The values are codes; quoting is a safeguard. */
    static String csv(CtdcExportService.Export export) {
        StringBuilder out = new StringBuilder();
        out.append(Csv.line(export.columns()));
        for (CtdcRow row : export.rows()) {
            out.append(Csv.line(export.columns().stream().map(row::get).toList()));
        }
        return out.toString();
    }
}
