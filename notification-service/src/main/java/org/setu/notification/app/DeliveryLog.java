package org.setu.notification.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.setu.kit.api.NotFound;
import org.setu.kit.api.ConflictException;
import org.setu.kit.audit.AuditTrail;
import org.setu.kit.security.Caller;
import org.setu.notification.domain.DeliveryState;
import org.setu.events.notification.Channel;
import org.setu.events.notification.RecipientKind;
import org.setu.notification.domain.DeliveryStatus;
import org.setu.notification.persistence.DeliveryRepository;
import org.setu.notification.persistence.DeliveryRow;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * The delivery log as callers see it. NRM coordinators see every delivery; everyone else sees those of referrals
 * their agency made or received (and their own pings). Another agency's delivery answers 404.
 */
@ApplicationScoped
public class DeliveryLog {

    public static final String COORDINATOR = "nrm-coordinator";

    @Inject
    DeliveryRepository deliveries;

    @Inject
    DeliveryWorker worker;

    @Inject
    Targets targets;

    @Inject
    Breakers breakers;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public record Page(List<Delivery> items, int page, int size, long totalItems) {
    }

    /** What the log is narrowed to; every part may be null. */
    public record Filter(DeliveryStatus status, Channel channel, RecipientKind kind, UUID referralId, String sourceEventId) {
    }

    /** Everything for a coordinator; the caller's agency otherwise; nothing for a caller without an agency. */
    static DeliveryRepository.Visibility visibility(Caller caller) {
        if (caller.hasRole(COORDINATOR)) return DeliveryRepository.Visibility.all();
        return DeliveryRepository.Visibility.agency(caller.agencyId().orElse(new UUID(0, 0)));
    }

    public Page page(Caller caller, Filter filter, int page, int size) {
        var v = visibility(caller);
        var f = new DeliveryRepository.Filter(filter.status(), filter.channel(), filter.kind(), filter.referralId(),
                filter.sourceEventId());
        return new Page(deliveries.page(f, v, page, size).stream().map(Delivery::of).toList(), page, size,
                deliveries.count(f, v));
    }

    public Delivery find(Caller caller, UUID id) {
        return deliveries.find(id).filter(d -> visible(caller, d)).map(Delivery::of).orElseThrow(NotFound::new);
    }

    public List<Delivery.Attempt> attempts(UUID id) {
        return deliveries.attempts(id).stream().map(Delivery.Attempt::of).toList();
    }

    /**
     * A dead delivery gets a new round of attempts, due now, and its endpoint's circuit is closed: whoever retries by
     * hand says the cause was fixed. Anything but a dead delivery is a conflict naming its status.
     */
    @Transactional
    public Delivery retry(Caller caller, UUID id) {
        DeliveryRow d = deliveries.findForUpdate(id).filter(x -> visible(caller, x)).orElseThrow(NotFound::new);
        DeliveryState next;
        try {
            next = d.state().retriedByHand(worker.policy(), clock.instant());
        } catch (DeliveryState.WrongStatus e) {
            throw ConflictException.wrongStatus(e.current().name(), d.state().attempts());
        }
        deliveries.saveState(id, next, null, clock.instant());
        breakers.reset(targets.endpointOf(d));
        audit.record(AuditTrail.CHANGE, "notification", id.toString(), "NOTIFICATION_OPERATIONS");
        return deliveries.find(id).map(Delivery::of).orElseThrow();
    }


    private static boolean visible(Caller caller, DeliveryRow d) {
        if (caller.hasRole(COORDINATOR)) return true;
        return caller.agencyId().map(a -> d.agencies().include(a)).orElse(false);
    }
}
