package org.setu.referral.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.kit.security.CallerContext;
import org.setu.referral.app.Access;
import org.setu.referral.app.Matching;
import org.setu.referral.domain.CaseFacts;
import org.setu.referral.persistence.CaseFactsRepository;

import java.util.Set;
import java.util.UUID;

/** {@code GET /api/v1/matches?caseId=&category=}: the ranked candidates, with why, and the services that did not qualify. */
@Path("/api/v1/matches")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Access.CASE_WORKER, Access.COORDINATOR})
public class MatchesResource {

    @Inject
    CallerContext callers;

    @Inject
    CaseFactsRepository cases;

    @Inject
    Matching matching;

    @GET
    public MatchView preview(@QueryParam("caseId") String caseId, @QueryParam("category") String category) {
        UUID id = Params.uuid("caseId", caseId, true);
        ServiceCategory c = Params.enumValue("category", category, ServiceCategory.class, true);
        Access access = new Access(callers.caller());
        CaseFacts facts = cases.find(id).filter(f -> !cases.isErased(id)).filter(access::canSeeCase)
                .orElseThrow(NotFoundException::new);
        return MatchView.of(id, matching.match(facts, c, Set.of()));
    }
}
