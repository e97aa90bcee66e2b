package org.setu.notification.api;

import org.setu.kit.api.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.setu.events.notification.Channel;
import org.setu.events.notification.RecipientKind;
import org.setu.kit.security.CallerContext;
import org.setu.notification.app.Delivery;
import org.setu.notification.app.DeliveryLog;
import org.setu.notification.domain.DeliveryStatus;

import java.util.UUID;

/** The delivery log, scoped to the caller's agency (everything for NRM coordinators), and the manual retry. */
@Path("/api/v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    @Inject
    DeliveryLog log;

    @Inject
    CallerContext callers;

    @GET
    @RolesAllowed({"agency-admin", "case-worker", "provider-staff", "nrm-coordinator"})
    public NotificationView.Page list(@QueryParam("status") String status, @QueryParam("channel") String channel,
                                      @QueryParam("recipientKind") String kind, @QueryParam("referralId") String referralId,
                                      @QueryParam("sourceEventId") String sourceEventId,
                                      @QueryParam("page") String page, @QueryParam("size") String size) {
        var filter = new DeliveryLog.Filter(QueryParams.oneOf("status", status, DeliveryStatus.class),
                QueryParams.oneOf("channel", channel, Channel.class), QueryParams.oneOf("recipientKind", kind, RecipientKind.class),
                QueryParams.uuid("referralId", referralId), QueryParams.text(sourceEventId));
        DeliveryLog.Page p = log.page(callers.caller(), filter, QueryParams.wholeNumber("page", page, 0, 0, 100_000),
                QueryParams.wholeNumber("size", size, 20, 1, 200));
        return new NotificationView.Page(p.items().stream().map(d -> NotificationView.of(d, null)).toList(),
                p.page(), p.size(), p.totalItems());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"agency-admin", "case-worker", "provider-staff", "nrm-coordinator"})
    public NotificationView get(@PathParam("id") UUID id) {
        Delivery d = log.find(callers.caller(), id);
        return NotificationView.of(d, log.attempts(id));
    }

    /** A dead delivery gets a new round of attempts; 409 with the current status for anything else. */
    @POST
    @Path("{id}/retry")
    @RolesAllowed({"agency-admin", "nrm-coordinator"})
    public Response retry(@PathParam("id") UUID id) {
        Delivery d = log.retry(callers.caller(), id);
        return Response.accepted(NotificationView.of(d, null)).build();
    }
}
