package org.setu.referral.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.setu.events.screening.CaseClosed;
import org.setu.events.screening.CaseErased;
import org.setu.events.screening.CaseHandedOver;
import org.setu.events.screening.ConsentChanged;
import org.setu.kit.api.IdempotencyKeys;
import org.setu.kit.outbox.Outbox;
import org.setu.referral.domain.CaseFacts;
import org.setu.referral.domain.Referral;
import org.setu.referral.domain.SystemActor;
import org.setu.referral.persistence.CaseFactsRepository;
import org.setu.referral.persistence.PlannedReturnRepository;
import org.setu.referral.persistence.ReferralRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** Consent changes, closing, hand-over and erasure of cases, as the screening service announces them. */
@ApplicationScoped
public class CaseEventsService {

    private static final Logger LOG = Logger.getLogger(CaseEventsService.class);

    /** The cancellation reason when the case was closed. */
    public static final String CASE_CLOSED = "CASE_CLOSED";

    @Inject
    CaseFactsRepository cases;

    @Inject
    ReferralRepository referrals;

    @Inject
    ReferralCommitService commits;

    @Inject
    Clock clock;

    @Inject
    IdempotencyKeys idempotency;

    @Inject
    Outbox outbox;

    @Inject
    PlannedReturnRepository returns;

    /** Open referrals whose category the new consent no longer allows are cancelled (CONSENT_WITHDRAWN). */
    @Transactional
    public int consentChanged(ConsentChanged e) {
        Optional<CaseFacts> facts = cases.find(e.caseId());
        if (facts.isEmpty() || cases.isErased(e.caseId())) return 0;
        Instant now = clock.instant();
        cases.updateConsent(e.caseId(), Set.copyOf(e.consent().services()), e.consent().shareWithProviders().name(), now);
        int cancelled = 0;
        for (Referral r : referrals.lockOpenOfCase(e.caseId())) {
            if (e.consent().allows(r.category())) continue;
            commits.commit(r, r.cancel(SystemActor.NAME, now, "CONSENT_WITHDRAWN", null));
            cancelled++;
        }
        LOG.infof("consent of case %s changed: %d open referrals cancelled", e.caseId(), cancelled);
        return cancelled;
    }

    /**
     * The agency closed the case: every open referral ends (CASE_CLOSED), in progress or not, so that no provider keeps
     * a place for a person the agency no longer follows. Completed and ended referrals stay as they are.
     */
    @Transactional
    public int caseClosed(CaseClosed e) {
        if (cases.isErased(e.caseId())) return 0;
        Instant now = clock.instant();
        int cancelled = 0;
        for (Referral r : referrals.lockOpenOfCase(e.caseId())) {
            commits.commit(r, r.cancel(SystemActor.NAME, now, CASE_CLOSED, null));
            cancelled++;
        }
        LOG.infof("case %s closed (%s): %d open referrals cancelled", e.caseId(), e.reason(), cancelled);
        return cancelled;
    }

    /**
     * The case was handed to another agency (docs/screening.md, "Hand-over"): its referrals follow it, so that the
     * case worker who now owns the case sees and cancels them, and the agency that handed it over no longer does.
     */
    @Transactional
    public int caseHandedOver(CaseHandedOver e) {
        if (cases.isErased(e.caseId())) return 0;
        cases.changeAgency(e.caseId(), e.toAgency(), clock.instant());
        int moved = referrals.moveToAgency(e.caseId(), e.fromAgency(), e.toAgency());
        LOG.infof("case %s handed over to agency %s: %d referrals follow it", e.caseId(), e.toAgency(), moved);
        return moved;
    }

    /**
     * The case's personal data was destroyed upstream. What this service still owes about the case (outbox events,
     * kept idempotent answers) goes first; then every referral loses its reference and notes, and the open ones
     * are cancelled (CASE_ERASED) in the same step, so that providers stop waiting and the cancellation carries no
     * reference. The case facts shrink to an "erased" marker.
     */
    @Transactional
    public void caseErased(CaseErased e) {
        Instant now = clock.instant();
        String id = e.caseId().toString();
        cases.find(e.caseId()).map(CaseFacts::caseRef).filter(ref -> ref != null).ifPresent(idempotency::forgetAnswersNaming);
        idempotency.forgetAnswersNaming(id);
        outbox.forgetEventsNaming(id);
        for (Referral r : referrals.lockAllOfCase(e.caseId())) {
            Referral erased = r.eraseCase(SystemActor.NAME, now);
            if (erased.status() != r.status()) commits.commit(r, erased);
            else if (!r.redacted()) referrals.update(erased);
        }
        returns.forget(e.caseId());
        cases.erase(e.caseId(), null, now);
        LOG.infof("case %s erased: its referrals were redacted", e.caseId());
    }
}
