package org.setu.notification.app;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.setu.events.referral.ReferralEvent;
import org.setu.events.referral.ReferralHeld;
import org.setu.events.screening.PortDeskChanged;
import org.setu.events.screening.ReturnArrived;
import org.setu.events.screening.ReturnCancelled;
import org.setu.events.screening.ReturnMissed;
import org.setu.events.screening.ReturnPlanned;
import org.setu.notification.domain.ArrivalFacts;
import org.setu.notification.domain.ArrivalNotice;
import org.setu.notification.domain.ArrivalPolicy;
import org.setu.notification.domain.ArrivalPolicy.Held;
import org.setu.notification.domain.ArrivalPolicy.KeptReturn;
import org.setu.notification.domain.ArrivalPolicy.Reach;
import org.setu.notification.domain.Labels;
import org.setu.notification.domain.SourceEvent;
import org.setu.notification.persistence.DeliveryRepository;
import org.setu.notification.persistence.ReturnsRepository;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The return from abroad (issue #19, item 6): keeps, from events only, the desks at each port, each case's planned
 * return and the referrals held for it, and turns them into notices to the desks, the providers and the agency that
 * owns the case (and, for a missed return, the coordinators) through {@link Notifier}; a scheduled job sends the
 * reminder the day before a window opens, once per version of the return.
 */
@ApplicationScoped
public class ArrivalNotices {

    private static final Logger LOG = Logger.getLogger(ArrivalNotices.class);
    /** The reminder is the service's own event, like a ping: it exists in the delivery log only. */
    public static final String REMINDER_TYPE = "setu.notification.arrival-reminder.v1";
    static final int BATCH = 200;

    @Inject
    ReturnsRepository returns;

    @Inject
    DeliveryRepository deliveries;

    @Inject
    AgencyReaches reaches;

    @Inject
    Notifier notifier;

    @Inject
    NotificationSettings settings;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void onDeskChanged(PortDeskChanged e) {
        returns.deskChanged(e.portOfEntry(), e.agencyId(), e.designated(), e.occurredAt() == null ? clock.instant() : e.occurredAt());
    }

    /** A new plan, or a change of its port or window, is told to the desks at the port; an older version changes nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int onReturnPlanned(SourceEvent source, ReturnPlanned e) {
        if (deliveries.isErased(e.caseId())) return 0;
        KeptReturn kept = returns.findForUpdate(e.caseId()).orElse(null);
        if (!ArrivalPolicy.planApplies(kept, e.version())) return 0;
        Optional<String> why = ArrivalPolicy.whyTellTheDesks(kept, e.portOfEntry(), e.expectedFrom(), e.expectedTo());
        KeptReturn now = new KeptReturn(e.caseId(), e.agencyId(), e.version(), e.portOfEntry(), e.expectedFrom(),
                e.expectedTo(), KeptReturn.PLANNED);
        returns.save(now, instant(e.occurredAt()));
        if (why.isEmpty()) return 0;
        ArrivalFacts facts = facts(ArrivalNotice.PLANNED, now, null, null, e.occurredAt());
        return tell(source, facts, audience(now, List.of(), false));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void onReturnCancelled(ReturnCancelled e) {
        returns.setStatus(e.caseId(), KeptReturn.CANCELLED, e.version(), instant(e.occurredAt()));
    }

    /** The agency that owns the case hears that its returnee arrived; the providers hear through the referral sent then. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int onReturnArrived(SourceEvent source, ReturnArrived e) {
        if (deliveries.isErased(e.caseId())) return 0;
        KeptReturn kept = settle(e.caseId(), KeptReturn.ARRIVED, e.ownerAgency(), e.portOfEntry(), e.arrivedOn(), e.occurredAt());
        ArrivalFacts facts = facts(ArrivalNotice.ARRIVED, kept, e.arrivedOn(), null, e.occurredAt())
                .withCaseRef(returns.knownCaseRef(e.caseId()).orElse(null));
        return tell(source, facts, audience(kept, List.of(), true));
    }

    /** A missed return (a no-show, or the window passed) is told to the owner, the desks at the port and the coordinators. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int onReturnMissed(SourceEvent source, ReturnMissed e) {
        if (deliveries.isErased(e.caseId())) return 0;
        KeptReturn kept = settle(e.caseId(), KeptReturn.MISSED, e.ownerAgency(), e.portOfEntry(), e.expectedTo(), e.occurredAt());
        ArrivalFacts facts = facts(ArrivalNotice.MISSED, kept, null, e.reason(), e.occurredAt())
                .withCaseRef(returns.knownCaseRef(e.caseId()).orElse(null));
        return tell(source, facts, audience(kept, List.of(), true));
    }

    /**
     * A referral held for an arrival is told to its provider as an expected arrival: port, window and category, no
     * reference. Any later event of the referral (sent at the arrival, cancelled) releases it from the read model.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int onReferralEvent(SourceEvent source, ReferralEvent event) {
        if (!(event instanceof ReferralHeld e)) {
            returns.release(event.referralId());
            return 0;
        }
        if (deliveries.isErased(e.caseId())) return 0;
        Held held = new Held(e.referralId(), e.serviceId(), e.organizationId(), e.category());
        returns.hold(held, e.caseId(), instant(e.occurredAt()));
        KeptReturn window = new KeptReturn(e.caseId(), e.referringAgencyId(), 0, e.portOfEntry(), e.expectedFrom(),
                e.expectedTo(), KeptReturn.PLANNED);
        ArrivalFacts facts = facts(ArrivalNotice.HELD, window, null, null, e.occurredAt());
        var audience = new ArrivalPolicy.Audience(List.of(), null, List.of(held), notifier.coordinators(), smsEnabled(),
                settings.defaultLanguage());
        return notifier.onArrivalNotice(source, facts, ArrivalPolicy.recipients(ArrivalNotice.HELD, audience));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void onCaseErased(UUID caseId) {
        returns.forget(caseId);
    }

    @Scheduled(every = "${setu.notification.arrival-reminders.every:15m}", delayed = "40s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        remindDue(clock.instant());
    }

    /**
     * Sends the day-before reminders due at {@code now}: for each return still awaited whose window opens tomorrow
     * (Dhaka), once per version, to the desks at the port and the providers holding referrals for it. A batch per
     * transaction; the claimed reminder and its deliveries commit together. @return how many returns were reminded of
     */
    public int remindDue(Instant now) {
        LocalDate today = now.atZone(Labels.BANGLADESH).toLocalDate();
        int reminded = 0;
        int[] batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(() -> remindBatch(today, now));
            reminded += batch[1];
        } while (batch[0] == BATCH && batch[1] > 0);
        if (reminded > 0) LOG.infof("arrival reminders: %d returns reminded of", reminded);
        return reminded;
    }

    private int[] remindBatch(LocalDate today, Instant now) {
        List<KeptReturn> opening = returns.opening(ArrivalPolicy.opensTomorrow(today), BATCH);
        int reminded = 0;
        for (KeptReturn r : opening) {
            if (!ArrivalPolicy.remindToday(r, today) || deliveries.isErased(r.caseId())) continue;
            if (!returns.claimReminder(r.caseId(), r.version(), now)) continue;
            String id = UUID.nameUUIDFromBytes(("arrival-reminder:" + r.caseId() + ":" + r.version())
                    .getBytes(StandardCharsets.UTF_8)).toString();
            SourceEvent source = new SourceEvent(id, REMINDER_TYPE, r.caseId().toString(), now);
            notifier.onArrivalNotice(source, facts(ArrivalNotice.REMINDER, r, null, null, now),
                    ArrivalPolicy.recipients(ArrivalNotice.REMINDER, audience(r, returns.heldFor(r.caseId()), false)));
            reminded++;
        }
        return new int[] {opening.size(), reminded};
    }

    /**
     * Settles the kept plan. An arrival or a no-show of a plan the service never saw (it started after the plan, or the
     * plan's event is on its way) is kept from the settlement's own port and day.
     */
    private KeptReturn settle(UUID caseId, String status, UUID owner, String port, LocalDate day, Instant at) {
        KeptReturn kept = returns.findForUpdate(caseId).orElse(null);
        KeptReturn settled = kept == null
                ? new KeptReturn(caseId, owner, 0, port, day, day, status)
                : new KeptReturn(caseId, kept.ownerAgency(), kept.version(), kept.portOfEntry(), kept.expectedFrom(),
                        kept.expectedTo(), status);
        returns.save(settled, instant(at));
        return settled;
    }

    private int tell(SourceEvent source, ArrivalFacts facts, ArrivalPolicy.Audience audience) {
        return notifier.onArrivalNotice(source, facts, ArrivalPolicy.recipients(facts.notice(), audience));
    }

    private static ArrivalFacts facts(ArrivalNotice notice, KeptReturn r, LocalDate arrivedOn,
                                      ReturnMissed.MissedReturnReason reason, Instant at) {
        return new ArrivalFacts(notice, r.caseId(), null, null, r.ownerAgency(), r.portOfEntry(), r.expectedFrom(),
                r.expectedTo(), arrivedOn, null, reason, at);
    }

    /** The desks at the return's port, the owner (when it is to be told) and the referrals held for it. */
    private ArrivalPolicy.Audience audience(KeptReturn r, List<Held> held, boolean withOwner) {
        List<UUID> desks = returns.desksAt(r.portOfEntry());
        List<UUID> agencies = new ArrayList<>(desks);
        if (withOwner) agencies.add(r.ownerAgency());
        Map<UUID, Reach> reach = reaches.of(agencies);
        return new ArrivalPolicy.Audience(desks.stream().map(reach::get).toList(), withOwner ? reach.get(r.ownerAgency()) : null,
                held, notifier.coordinators(), smsEnabled(), settings.defaultLanguage());
    }

    private boolean smsEnabled() {
        return settings.sms().gatewayUrl().isPresent();
    }

    private Instant instant(Instant at) {
        return at == null ? clock.instant() : at;
    }
}
