package org.setu.notification.domain;

import org.setu.events.notification.RecipientKind;
import org.setu.events.screening.ReturnMissed.MissedReturnReason;
import org.setu.events.vocabulary.ServiceCategory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What a delivery keeps of a notice about a planned return (issue #19, item 6): which notice it is, the port, the
 * window (or the day of the arrival), the category a held referral needs, why a return was missed, and the ids to purge
 * it by. No name, no transport reference. The case reference is there only on a notice to the agency that owns the case
 * or to the coordinators ({@link #toldTo}): a desk or a provider learns nothing that leads to the person before the
 * arrival.
 *
 * @param referralId  the held referral a provider is told of; null for the other notices
 * @param caseRef     the case's reference, where the service saw it and the reader may have it; else null
 * @param ownerAgency the agency that owns the case and planned the return
 */
public record ArrivalFacts(ArrivalNotice notice, UUID caseId, UUID referralId, String caseRef, UUID ownerAgency,
                           String portOfEntry, LocalDate expectedFrom, LocalDate expectedTo, LocalDate arrivedOn,
                           ServiceCategory category, MissedReturnReason missedReason, Instant occurredAt) {

    /** The same notice as one recipient may read it: with the case reference for the owner and the coordinators only. */
    public ArrivalFacts toldTo(RecipientKind kind) {
        return mayReadTheCaseRef(kind) ? this : withCaseRef(null);
    }

    /**
     * The agency that owns the case reads its reference: it is its own case. The coordinators oversee every case and
     * take a missed return over. A desk and a provider read a port, days and a category: before the arrival they must
     * not be able to tell who is coming.
     */
    public static boolean mayReadTheCaseRef(RecipientKind kind) {
        return kind == RecipientKind.REFERRING_AGENCY || kind == RecipientKind.NRM_COORDINATOR;
    }

    public ArrivalFacts withCaseRef(String ref) {
        return new ArrivalFacts(notice, caseId, referralId, ref, ownerAgency, portOfEntry, expectedFrom, expectedTo,
                arrivedOn, category, missedReason, occurredAt);
    }

    /** The notice as a provider reads it: about the referral its service holds, and the category that referral needs. */
    public ArrivalFacts forReferral(UUID referral, ServiceCategory needed) {
        return new ArrivalFacts(notice, caseId, referral, caseRef, ownerAgency, portOfEntry, expectedFrom, expectedTo,
                arrivedOn, needed, missedReason, occurredAt);
    }
}
