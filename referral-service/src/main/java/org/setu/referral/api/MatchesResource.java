package org.setu.referral.api;

import org.setu.kit.api.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.kit.security.CallerContext;
import org.setu.referral.app.MatchingService;
import org.setu.referral.app.ReferralAccess;
import java.util.UUID;

/** {@code GET /api/v1/matches?caseId=&category=}: the ranked candidates, with why, and the services that did not qualify. */
@Path("/api/v1/matches")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ReferralAccess.CASE_WORKER, ReferralAccess.COORDINATOR})
public class MatchesResource {

    @Inject
    CallerContext callers;

    @Inject
    MatchingService matching;

    @Inject
    ReaderLanguage words;

    @GET
    public MatchView preview(@QueryParam("caseId") String caseId, @QueryParam("category") String category) {
        UUID id = QueryParams.requiredUuid("caseId", caseId);
        ServiceCategory c = QueryParams.requiredOneOf("category", category, ServiceCategory.class);
        return MatchView.of(id, matching.preview(id, c, new ReferralAccess(callers.caller())), words);
    }
}
