package org.setu.referral.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.setu.kit.api.NotFound;
import org.setu.kit.api.ConflictException;
import org.setu.kit.api.InvalidRequestException;
import org.setu.kit.audit.AuditTrail;
import org.setu.referral.domain.CaseFacts;
import org.setu.referral.domain.IllegalTransition;
import org.setu.referral.domain.Referral;
import org.setu.referral.domain.ServiceChoice;
import org.setu.referral.domain.Transition;
import org.setu.referral.persistence.CaseFactsRepository;
import org.setu.referral.persistence.PlannedReturnRepository;
import org.setu.referral.domain.PlannedReturn;
import org.setu.referral.persistence.ReferralRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * The transitions people make through the API: approve (to the proposed service, or to another candidate), accept,
 * decline, start, complete, cancel, and a coordinator's referral of an escalation to a service they found.
 */
@ApplicationScoped
public class LifecycleService {

    @Inject
    ReferralRepository referrals;

    @Inject
    ReferralCommitService commits;

    @Inject
    ReRouting reRouting;

    @Inject
    HandChoice hands;

    @Inject
    CaseFactsRepository cases;

    @Inject
    AuditTrail audit;

    @Inject
    PlannedReturnRepository returns;

    @Inject
    Clock clock;

    /** A transition that names no service. */
    public Referral apply(UUID id, Transition t, Long expectedVersion, String reason, String note, ReferralAccess access) {
        return apply(id, t, expectedVersion, reason, note, null, access);
    }

    /**
     * Loads the referral under a row lock (a concurrent transition waits), checks that the caller may see and move
     * it and that their version is the current one, applies the transition and saves it with its events.
     *
     * @param expectedVersion from {@code If-Match} or the body; null skips the check
     * @param serviceId       a candidate of the ranked preview, for approve (optional) and refer-again (required)
     */
    @Transactional
    public Referral apply(UUID id, Transition t, Long expectedVersion, String reason, String note, UUID serviceId,
                          ReferralAccess access) {
        Referral r = referrals.lock(id).orElseThrow(NotFound::new);
        access.requireVisible(r);
        access.requireMayAct(t, r);
        if (expectedVersion != null && expectedVersion != r.version()) {
            throw ConflictException.staleVersion(r.status().name(), r.version());
        }
        if (t == Transition.DECLINE && reason == null) {
            throw new InvalidRequestException("reason", "must be given when declining, e.g. NO_CAPACITY");
        }
        // the state before the body: a referral that cannot move this way is a 409 whatever the body says
        if (!t.allowedFrom(r.status())) throw new IllegalTransition(t, r.status(), r.version());
        if (serviceId != null && t != Transition.APPROVE && t != Transition.REFER_AGAIN) {
            throw new InvalidRequestException("serviceId", "is taken only by approve and refer-again");
        }
        if (serviceId == null && t == Transition.REFER_AGAIN) {
            throw new InvalidRequestException("serviceId", "must name the service found, a candidate of GET /api/v1/matches");
        }
        Instant now = clock.instant();
        String actor = access.actor();
        Referral next = switch (t) {
            case APPROVE -> approve(r, serviceId, reason, note, access, now);
            case REFER_AGAIN -> r.referAgain(chosen(r, serviceId, access, "afterEscalation"), actor, now,
                    reason == null ? "REFERRED_AGAIN" : reason, note);
            case ACCEPT -> r.accept(actor, now, reason, note);
            case DECLINE -> reRouting.next(r.decline(actor, now, reason, note), now);
            case START -> r.start(actor, now, reason, note);
            case COMPLETE -> r.complete(actor, now, reason, note);
            case CANCEL -> r.cancel(actor, now, reason == null ? "CANCELLED_BY_CASE_WORKER" : reason, note);
            case EXPIRE, RE_ROUTE, ESCALATE, HOLD, RELEASE -> throw new NotFound();
        };
        Referral saved = commits.commit(r, next);
        audit.record(AuditTrail.CHANGE, "referral", id.toString(), "REFERRAL_MANAGEMENT");
        return access.shown(saved);
    }

    /**
     * Approved to the proposed service or another candidate; while the person is still abroad the approval holds it
     * there for the arrival instead of sending it.
     */
    private Referral approve(Referral r, UUID serviceId, String reason, String note, ReferralAccess access, Instant now) {
        String actor = access.actor();
        boolean same = serviceId == null || serviceId.equals(r.serviceId());
        boolean away = returns.find(r.caseId()).map(PlannedReturn::awaited).orElse(false);
        if (away) {
            String why = reason == null ? RoutingService.AWAITING_ARRIVAL : reason;
            return same ? r.hold(actor, now, why, note) : r.holdWith(chosen(r, serviceId, access, "atApproval"), actor, now, why, note);
        }
        return same ? r.approve(actor, now, reason, note)
                : r.approveWith(chosen(r, serviceId, access, "atApproval"), actor, now,
                        reason == null ? "APPROVED_WITH_ANOTHER_SERVICE" : reason, note);
    }

    private ServiceChoice chosen(Referral r, UUID serviceId, ReferralAccess access, String how) {
        CaseFacts facts = cases.find(r.caseId()).filter(f -> !cases.isErased(f.caseId()))
                .orElseThrow(() -> new ConflictException("the case's facts are no longer available", null, null));
        if (!facts.consentsTo(r.category())) {
            throw new ConflictException("the person has not consented to referrals for " + r.category(), null, null);
        }
        return hands.choose(facts, r.category(), serviceId, access, how);
    }

    public Referral get(UUID id, ReferralAccess access) {
        Referral r = referrals.find(id).orElseThrow(NotFound::new);
        access.requireVisible(r);
        if (access.coordinator()) audit.record(AuditTrail.READ, "referral", id.toString(), "OVERSIGHT");
        return access.shown(r);
    }
}
