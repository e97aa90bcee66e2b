package org.setu.screening.persistence;

import org.setu.events.screening.ClosureReason;
import org.setu.events.screening.Consent;
import org.setu.events.screening.ShareLevel;
import org.setu.events.vocabulary.ServiceCategory;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A row of screening_case.
 *
 * @param ownerAgency        the agency that owns the case now: the one that opened it, until a hand-over is accepted
 * @param consentCrossBorder the person's answer to the cross-border question; null where it was never asked
 */
public record CaseRow(UUID id, String ref, UUID ownerAgency, Status status, Instant openedAt, Instant closedAt,
                      ClosureReason closureReason, Instant erasedAt, byte[] wrappedKey, String masterKeyId, List<ServiceCategory> consentServices,
                      ShareLevel consentShare, Boolean consentCrossBorder, long version) {

    public enum Status { OPEN, CLOSED, ERASED }

    public Consent consent() {
        return new Consent(consentServices, consentShare);
    }

    public boolean erased() {
        return status == Status.ERASED;
    }
}
