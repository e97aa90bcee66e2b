package org.setu.referral.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.setu.kit.security.CallerContext;
import org.setu.referral.app.ReferralAccess;
import org.setu.referral.app.ReferralReadService;

import java.util.List;
import java.util.UUID;

/** The whole loop of one case: every referral of it the caller may see, oldest first. */
@Path("/api/v1/cases/{caseId}/referrals")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ReferralAccess.CASE_WORKER, ReferralAccess.PROVIDER_STAFF, ReferralAccess.COORDINATOR})
public class CaseReferralsResource {

    public record CaseReferrals(UUID caseId, List<ReferralView> items) {
    }

    @Inject
    CallerContext callers;

    @Inject
    ReferralReadService referrals;

    @Inject
    ReaderLanguage words;

    @GET
    public CaseReferrals list(@PathParam("caseId") String caseId) {
        UUID id = Params.pathId(caseId);
        var found = referrals.ofCase(id, new ReferralAccess(callers.caller()));
        var arrivals = referrals.arrivals(found);
        List<ReferralView> items = found.stream().map(r -> ReferralView.of(r, arrivals.get(r.caseId()), words)).toList();
        return new CaseReferrals(id, items);
    }
}
