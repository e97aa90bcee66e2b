package org.setu.screening.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.setu.screening.domain.DuplicatePolicy.Kind;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Pairs of cases of different agencies that may be one person, waiting for or decided by an NRM coordinator. */
@ApplicationScoped
public class PossibleDuplicateRepository implements PanacheRepositoryBase<PossibleDuplicateEntity, UUID> {

    /**
     * A pair already known, in either direction and whatever its status, is not queued again (the screening's
     * identifier locks keep two screenings of one person from racing here). Answers whether it was new.
     */
    public boolean insert(PossibleDuplicateRow d) {
        boolean known = count("(caseId = ?1 and otherCaseId = ?2) or (caseId = ?2 and otherCaseId = ?1)",
                d.caseId(), d.otherCaseId()) > 0;
        if (known) return false;
        PossibleDuplicateEntity e = new PossibleDuplicateEntity();
        e.id = d.id();
        e.caseId = d.caseId();
        e.otherCaseId = d.otherCaseId();
        e.matchedOn = d.matchedOn().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        e.status = d.status();
        e.foundAt = d.foundAt();
        e.decidedAt = d.decidedAt();
        e.decidedBy = d.decidedBy();
        persist(e);
        return true;
    }

    public Optional<PossibleDuplicateRow> lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).map(PossibleDuplicateRepository::toRow);
    }

    public Optional<PossibleDuplicateRow> find(UUID id) {
        return findByIdOptional(id).map(PossibleDuplicateRepository::toRow);
    }

    /** A page in the order they were found (oldest first, so the queue is worked from its head); every status when null. */
    public List<PossibleDuplicateRow> page(PossibleDuplicateRow.Status status, int page, int size) {
        Sort oldestFirst = Sort.by("foundAt").and("id");
        var query = status == null ? findAll(oldestFirst) : find("status", oldestFirst, status);
        return query.page(Page.of(page, size)).list().stream().map(PossibleDuplicateRepository::toRow).toList();
    }

    public long count(PossibleDuplicateRow.Status status) {
        return status == null ? count() : count("status", status);
    }

    public void decide(UUID id, PossibleDuplicateRow.Status status, Instant at, String by) {
        PossibleDuplicateEntity e = findById(id);
        if (e == null) return;
        e.status = status;
        e.decidedAt = at;
        e.decidedBy = by;
    }

    /** The confirmed duplicates of a case, seen from either side: the other case's id. */
    public List<UUID> confirmedWith(UUID caseId) {
        return getEntityManager().createQuery("""
                        select case when d.caseId = :caseId then d.otherCaseId else d.caseId end from PossibleDuplicateEntity d
                         where d.status = :confirmed and (d.caseId = :caseId or d.otherCaseId = :caseId) order by d.foundAt""", UUID.class)
                .setParameter("caseId", caseId).setParameter("confirmed", PossibleDuplicateRow.Status.CONFIRMED).getResultList();
    }

    /** An erased case takes its pairs with it, whatever their status: nothing may link back to it. */
    public void removeCase(UUID caseId) {
        delete("caseId = ?1 or otherCaseId = ?1", caseId);
    }

    private static PossibleDuplicateRow toRow(PossibleDuplicateEntity e) {
        EnumSet<Kind> kinds = EnumSet.noneOf(Kind.class);
        for (String k : e.matchedOn.split(",")) kinds.add(Kind.valueOf(k));
        return new PossibleDuplicateRow(e.id, e.caseId, e.otherCaseId, kinds, e.status, e.foundAt, e.decidedAt, e.decidedBy);
    }
}
