package org.setu.screening.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.setu.events.screening.HandOverDeclineReason;
import org.setu.screening.domain.handover.HandOverSide;
import org.setu.screening.domain.handover.HandOverStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Hand-overs of cases between agencies, with what a list shows beside each: the case reference and the planned return. */
@ApplicationScoped
public class HandOverRepository implements PanacheRepositoryBase<HandOverEntity, UUID> {

    /** A hand-over as a list shows it; the planned return's fields are null when the case has none. */
    public record Listed(HandOverRow row, String caseRef, String portOfEntry, LocalDate expectedFrom, LocalDate expectedTo,
                         String returnStatus) {
    }

    private static final String LISTED = "select h, c.ref, p.portOfEntry, p.expectedFrom, p.expectedTo, p.status "
            + "from HandOverEntity h join CaseEntity c on c.id = h.caseId left join PlannedReturnEntity p on p.caseId = h.caseId ";

    public void insert(HandOverRow r) {
        HandOverEntity e = new HandOverEntity();
        e.id = r.id();
        e.caseId = r.caseId();
        e.fromAgency = r.fromAgency();
        e.toAgency = r.toAgency();
        e.status = r.status().name();
        e.proposedAt = r.proposedAt();
        e.proposedBy = r.proposedBy();
        persist(e);
    }

    /** The hand-over, locked until the transaction ends, so that an answer and a withdrawal cannot cross. */
    public Optional<HandOverRow> lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).map(HandOverRepository::row);
    }

    public Optional<HandOverRow> openFor(UUID caseId) {
        return find("caseId = ?1 and status = ?2", caseId, HandOverStatus.PROPOSED.name()).firstResultOptional()
                .map(HandOverRepository::row);
    }

    public void decide(UUID id, HandOverStatus status, HandOverDeclineReason reason, Instant at, String by) {
        HandOverEntity e = findById(id);
        e.status = status.name();
        e.declineReason = reason == null ? null : reason.name();
        e.decidedAt = at;
        e.decidedBy = by;
    }

    /** A case closed or erased is handed to nobody: what was still open is withdrawn with it. */
    public void withdrawOpen(UUID caseId, Instant at, String by) {
        update("status = ?1, decidedAt = ?2, decidedBy = ?3 where caseId = ?4 and status = ?5", HandOverStatus.WITHDRAWN.name(),
                at, by, caseId, HandOverStatus.PROPOSED.name());
    }

    public List<Listed> ofCase(UUID caseId) {
        return listed(LISTED + "where h.caseId = :caseId order by h.proposedAt, h.id", 0, Integer.MAX_VALUE,
                q -> q.setParameter("caseId", caseId));
    }

    public Listed listedOne(UUID id) {
        return listed(LISTED + "where h.id = :id", 0, 1, q -> q.setParameter("id", id)).get(0);
    }

    /** A page of an agency's hand-overs on one side (every agency's when agency is null), the newest first. */
    public List<Listed> page(UUID agency, HandOverSide side, HandOverStatus status, int page, int size) {
        return listed(LISTED + where(agency, side, status) + " order by h.proposedAt desc, h.id", page * size, size,
                q -> bind(q, agency, status));
    }

    public long count(UUID agency, HandOverSide side, HandOverStatus status) {
        var q = getEntityManager().createQuery("select count(h) from HandOverEntity h " + where(agency, side, status), Long.class);
        bind(q, agency, status);
        return q.getSingleResult();
    }

    private static String where(UUID agency, HandOverSide side, HandOverStatus status) {
        String bySide = agency == null ? "true" : switch (side) {
            case INCOMING -> "h.toAgency = :agency";
            case OUTGOING -> "h.fromAgency = :agency";
            case EITHER -> "(h.toAgency = :agency or h.fromAgency = :agency)";
        };
        return "where " + bySide + (status == null ? "" : " and h.status = :status");
    }

    private static void bind(jakarta.persistence.Query q, UUID agency, HandOverStatus status) {
        if (agency != null) q.setParameter("agency", agency);
        if (status != null) q.setParameter("status", status.name());
    }

    private List<Listed> listed(String jpql, int first, int max, java.util.function.Consumer<jakarta.persistence.Query> params) {
        var q = getEntityManager().createQuery(jpql, Object[].class).setFirstResult(first).setMaxResults(max);
        params.accept(q);
        return q.getResultList().stream().map(r -> new Listed(row((HandOverEntity) r[0]), (String) r[1], (String) r[2],
                (LocalDate) r[3], (LocalDate) r[4], (String) r[5])).toList();
    }

    private static HandOverRow row(HandOverEntity e) {
        return new HandOverRow(e.id, e.caseId, e.fromAgency, e.toAgency, HandOverStatus.valueOf(e.status),
                e.declineReason == null ? null : HandOverDeclineReason.valueOf(e.declineReason), e.proposedAt, e.proposedBy,
                e.decidedAt, e.decidedBy);
    }
}
