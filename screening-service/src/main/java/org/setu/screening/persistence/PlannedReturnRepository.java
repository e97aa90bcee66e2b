package org.setu.screening.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.setu.screening.domain.repatriation.NationalityVerification;
import org.setu.events.screening.TravelMode;
import org.setu.screening.domain.repatriation.VerificationAuthority;
import org.setu.events.screening.VerificationStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** Planned returns, one per case. */
@ApplicationScoped
public class PlannedReturnRepository implements PanacheRepositoryBase<PlannedReturnEntity, UUID> {

    public Optional<PlannedReturnRow> find(UUID caseId) {
        return findByIdOptional(caseId).map(PlannedReturnRepository::row);
    }

    /** Writes the planned return as version {@code version}; the row is the case's only one. */
    public void save(PlannedReturnRow r) {
        PlannedReturnEntity e = findById(r.caseId());
        boolean first = e == null;
        if (first) {
            e = new PlannedReturnEntity();
            e.caseId = r.caseId();
        }
        e.version = r.version();
        e.expectedFrom = r.expectedFrom();
        e.expectedTo = r.expectedTo();
        e.portOfEntry = r.portOfEntry();
        e.mode = r.mode().name();
        e.transportRefSealed = r.transportRefSealed();
        NationalityVerification v = r.verification();
        e.verificationStatus = v == null ? null : v.status().name();
        e.verificationWaitingOn = v == null ? null : v.waitingOn().name();
        e.verificationSince = v == null ? null : v.since();
        e.updatedAt = r.updatedAt();
        e.updatedBy = r.updatedBy();
        if (first) persist(e);
    }

    /** A cancelled plan leaves nothing behind: the audit trail says who cancelled it and when. */
    public void remove(UUID caseId) {
        deleteById(caseId);
    }

    /** An erased case keeps no planned return: the sealed reference could no longer be read, and the rest names the case. */
    public void removeCase(UUID caseId) {
        remove(caseId);
    }

    private static PlannedReturnRow row(PlannedReturnEntity e) {
        NationalityVerification v = e.verificationStatus == null ? null : new NationalityVerification(
                VerificationStatus.valueOf(e.verificationStatus),
                VerificationAuthority.valueOf(e.verificationWaitingOn), e.verificationSince);
        return new PlannedReturnRow(e.caseId, e.version, e.expectedFrom, e.expectedTo, e.portOfEntry, TravelMode.valueOf(e.mode),
                e.transportRefSealed, v, e.updatedAt, e.updatedBy);
    }
}
