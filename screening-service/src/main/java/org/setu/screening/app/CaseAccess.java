package org.setu.screening.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import org.setu.kit.api.NotFound;
import org.setu.kit.security.Caller;
import org.setu.screening.persistence.CaseRepository;
import org.setu.screening.persistence.CaseRow;

import java.util.UUID;

/**
 * Agency scoping (docs/access-model.md): an agency sees the cases it screened or took over in a hand-over; an NRM
 * coordinator sees every case. A case the caller may not see answers 404, exactly like one that does not exist, so ids cannot be probed.
 */
@ApplicationScoped
public class CaseAccess {

    public static final String COORDINATOR = "nrm-coordinator";

    @Inject
    CaseRepository cases;

    /** The agency the caller acts for; a token without one may not record anything. */
    public UUID agencyOf(Caller caller) {
        return caller.agencyId().orElseThrow(() -> new ForbiddenException("the token carries no agency_id"));
    }

    public boolean sees(Caller caller, CaseRow kase) {
        if (kase.erased()) return false;
        if (caller.hasRole(COORDINATOR)) return true;
        return caller.agencyId().map(agency -> cases.hasAgency(kase.id(), agency)).orElse(false);
    }

    public CaseRow visibleCase(Caller caller, UUID caseId, boolean lock) {
        CaseRow kase = (lock ? cases.lock(caseId) : cases.find(caseId)).orElseThrow(NotFound::new);
        if (!sees(caller, kase)) throw new NotFound();
        return kase;
    }

    /**
     * A case the caller may change as a whole (consent, closing, erasure, hand-over): its owning agency's, or any for a
     * coordinator. Another agency that screened the same person never may: it answers 404 as if unseen.
     */
    public CaseRow ownedCase(Caller caller, UUID caseId) {
        CaseRow kase = visibleCase(caller, caseId, true);
        if (!caller.hasRole(COORDINATOR) && !caller.actsFor(kase.ownerAgency())) throw new NotFound();
        return kase;
    }

    /**
     * Whether the caller reads a screening of a case it sees: its own agency's screenings, and every screening of a case
     * its agency owns (a case taken over in a hand-over comes with the screenings the agency abroad recorded).
     */
    public static boolean readsScreening(Caller caller, CaseRow kase, UUID recordingAgency) {
        return caller.hasRole(COORDINATOR) || caller.actsFor(recordingAgency) || caller.actsFor(kase.ownerAgency());
    }

    /** Why the caller reads personal data, for the audit trail. */
    public static String purpose(Caller caller) {
        return caller.hasRole(COORDINATOR) ? "OVERSIGHT" : "CASE_MANAGEMENT";
    }
}
