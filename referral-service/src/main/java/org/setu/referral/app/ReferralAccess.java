package org.setu.referral.app;

import io.quarkus.security.ForbiddenException;
import org.setu.kit.api.NotFound;
import org.setu.kit.security.Caller;
import org.setu.referral.domain.CaseFacts;
import org.setu.referral.domain.Referral;
import org.setu.referral.domain.Transition;
import org.setu.referral.persistence.ReferralQuery;

import java.util.UUID;

/**
 * Who may see and move which referral (docs/access-model.md). Case workers see their agency's referrals, provider staff
 * those sent to their organization (the token's agency), NRM coordinators all. A referral the caller may not see
 * answers 404, so ids cannot be probed; one they may see but not move answers 403.
 */
public record ReferralAccess(Caller caller) {

    public static final String CASE_WORKER = "case-worker";
    public static final String PROVIDER_STAFF = "provider-staff";
    public static final String COORDINATOR = "nrm-coordinator";

    public boolean coordinator() {
        return caller.hasRole(COORDINATOR);
    }

    private UUID agency() {
        return caller.agencyId().orElse(null);
    }

    public boolean asReferrer(UUID referringAgency) {
        return caller.hasRole(CASE_WORKER) && agency() != null && agency().equals(referringAgency);
    }

    public boolean asProvider(UUID organization) {
        return caller.hasRole(PROVIDER_STAFF) && agency() != null && agency().equals(organization);
    }

    public boolean canSee(Referral r) {
        return coordinator() || asReferrer(r.referringAgencyId()) || asProvider(r.organizationId());
    }

    public boolean canSeeCase(CaseFacts facts) {
        return coordinator() || asReferrer(facts.agencyId());
    }

    public void requireVisible(Referral r) {
        if (!canSee(r)) throw new NotFound();
    }

    public void requireMayAct(Transition t, Referral r) {
        boolean allowed = switch (t) {
            case APPROVE, CANCEL -> coordinator() || asReferrer(r.referringAgencyId());
            case ACCEPT, DECLINE, START, COMPLETE -> coordinator() || asProvider(r.organizationId());
            case REFER_AGAIN -> coordinator();   // escalations are the coordinators' to act on
            case EXPIRE, RE_ROUTE, ESCALATE, HOLD, RELEASE -> false;   // the service's own moves
        };
        if (!allowed) throw new ForbiddenException();
    }

    /**
     * The referral as this caller may read it. A provider sees a referral held for an arrival as an upcoming arrival
     * only: no case reference and no notes until the person has arrived and the referral is sent. The referring agency
     * and the coordinators see it whole.
     */
    public Referral shown(Referral r) {
        if (r.status() != org.setu.events.vocabulary.ReferralStatus.ON_HOLD) return r;
        if (coordinator() || asReferrer(r.referringAgencyId())) return r;
        return r.asUpcomingArrival();
    }

    public ReferralQuery query(org.setu.events.vocabulary.ReferralStatus status,
                               org.setu.events.vocabulary.ServiceCategory category, UUID caseId, int page, int size) {
        UUID referrer = caller.hasRole(CASE_WORKER) ? agency() : null;
        UUID provider = caller.hasRole(PROVIDER_STAFF) ? agency() : null;
        return new ReferralQuery(coordinator(), referrer, provider, status, category, caseId, page, size);
    }

    public String actor() {
        return caller.username() != null ? caller.username() : caller.subject();
    }
}
