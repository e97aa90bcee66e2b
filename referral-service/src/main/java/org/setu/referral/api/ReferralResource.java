package org.setu.referral.api;

import org.setu.kit.api.QueryParams;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import org.setu.kit.api.NotFound;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.RestStreamElementType;
import org.setu.events.vocabulary.ReferralStatus;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.kit.api.IdempotencyKeys;
import org.setu.kit.security.CallerContext;
import org.setu.referral.app.LifecycleService;
import org.setu.referral.app.ReferralAccess;
import org.setu.referral.app.ReferralChanges;
import org.setu.referral.app.ReferralReadService;
import org.setu.referral.app.RoutingService;
import org.setu.referral.app.StreamPermits;
import org.setu.referral.domain.Referral;
import org.setu.referral.domain.Transition;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** The closed loop: list, read, create by hand, and move referrals through their states. */
@Path("/api/v1/referrals")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ReferralAccess.CASE_WORKER, ReferralAccess.PROVIDER_STAFF, ReferralAccess.COORDINATOR})
public class ReferralResource {

    private static final Map<String, Transition> TRANSITIONS = Map.of(
            "approve", Transition.APPROVE, "accept", Transition.ACCEPT, "decline", Transition.DECLINE,
            "start", Transition.START, "complete", Transition.COMPLETE, "cancel", Transition.CANCEL,
            "refer-again", Transition.REFER_AGAIN);

    @Inject
    CallerContext callers;

    @Inject
    ReferralReadService referrals;

    @Inject
    LifecycleService lifecycle;

    @Inject
    RoutingService routing;

    @Inject
    ReferralChanges changes;

    @Inject
    IdempotencyKeys idempotency;

    @Inject
    StreamPermits permits;

    @Inject
    SecurityIdentity identity;

    @Inject
    ReaderLanguage words;

    @GET
    public ListPage<ReferralView> list(@QueryParam("status") String status, @QueryParam("category") String category,
                                       @QueryParam("caseId") String caseId, @QueryParam("page") String page,
                                       @QueryParam("size") String size) {
        int p = QueryParams.wholeNumber("page", page, 0, 0, 100_000);
        int s = QueryParams.wholeNumber("size", size, 20, 1, 100);
        ReferralReadService.Page found = referrals.list(access(), QueryParams.oneOf("status", status, ReferralStatus.class),
                QueryParams.oneOf("category", category, ServiceCategory.class),
                QueryParams.uuid("caseId", caseId), p, s);
        var arrivals = referrals.arrivals(found.items());
        return new ListPage<>(found.items().stream().map(r -> ReferralView.of(r, arrivals.get(r.caseId()), words)).toList(),
                p, s, found.total());
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        return withTag(Response.ok(), lifecycle.get(Params.pathId(id), access()));
    }

    @POST
    @RolesAllowed({ReferralAccess.CASE_WORKER, ReferralAccess.COORDINATOR})
    public Response create(@HeaderParam(IdempotencyKeys.HEADER) String key, @Valid @jakarta.validation.constraints.NotNull CreateReferralRequest body) {
        ReferralAccess access = access();
        return idempotency.respond(key, body, () -> {
            Referral r = routing.createByHand(body.caseId(), body.category(), body.serviceId(), body.note(), access);
            return withTag(Response.created(URI.create("/api/v1/referrals/" + r.id())), r);
        });
    }

    @POST
    @Path("{id}/{transition}")
    public Response transition(@PathParam("id") String id, @PathParam("transition") String transition,
                               @HeaderParam("If-Match") String ifMatch, @Valid TransitionRequest body) {
        Transition t = TRANSITIONS.get(transition);
        if (t == null) throw new NotFound();
        UUID referralId = Params.pathId(id);
        Long expected = Params.expectedVersion(ifMatch, body);
        Referral r = lifecycle.apply(referralId, t, expected, body == null ? null : body.reason(),
                body == null ? null : body.note(), body == null ? null : body.serviceId(), access());
        return withTag(Response.ok(), r);
    }

    /**
     * Server-sent events of referral changes, only those the caller may see. A caller holds a limited number of
     * streams at once (429 beyond), and each ends when the caller's token expires: the portal reconnects with a
     * fresh token, so access withdrawn in Keycloak stops the stream within one token lifetime.
     */
    @GET
    @Path("stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    public Multi<ReferralSummary> stream() {
        ReferralAccess access = access();   // taken now: the request scope is gone when changes arrive
        // the token's expiry is wall-clock time, not the deadlines' clock (which tests move forward)
        Duration lifetime = permits.lifetime(tokenExpiry(), Instant.now());
        if (lifetime.isZero()) return Multi.createFrom().empty();
        var caller = callers.caller();
        StreamPermits.Permit permit = permits.acquire(caller.subject() != null ? caller.subject() : caller.username());
        return changes.stream().filter(access::canSee).map(access::shown).map(ReferralSummary::of)
                .select().first(lifetime)
                .onTermination().invoke(permit::release);
    }

    /**
     * The token's {@code exp} in epoch seconds, or null for an identity without one (Quarkus refuses a bearer token
     * without {@code exp}; test identities carry 0).
     */
    private Long tokenExpiry() {
        if (!(identity.getPrincipal() instanceof JsonWebToken jwt)) return null;
        Object claim = jwt.getClaim("exp");
        long exp = claim instanceof Number n ? n.longValue() : claim instanceof jakarta.json.JsonNumber n ? n.longValue() : 0;
        return exp > 0 ? exp : null;
    }

    private ReferralAccess access() {
        return new ReferralAccess(callers.caller());
    }

    private Response withTag(Response.ResponseBuilder builder, Referral r) {
        var arrival = referrals.arrivals(java.util.List.of(r)).get(r.caseId());
        return builder.tag(new EntityTag(Long.toString(r.version()))).entity(ReferralView.of(r, arrival, words)).build();
    }
}
