package org.setu.referral.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.setu.kit.api.NotFound;
import org.setu.kit.api.ConflictException;
import org.setu.kit.api.InvalidRequestException;
import org.setu.kit.audit.AuditTrail;
import org.setu.referral.domain.Referral;
import org.setu.referral.domain.Transition;
import org.setu.referral.persistence.ReferralRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** The transitions people make through the API: approve, accept, decline, start, complete, cancel. */
@ApplicationScoped
public class LifecycleService {

    @Inject
    ReferralRepository referrals;

    @Inject
    ReferralCommitService commits;

    @Inject
    ReRouting reRouting;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * Loads the referral under a row lock (a concurrent transition waits), checks that the caller may see and move
     * it and that their version is the current one, applies the transition and saves it with its events.
     *
     * @param expectedVersion from {@code If-Match} or the body; null skips the check
     */
    @Transactional
    public Referral apply(UUID id, Transition t, Long expectedVersion, String reason, String note, ReferralAccess access) {
        Referral r = referrals.lock(id).orElseThrow(NotFound::new);
        access.requireVisible(r);
        access.requireMayAct(t, r);
        if (expectedVersion != null && expectedVersion != r.version()) {
            throw ConflictException.staleVersion(r.status().name(), r.version());
        }
        if (t == Transition.DECLINE && reason == null) {
            throw new InvalidRequestException("reason", "must be given when declining, e.g. NO_CAPACITY");
        }
        Instant now = clock.instant();
        String actor = access.actor();
        Referral next = switch (t) {
            case APPROVE -> r.approve(actor, now, reason, note);
            case ACCEPT -> r.accept(actor, now, reason, note);
            case DECLINE -> reRouting.next(r.decline(actor, now, reason, note), now);
            case START -> r.start(actor, now, reason, note);
            case COMPLETE -> r.complete(actor, now, reason, note);
            case CANCEL -> r.cancel(actor, now, reason == null ? "CANCELLED_BY_CASE_WORKER" : reason, note);
            case EXPIRE, RE_ROUTE, ESCALATE -> throw new NotFound();
        };
        Referral saved = commits.commit(r, next);
        audit.record(AuditTrail.CHANGE, "referral", id.toString(), "REFERRAL_MANAGEMENT");
        return saved;
    }

    public Referral get(UUID id, ReferralAccess access) {
        Referral r = referrals.find(id).orElseThrow(NotFound::new);
        access.requireVisible(r);
        if (access.coordinator()) audit.record(AuditTrail.READ, "referral", id.toString(), "OVERSIGHT");
        return r;
    }
}
