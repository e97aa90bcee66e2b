package org.setu.referral.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.setu.events.screening.ReturnArrived;
import org.setu.events.screening.ReturnCancelled;
import org.setu.events.screening.ReturnMissed;
import org.setu.events.screening.ReturnPlanned;
import org.setu.events.vocabulary.ReferralStatus;
import org.setu.referral.domain.PlannedReturn;
import org.setu.referral.domain.Referral;
import org.setu.referral.domain.SystemActor;
import org.setu.referral.persistence.CaseFactsRepository;
import org.setu.referral.persistence.PlannedReturnRepository;
import org.setu.referral.persistence.ReferralRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * A case's planned return, as the screening service announces it (issue #19, item 3): while the person is abroad the
 * case's referrals wait ON_HOLD with their matched services, and the arrival sends them, with deadlines counted from
 * the arrival. Each event is applied in one transaction with the referrals it moves.
 */
@ApplicationScoped
public class ReturnEventsService {

    private static final Logger LOG = Logger.getLogger(ReturnEventsService.class);

    /** A referral sent before the return was planned now waits for the arrival. */
    public static final String RETURN_PLANNED = "RETURN_PLANNED";
    /** The port or window of the return changed while the referral waits for it. */
    public static final String RETURN_REPLANNED = "RETURN_REPLANNED";
    /** The person arrived: the held referral is sent. */
    public static final String ARRIVED = "ARRIVED";

    @Inject
    PlannedReturnRepository returns;

    @Inject
    ReferralRepository referrals;

    @Inject
    CaseFactsRepository cases;

    @Inject
    ReferralCommitService commits;

    @Inject
    Clock clock;

    /**
     * A new or changed plan. The newest version wins; a plan that follows a cancellation starts afresh whatever its
     * version. SENT referrals (not answered yet) are held, their deadlines stopped; PROPOSED ones stay proposed until
     * approved; accepted work and escalations are left alone. Held referrals hear of a moved port or window.
     */
    @Transactional
    public int returnPlanned(ReturnPlanned e) {
        cases.lockCase(e.caseId());
        if (cases.isErased(e.caseId())) return 0;
        Optional<PlannedReturn> before = returns.lock(e.caseId());
        if (before.isPresent() && before.get().status() != PlannedReturn.Status.CANCELLED
                && before.get().version() >= e.version()) {
            LOG.infof("planned return v%d of case %s ignored: v%d is known", e.version(), e.caseId(), before.get().version());
            return 0;
        }
        PlannedReturn plan = new PlannedReturn(e.caseId(), e.version(), e.portOfEntry(), e.expectedFrom(), e.expectedTo(),
                PlannedReturn.Status.PLANNED);
        Instant now = clock.instant();
        returns.save(plan, now);
        boolean moved = plan.movedFrom(before.filter(PlannedReturn::awaited).orElse(null));
        int changed = 0;
        for (Referral r : referrals.lockOpenOfCase(e.caseId())) {
            if (r.redacted()) continue;
            if (r.status() == ReferralStatus.SENT) {
                commits.commit(r, r.hold(SystemActor.NAME, now, RETURN_PLANNED, null));
                changed++;
            } else if (r.status() == ReferralStatus.ON_HOLD && moved) {
                commits.commit(r, r.reHold(now, RETURN_REPLANNED));
                changed++;
            }
        }
        LOG.infof("return of case %s planned (v%d, port %s): %d referrals held or re-dated", e.caseId(), e.version(),
                e.portOfEntry(), changed);
        return changed;
    }

    /**
     * The plan was cancelled: the person is no longer expected. Held referrals stay held, with the return's status shown
     * to their providers, until the case worker cancels them (and refers again by hand if the person is here after
     * all) or a new plan's arrival sends them; new referrals of the case are routed as for anyone at home.
     */
    @Transactional
    public void returnCancelled(ReturnCancelled e) {
        cases.lockCase(e.caseId());
        returns.lock(e.caseId()).filter(p -> p.version() <= e.version() && p.status() != PlannedReturn.Status.CANCELLED)
                .ifPresent(p -> returns.save(p.with(PlannedReturn.Status.CANCELLED), clock.instant()));
        LOG.infof("return of case %s cancelled (v%d)", e.caseId(), e.version());
    }

    /** The desk confirmed the arrival: every held referral of the case is sent now, its deadline counted from now. */
    @Transactional
    public int returnArrived(ReturnArrived e) {
        cases.lockCase(e.caseId());
        if (cases.isErased(e.caseId())) return 0;
        Instant now = clock.instant();
        returns.lock(e.caseId()).ifPresent(p -> returns.save(p.with(PlannedReturn.Status.ARRIVED), now));
        int sent = 0;
        for (Referral r : referrals.lockOpenOfCase(e.caseId())) {
            if (r.status() != ReferralStatus.ON_HOLD || r.redacted()) continue;
            commits.commit(r, r.release(now, ARRIVED));
            sent++;
        }
        LOG.infof("case %s arrived at %s: %d held referrals sent", e.caseId(), e.portOfEntry(), sent);
        return sent;
    }

    /**
     * A no-show, or the window passed unconfirmed. The person is still not here: held referrals stay held and new ones
     * are held too, until the agency plans again (a later arrival sends them) or cancels them.
     */
    @Transactional
    public void returnMissed(ReturnMissed e) {
        cases.lockCase(e.caseId());
        returns.lock(e.caseId()).filter(p -> p.status() == PlannedReturn.Status.PLANNED)
                .ifPresent(p -> returns.save(p.with(PlannedReturn.Status.MISSED), clock.instant()));
        LOG.infof("return of case %s missed (%s)", e.caseId(), e.reason());
    }
}
