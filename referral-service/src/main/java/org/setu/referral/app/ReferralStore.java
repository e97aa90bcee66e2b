package org.setu.referral.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.setu.events.referral.ReferralAccepted;
import org.setu.events.referral.ReferralCancelled;
import org.setu.events.referral.ReferralCompleted;
import org.setu.events.referral.ReferralCreated;
import org.setu.events.referral.ReferralDeclined;
import org.setu.events.referral.ReferralEscalated;
import org.setu.events.referral.ReferralExpired;
import org.setu.events.referral.ReferralSent;
import org.setu.events.referral.ReferralStarted;
import org.setu.events.vocabulary.ReferralStatus;
import org.setu.kit.outbox.Outbox;
import org.setu.referral.domain.Deadlines;
import org.setu.referral.domain.HistoryEntry;
import org.setu.referral.domain.Referral;
import org.setu.referral.persistence.ReferralRepository;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Saves a referral after a transition and, in the same transaction, records one outbox event per new history
 * entry, keeps the attempts (the providers' record) up to date and feeds the metrics and the live stream.
 */
@ApplicationScoped
public class ReferralStore {

    private static final Logger LOG = Logger.getLogger(ReferralStore.class);

    @Inject
    ReferralRepository repository;

    @Inject
    Outbox outbox;

    @Inject
    ReferralMetrics metrics;

    @Inject
    Event<ReferralChanged> changes;

    /** @param before null for a new referral */
    @Transactional(Transactional.TxType.MANDATORY)
    public Referral commit(Referral before, Referral after) {
        Referral saved = before == null ? repository.insert(after) : repository.update(after);
        List<HistoryEntry> added = after.history().subList(before == null ? 0 : before.history().size(), after.history().size());
        for (HistoryEntry entry : added) {
            // a referral that found no service at all is only escalated: created says which service was chosen
            if (before == null && entry == added.get(0) && entry.status() != ReferralStatus.ESCALATED) {
                outbox.record(new ReferralCreated(after.id(), after.caseId(), after.caseRef(), after.category(),
                        entry.serviceId(), after.organizationId(), after.referringAgencyId(), entry.status(),
                        after.urgency(), dueOf(after, entry), 1, entry.reason(), entry.at()));
                if (entry.status() == ReferralStatus.PROPOSED) continue;
            }
            recordAttempt(before, after, entry);
            Object event = eventOf(before, after, entry);
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
                repository.attemptSent(after, entry.at());
            }
            case ACCEPTED -> {
                repository.attemptAnswered(after.id(), entry.attempt(), ReferralStatus.ACCEPTED, entry.at());
                metrics.accepted(Duration.between(sentAtOf(after, entry.attempt()), entry.at()));
            }
            case DECLINED, EXPIRED -> repository.attemptAnswered(after.id(), entry.attempt(), entry.status(), entry.at());
            case CANCELLED -> {
                if (before != null && before.status() == ReferralStatus.SENT) {
                    repository.attemptAnswered(after.id(), entry.attempt(), ReferralStatus.CANCELLED, entry.at());
                }
            }
            case COMPLETED -> metrics.completed(Duration.between(after.createdAt(), entry.at()));
            default -> { }
        }
    }

    private static Instant sentAtOf(Referral r, int attempt) {
        return r.history().stream().filter(h -> h.status() == ReferralStatus.SENT && h.attempt() == attempt)
                .map(HistoryEntry::at).reduce((a, b) -> b).orElse(r.createdAt());
    }

    private static Instant dueOf(Referral r, HistoryEntry entry) {
        return entry.status() == ReferralStatus.SENT ? Deadlines.dueAt(r.urgency(), entry.at()) : null;
    }

    /** The event a history entry means. The entry's service belongs to the referral as it was before, unless it is the new one. */
    private static Object eventOf(Referral before, Referral after, HistoryEntry e) {
        UUID service = e.serviceId();
        UUID organization = service == null ? null
                : service.equals(after.serviceId()) ? after.organizationId()
                : before != null ? before.organizationId() : null;
        Instant due = dueOf(after, e);
        Instant expiredDue = before != null ? before.dueAt() : null;
        return switch (e.status()) {
            case PROPOSED -> null;
            case SENT -> new ReferralSent(after.id(), after.caseId(), after.caseRef(), after.category(), service, organization,
                    after.referringAgencyId(), ReferralStatus.SENT, after.urgency(), due, e.attempt(), e.reason(), e.at());
            case ACCEPTED -> new ReferralAccepted(after.id(), after.caseId(), after.caseRef(), after.category(), service,
                    organization, after.referringAgencyId(), ReferralStatus.ACCEPTED, after.urgency(), null, e.attempt(),
                    e.reason(), e.at());
            case DECLINED -> new ReferralDeclined(after.id(), after.caseId(), after.caseRef(), after.category(), service,
                    organization, after.referringAgencyId(), ReferralStatus.DECLINED, after.urgency(), null, e.attempt(),
                    e.reason(), e.at());
            case EXPIRED -> new ReferralExpired(after.id(), after.caseId(), after.caseRef(), after.category(), service,
                    organization, after.referringAgencyId(), ReferralStatus.EXPIRED, after.urgency(), expiredDue,
                    e.attempt(), e.reason(), e.at());
            case IN_PROGRESS -> new ReferralStarted(after.id(), after.caseId(), after.caseRef(), after.category(), service,
                    organization, after.referringAgencyId(), ReferralStatus.IN_PROGRESS, after.urgency(), null, e.attempt(),
                    e.reason(), e.at());
            case COMPLETED -> new ReferralCompleted(after.id(), after.caseId(), after.caseRef(), after.category(), service,
                    organization, after.referringAgencyId(), ReferralStatus.COMPLETED, after.urgency(), null, e.attempt(),
                    e.reason(), e.at());
            case CANCELLED -> new ReferralCancelled(after.id(), after.caseId(), after.caseRef(), after.category(), service,
                    organization, after.referringAgencyId(), ReferralStatus.CANCELLED, after.urgency(), null, e.attempt(),
                    e.reason() == null ? "CANCELLED" : e.reason(), e.at());
            case ESCALATED -> new ReferralEscalated(after.id(), after.caseId(), after.caseRef(), after.category(), null, null,
                    after.referringAgencyId(), ReferralStatus.ESCALATED, after.urgency(), null, e.attempt(),
                    e.reason() == null ? "NO_CANDIDATE_LEFT" : e.reason(), e.at());
        };
    }
}
