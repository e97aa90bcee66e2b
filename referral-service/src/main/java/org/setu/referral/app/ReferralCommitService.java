package org.setu.referral.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.setu.events.referral.ReferralEvents;
import org.setu.events.vocabulary.ReferralStatus;
import org.setu.kit.outbox.Outbox;
import org.setu.referral.domain.Deadlines;
import org.setu.referral.domain.HistoryEntry;
import org.setu.referral.domain.Referral;
import org.setu.referral.domain.PlannedReturn;
import org.setu.referral.persistence.PlannedReturnRepository;
import org.setu.referral.persistence.ReferralRepository;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The one way a referral is saved: after a transition, saves it and, in the same transaction, records one outbox event per new history
 * entry, keeps the attempts (the providers' record) up to date and feeds the metrics and the live stream.
 */
@ApplicationScoped
public class ReferralCommitService {

    private static final Logger LOG = Logger.getLogger(ReferralCommitService.class);

    @Inject
    ReferralRepository repository;

    @Inject
    Outbox outbox;

    @Inject
    ReferralMetrics metrics;

    @Inject
    Event<ReferralChanged> changes;

    @Inject
    PlannedReturnRepository returns;

    /** @param before null for a new referral */
    @Transactional(Transactional.TxType.MANDATORY)
    public Referral commit(Referral before, Referral after) {
        Referral saved = before == null ? repository.insert(after) : repository.update(after);
        List<HistoryEntry> added = after.history().subList(before == null ? 0 : before.history().size(), after.history().size());
        for (HistoryEntry entry : added) {
            // a referral that found no service at all is only escalated, and one held from the start only held: created
            // says which service was chosen and carries the case reference, which a held referral's provider must not get
            if (before == null && entry == added.get(0) && entry.status() != ReferralStatus.ESCALATED
                    && entry.status() != ReferralStatus.ON_HOLD) {
                outbox.record(ReferralEvents.created(shared(after), entry.status(), entry.serviceId(), after.organizationId(),
                        dueOf(after, entry), 1, entry.reason(), entry.at()));
                if (entry.status() == ReferralStatus.PROPOSED) continue;
            }
            if (staysAt(before, entry)) {
                // an amendment changed the urgency without a transition: only a provider still asked to answer
                // needs to hear of it, as a sent event that names the moved deadline
                if (entry.status() == ReferralStatus.SENT) outbox.record(eventOf(before, after, entry));
                // a held referral re-matched, re-dated or given a new window: its provider hears of it as held again
                if (entry.status() == ReferralStatus.ON_HOLD) outbox.record(held(after, entry));
                continue;
            }
            recordAttempt(before, after, entry);
            Object event = entry.status() == ReferralStatus.ON_HOLD ? held(after, entry) : eventOf(before, after, entry);
            if (event != null) outbox.record(event);
        }
        LOG.infof("referral %s of case %s is %s (attempt %d, version %d)", saved.id(), saved.caseId(), saved.status(),
                saved.attempt(), saved.version());
        changes.fire(new ReferralChanged(saved));
        return saved;
    }

    private void recordAttempt(Referral before, Referral after, HistoryEntry entry) {
        switch (entry.status()) {
            case SENT -> {
                // sent elsewhere while the provider still had it (an amendment moved the person): not a refusal
                if (before != null && before.status() == ReferralStatus.SENT) {
                    repository.attemptAnswered(after.id(), before.attempt(), ReferralStatus.CANCELLED, entry.at());
                }
                repository.attemptSent(after, entry.at());
            }
            case ACCEPTED -> {
                repository.attemptAnswered(after.id(), entry.attempt(), ReferralStatus.ACCEPTED, entry.at());
                metrics.accepted(Duration.between(after.sentAt(entry.attempt()), entry.at()));
            }
            case DECLINED, EXPIRED -> repository.attemptAnswered(after.id(), entry.attempt(), entry.status(), entry.at());
            case CANCELLED -> {
                // a referral held after it was sent still has that attempt open
                if (before != null && (before.status() == ReferralStatus.SENT || before.status() == ReferralStatus.ON_HOLD)) {
                    repository.attemptAnswered(after.id(), entry.attempt(), ReferralStatus.CANCELLED, entry.at());
                }
            }
            case COMPLETED -> metrics.completed(Duration.between(after.createdAt(), entry.at()));
            default -> { }
        }
    }

    /** The same status and attempt as before: the referral was re-dated, not moved. */
    private static boolean staysAt(Referral before, HistoryEntry entry) {
        return before != null && entry.status() == before.status() && entry.attempt() == before.attempt();
    }

    private static Instant dueOf(Referral r, HistoryEntry entry) {
        if (entry.status() != ReferralStatus.SENT) return null;
        // the referral's own deadline for its latest step: an amendment may have moved it off the usual response time
        return entry == r.last() && r.status() == ReferralStatus.SENT ? r.dueAt() : Deadlines.dueAt(r.urgency(), entry.at());
    }

    /** The event a history entry means. The entry's service belongs to the referral as it was before, unless it is the new one. */
    private static Object eventOf(Referral before, Referral after, HistoryEntry e) {
        if (e.status() == ReferralStatus.PROPOSED) return null;
        UUID service = e.serviceId();
        UUID organization = service == null ? null
                : service.equals(after.serviceId()) ? after.organizationId()
                : before != null ? before.organizationId() : null;
        Instant due = switch (e.status()) {
            case SENT -> dueOf(after, e);
            case EXPIRED -> before != null ? before.dueAt() : null;   // the deadline that passed
            default -> null;
        };
        String reason = e.reason() != null ? e.reason() : switch (e.status()) {
            case CANCELLED -> "CANCELLED";
            case ESCALATED -> "NO_CANDIDATE_LEFT";
            default -> null;
        };
        boolean escalated = e.status() == ReferralStatus.ESCALATED;   // no service is left: none is named
        // a referral cancelled while it waited for an arrival: its provider is not to learn the reference before one
        boolean heldWhenCancelled = e.status() == ReferralStatus.CANCELLED && before != null
                && before.status() == ReferralStatus.ON_HOLD;
        return ReferralEvents.transitionTo(e.status(), heldWhenCancelled ? withoutReference(after) : shared(after),
                escalated ? null : service,
                escalated ? null : organization, due, e.attempt(), reason, e.at());
    }

    /** {@code held}: the service waits for the person's arrival at the port, in the window the case's plan names. */
    private Object held(Referral r, HistoryEntry entry) {
        PlannedReturn plan = returns.find(r.caseId())
                .orElseThrow(() -> new IllegalStateException("referral " + r.id() + " is held without a planned return"));
        return ReferralEvents.held(shared(r), entry.serviceId(), r.organizationId(), entry.attempt(), entry.reason(),
                plan.portOfEntry(), plan.expectedFrom(), plan.expectedTo(), entry.at());
    }

    private static ReferralEvents.Shared withoutReference(Referral r) {
        return new ReferralEvents.Shared(r.id(), r.caseId(), null, r.category(), r.referringAgencyId(), r.urgency());
    }

    private static ReferralEvents.Shared shared(Referral r) {
        return new ReferralEvents.Shared(r.id(), r.caseId(), r.caseRef(), r.category(), r.referringAgencyId(), r.urgency());
    }
}
