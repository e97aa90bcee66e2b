package org.setu.referral.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.kit.api.QueryParams;
import org.setu.referral.app.EscalationService;
import org.setu.referral.app.ReferralAccess;

/**
 * The NRM coordinators' escalations (docs/referral.md): referrals no service was left for. They act on each with
 * {@code POST /api/v1/referrals/{id}/refer-again} or {@code .../cancel}.
 */
@Path("/api/v1/escalations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(ReferralAccess.COORDINATOR)
public class EscalationResource {

    @Inject
    EscalationService escalations;

    @Inject
    ReaderLanguage words;

    @GET
    @Operation(summary = "Escalated referrals, the longest-waiting first, by district, category and time since escalation")
    public ListPage<EscalationView> list(@QueryParam("district") String district, @QueryParam("category") String category,
                                         @QueryParam("olderThan") String olderThan, @QueryParam("page") String page,
                                         @QueryParam("size") String size) {
        int p = QueryParams.wholeNumber("page", page, 0, 0, 100_000);
        int s = QueryParams.wholeNumber("size", size, 20, 1, 100);
        var found = escalations.list(QueryParams.text(district), QueryParams.oneOf("category", category, ServiceCategory.class),
                QueryParams.text(olderThan), p, s);
        return new ListPage<>(found.items().stream().map(e -> EscalationView.of(e, words)).toList(), p, s, found.total());
    }
}
