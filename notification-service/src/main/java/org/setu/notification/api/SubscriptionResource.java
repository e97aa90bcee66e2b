package org.setu.notification.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.setu.kit.api.IdempotencyKeys;
import org.setu.kit.security.CallerContext;
import org.setu.notification.app.Subscription;
import org.setu.notification.app.SubscriptionService;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/** An agency's webhook, email and SMS subscriptions; agency-admins manage their own agency's only. */
@Path("/api/v1/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("agency-admin")
public class SubscriptionResource {

    @Inject
    SubscriptionService subscriptions;

    @Inject
    CallerContext callers;

    @Inject
    IdempotencyKeys idempotency;

    @GET
    public SubscriptionView.Page list() {
        List<SubscriptionView> items = subscriptions.list(callers.caller()).stream().map(s -> SubscriptionView.of(s, false)).toList();
        return new SubscriptionView.Page(items, 0, items.size(), items.size());
    }

    /**
     * Answers the new subscription with its secret (for a webhook), which is shown this once. The answer kept for
     * an {@code Idempotency-Key} replay is the same without the secret: the idempotency store is not a second,
     * unencrypted home for it. A partner that lost the first answer rotates the secret.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@HeaderParam(IdempotencyKeys.HEADER) String key, @Valid @NotNull SubscriptionRequest body) {
        AtomicReference<Subscription> created = new AtomicReference<>();
        Response answer = idempotency.respond(key, body, () -> {
            Subscription s = subscriptions.create(callers.caller(), draft(body));
            created.set(s);
            return Response.created(location(s)).entity(SubscriptionView.of(s, false)).build();
        });
        Subscription s = created.get();
        if (s == null || s.secret() == null) return answer;   // a replay, or a channel without a secret
        return Response.created(location(s)).entity(SubscriptionView.of(s, true)).build();
    }

    private static URI location(Subscription s) {
        return URI.create("/api/v1/subscriptions/" + s.id());
    }

    @GET
    @Path("{id}")
    public SubscriptionView get(@PathParam("id") UUID id) {
        return SubscriptionView.of(subscriptions.find(callers.caller(), id), false);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public SubscriptionView replace(@PathParam("id") UUID id, @Valid @NotNull SubscriptionRequest body) {
        SubscriptionService.Replaced replaced = subscriptions.replace(callers.caller(), id, draft(body));
        return SubscriptionView.of(replaced.subscription(), replaced.secretIssued());
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") UUID id) {
        subscriptions.delete(callers.caller(), id);
        return Response.noContent().build();
    }

    /** A new secret, shown in this answer only; the old one stops working at once. */
    @POST
    @Path("{id}/secret")
    public SubscriptionView rotateSecret(@PathParam("id") UUID id) {
        return SubscriptionView.of(subscriptions.rotateSecret(callers.caller(), id), true);
    }

    /** Sends a test message through the subscription; follow it at the returned notification. */
    @POST
    @Path("{id}/ping")
    public Response ping(@PathParam("id") UUID id) {
        UUID delivery = subscriptions.ping(callers.caller(), id);
        return Response.accepted(new PingAnswer(delivery)).location(URI.create("/api/v1/notifications/" + delivery)).build();
    }

    public record PingAnswer(UUID notificationId) {
    }

    private static SubscriptionService.Draft draft(SubscriptionRequest r) {
        return new SubscriptionService.Draft(r.channel(), r.url(), r.email(), r.phone(), r.eventTypes(), r.language(), r.active());
    }
}
