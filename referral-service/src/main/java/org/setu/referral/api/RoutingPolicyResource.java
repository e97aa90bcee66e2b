package org.setu.referral.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.setu.kit.api.QueryParams;
import org.setu.kit.security.CallerContext;
import org.setu.referral.app.ReferralAccess;
import org.setu.referral.app.RoutingPolicyService;
import org.setu.referral.domain.AgencyRoutingPolicy;

import java.util.Set;

/** The agencies' routing policies: which referrals wait for a case worker's approval (docs/referral.md). */
@Path("/api/v1/routing-policies")
@Produces(MediaType.APPLICATION_JSON)
public class RoutingPolicyResource {

    @Inject
    CallerContext callers;

    @Inject
    RoutingPolicyService policies;

    @GET
    @RolesAllowed(ReferralAccess.COORDINATOR)
    @Operation(summary = "List the policies agencies have set (NRM coordinators); an agency not listed follows the default")
    public ListPage<RoutingPolicyView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        int p = QueryParams.wholeNumber("page", page, 0, 0, 100_000);
        int s = QueryParams.wholeNumber("size", size, 20, 1, 100);
        RoutingPolicyService.Page found = policies.list(p, s);
        return new ListPage<>(found.items().stream().map(RoutingPolicyView::of).toList(), p, s, found.total());
    }

    @GET
    @Path("{agencyId}")
    @RolesAllowed({RoutingPolicyService.AGENCY_ADMIN, ReferralAccess.COORDINATOR})
    @Operation(summary = "Read an agency's routing policy (its agency admins, NRM coordinators); ETag is its version")
    public Response get(@PathParam("agencyId") String agencyId) {
        return withTag(policies.read(Params.pathId(agencyId), callers.caller()));
    }

    @PUT
    @Path("{agencyId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(RoutingPolicyService.AGENCY_ADMIN)
    @Operation(summary = "Replace your agency's routing policy (agency admins); If-Match or version guards against a lost update")
    public Response put(@PathParam("agencyId") String agencyId, @HeaderParam("If-Match") String ifMatch,
                        @Valid @NotNull RoutingPolicyRequest body) {
        Long expected = Params.expectedVersion(ifMatch, body.version(), "policy");
        return withTag(policies.change(Params.pathId(agencyId), expected, Set.copyOf(body.approveFirstUrgencies()),
                Set.copyOf(body.approveFirstCategories()), callers.caller()));
    }

    private static Response withTag(AgencyRoutingPolicy p) {
        return Response.ok(RoutingPolicyView.of(p)).tag(new EntityTag(Long.toString(p.version()))).build();
    }
}
