package org.setu.screening.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.setu.screening.domain.repatriation.NationalityVerification;
import org.setu.screening.domain.repatriation.ReturnStatus;
import org.setu.events.screening.TravelMode;
import org.setu.screening.domain.repatriation.VerificationAuthority;
import org.setu.events.screening.VerificationStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
        // a new plan after a missed return is awaited again
        e.status = ReturnStatus.PLANNED.name();
        e.settledOn = null;
        e.settledByAgency = null;
        e.settledAt = null;
        e.missedReason = null;
        if (first) persist(e);
    }

    /** The returns still awaited at a port whose window meets {@code from} to {@code until}, the earliest first. */
    public List<PlannedReturnRow> awaitedAt(String port, LocalDate from, LocalDate until) {
        return list("portOfEntry = ?1 and status = 'PLANNED' and expectedTo >= ?2 and expectedFrom <= ?3 order by expectedFrom, caseId",
                port, from, until).stream().map(PlannedReturnRepository::row).toList();
    }

    /**
     * The returns whose window ended on or before {@code lastDay} with nobody confirming them. Not locked: {@link #settle}
     * settles only an awaited row, so a second replica or a desk that settles one first leaves the other nothing to do.
     */
    public List<PlannedReturnRow> passedUnconfirmed(LocalDate lastDay, int limit) {
        return find("status = 'PLANNED' and expectedTo <= ?1 order by expectedTo, caseId", lastDay)
                .page(0, limit).list().stream().map(PlannedReturnRepository::row).toList();
    }

    /** The missed returns, the longest missed first, for the NRM coordinators. */
    public List<Missed> missed(int limit) {
        return find("status = 'MISSED' order by settledAt, caseId").page(0, limit).list().stream()
                .map(e -> new Missed(row(e), e.missedReason, e.settledByAgency, e.settledAt)).toList();
    }

    /** A missed return as the coordinators list it. */
    public record Missed(PlannedReturnRow plan, String reason, UUID reportedBy, Instant missedAt) {
    }

    /** Settles an awaited return once; false when another desk or the job settled it first. */
    public boolean settle(UUID caseId, ReturnStatus status, LocalDate on, UUID byAgency, String missedReason, Instant at) {
        return update("status = ?1, settledOn = ?2, settledByAgency = ?3, missedReason = ?4, settledAt = ?5 "
                        + "where caseId = ?6 and status = 'PLANNED'",
                status.name(), on, byAgency, missedReason, at, caseId) == 1;
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
                e.transportRefSealed, v, e.updatedAt, e.updatedBy, ReturnStatus.valueOf(e.status));
    }
}
