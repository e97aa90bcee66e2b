package org.setu.referral.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.setu.events.screening.CaseErased;
import org.setu.events.screening.ConsentChanged;
import org.setu.referral.domain.Actors;
import org.setu.referral.domain.CaseFacts;
import org.setu.referral.domain.Referral;
import org.setu.referral.persistence.CaseFactsRepository;
import org.setu.referral.persistence.ReferralRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** Consent changes and erasure of cases, as the screening service announces them. */
@ApplicationScoped
public class CaseEventsService {

    private static final Logger LOG = Logger.getLogger(CaseEventsService.class);

    @Inject
    CaseFactsRepository cases;

    @Inject
    ReferralRepository referrals;

    @Inject
    ReferralStore store;

    @Inject
    Clock clock;

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
            store.commit(r, r.cancel(Actors.SYSTEM, now, "CONSENT_WITHDRAWN", null));
            cancelled++;
        }
        LOG.infof("consent of case %s changed: %d open referrals cancelled", e.caseId(), cancelled);
        return cancelled;
    }

    /**
     * The case's personal data was destroyed upstream. Open referrals are cancelled (CASE_ERASED) first, so that
     * providers stop waiting for a person they can no longer read about; then every referral of the case loses
     * its reference and notes, and the case facts shrink to an "erased" marker.
     */
    @Transactional
    public void caseErased(CaseErased e) {
        Instant now = clock.instant();
        for (Referral r : referrals.lockOpenOfCase(e.caseId())) {
            store.commit(r, r.cancel(Actors.SYSTEM, now, "CASE_ERASED", null));
        }
        for (Referral r : referrals.lockAllOfCase(e.caseId())) {
            if (!r.redacted()) referrals.update(r.redact());
        }
        cases.erase(e.caseId(), null, now);
        LOG.infof("case %s erased: its referrals were redacted", e.caseId());
    }
}
