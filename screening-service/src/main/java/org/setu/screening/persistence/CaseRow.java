package org.setu.screening.persistence;

import org.setu.events.screening.ClosureReason;
import org.setu.events.screening.Consent;
import org.setu.events.screening.ShareLevel;
import org.setu.events.vocabulary.ServiceCategory;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A row of screening_case. */
public record CaseRow(UUID id, String ref, UUID openedByAgency, Status status, Instant openedAt, Instant closedAt,
                      ClosureReason closureReason, Instant erasedAt, byte[] wrappedKey, String masterKeyId, List<ServiceCategory> consentServices,
                      ShareLevel consentShare, long version) {

    public enum Status { OPEN, CLOSED, ERASED }

    public Consent consent() {
        return new Consent(consentServices, consentShare);
    }

    public boolean erased() {
        return status == Status.ERASED;
    }
}
