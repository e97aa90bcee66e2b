package org.setu.kit.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.setu.kit.api.InvalidRequestException;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * {@code GET /api/v1/audit}: the trail of this service, for the {@code auditor} role only (others get 403).
 * Filters {@code resourceType}, {@code resourceId}, {@code actor} (user name or subject), {@code from}
 * (inclusive) and {@code to} (exclusive) as ISO-8601 times with offset; newest first, {@code limit} (1-200,
 * default 50) a page, {@code next} the cursor of the following page.
 * <p>
 * Reading the trail is itself recorded ({@code READ} of {@code audit-trail}, purpose {@code OVERSIGHT}):
 * it shows who did what to which case, which is sensitive about staff and victims alike, and oversight
 * should be accountable too. The record is written after the page is read and has a newer id, so it never
 * shifts the pages a cursor walks through.
 */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("auditor")
public class AuditResource {

    private static final int MAX_LIMIT = 200;

    @Inject
    AuditReader reader;

    @Inject
    AuditTrail trail;

    @GET
    @Operation(summary = "Read the audit trail (auditors only), newest first, with cursor pagination")
    public AuditPage list(@QueryParam("resourceType") String resourceType, @QueryParam("resourceId") String resourceId,
                          @QueryParam("actor") String actor, @QueryParam("from") String from,
                          @QueryParam("to") String to, @QueryParam("limit") String limit,
                          @QueryParam("cursor") String cursor) {
        AuditReader.Filter filter = new AuditReader.Filter(blankToNull(resourceType), blankToNull(resourceId),
                blankToNull(actor), time("from", from), time("to", to), before(cursor));
        AuditPage page = reader.page(filter, limit(limit));
        String looked = AuditTrail.isId(filter.resourceId()) ? filter.resourceId() : "*";
        trail.record(AuditTrail.READ, "audit-trail", looked, "OVERSIGHT");
        return page;
    }

    static String cursorAfter(long id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("a:" + id).getBytes(StandardCharsets.UTF_8));
    }

    private static Long before(String cursor) {
        if (cursor == null || cursor.isBlank()) return null;
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (plain.startsWith("a:")) return Long.parseLong(plain.substring(2));
        } catch (IllegalArgumentException e) {
            // falls through: not a cursor this API issued
        }
        throw new InvalidRequestException("cursor", "must be the 'next' value of a previous page");
    }

    private static OffsetDateTime time(String field, String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(field, "must be an ISO-8601 time with offset, e.g. 2026-01-31T09:00:00+06:00");
        }
    }

    private static int limit(String value) {
        if (value == null || value.isBlank()) return 50;
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= 1 && n <= MAX_LIMIT) return n;
        } catch (NumberFormatException e) {
            // falls through
        }
        throw new InvalidRequestException("limit", "must be a whole number from 1 to " + MAX_LIMIT);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
