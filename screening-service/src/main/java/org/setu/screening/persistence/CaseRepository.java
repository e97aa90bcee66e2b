package org.setu.screening.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.LockModeType;
import org.setu.events.screening.ClosureReason;
import org.setu.events.screening.Consent;
import org.setu.events.screening.ErasureReason;
import org.setu.events.screening.ShareLevel;
import org.setu.events.vocabulary.ServiceCategory;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Cases and the agencies that screened their person, on Hibernate ORM with Panache. Native SQL where the database
 * does the work: the retired reference's hash (sha256 in SQL, as migration V3 wrote it) and the idempotent join
 * of an agency ({@code ON CONFLICT DO NOTHING}).
 */
@ApplicationScoped
public class CaseRepository implements PanacheRepositoryBase<CaseEntity, UUID> {

    /** The retired reference's hash (SQL), as the V3 migration wrote it for cases erased before it. */
    private static final String RETIRED_HASH = "sha256(convert_to('retired-ref:' || %s, 'UTF8'))";

    public void insert(CaseRow c) {
        CaseEntity e = new CaseEntity();
        e.id = c.id();
        e.ref = c.ref();
        e.openedByAgency = c.ownerAgency();
        e.ownerAgency = c.ownerAgency();
        e.status = c.status();
        e.openedAt = c.openedAt();
        e.closedAt = c.closedAt();
        e.erasedAt = c.erasedAt();
        e.wrappedKey = c.wrappedKey();
        e.masterKeyId = c.masterKeyId();
        e.consentServices = Codes.joined(c.consentServices());
        e.consentShare = c.consentShare().name();
        e.consentCrossBorder = c.consentCrossBorder();
        e.version = c.version();
        persist(e);
    }

    /**
     * In use, or issued once to a case since erased: a reference is never issued twice. No result class: with a
     * scalar one Hibernate would cache a new plan on every call (docs/architecture.md, "Persistence").
     */
    public boolean refTaken(String ref) {
        return !getEntityManager().createNativeQuery("SELECT 1 FROM screening_case WHERE ref = :ref UNION ALL "
                        + "SELECT 1 FROM retired_case_ref WHERE ref_hash = " + RETIRED_HASH.formatted(":ref") + " LIMIT 1")
                .setParameter("ref", ref).getResultList().isEmpty();
    }

    public Optional<CaseRow> find(UUID id) {
        return findByIdOptional(id).map(CaseRepository::toRow);
    }

    /** The case, locked until the transaction ends, so that changes to one case queue. */
    public Optional<CaseRow> lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).map(CaseRepository::toRow);
    }

    /** The open cases among {@code ids}, in one query, by id. */
    public java.util.Map<UUID, CaseRow> openAmong(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) return java.util.Map.of();
        return list("id in ?1 and status = ?2", ids, CaseRow.Status.OPEN).stream().map(CaseRepository::toRow)
                .collect(java.util.stream.Collectors.toMap(CaseRow::id, c -> c));
    }

    public Optional<CaseRow> findByRef(String ref) {
        return find("ref", ref).firstResultOptional().map(CaseRepository::toRow);
    }

    public void joinAgency(UUID caseId, UUID agencyId, Instant at) {
        // a case opened in this transaction may still wait in the session: the row's foreign key needs it written
        flush();
        getSession().createNativeQuery("INSERT INTO case_agency (case_id, agency_id, joined_at) VALUES (:caseId, :agency, :at) "
                        + "ON CONFLICT DO NOTHING")
                .setParameter("caseId", caseId).setParameter("agency", agencyId).setParameter("at", at).executeUpdate();
    }

    public boolean hasAgency(UUID caseId, UUID agencyId) {
        return getEntityManager().find(CaseAgencyEntity.class, new CaseAgencyEntity.Key(caseId, agencyId)) != null;
    }

    public List<UUID> agencies(UUID caseId) {
        return getEntityManager().createQuery(
                        "select a.agencyId from CaseAgencyEntity a where a.caseId = :caseId order by a.joinedAt", UUID.class)
                .setParameter("caseId", caseId).getResultList();
    }

    /** The consent as given; a null cross-border answer keeps the one recorded, since not every portal asks it. */
    public void changeConsent(UUID caseId, Consent consent, Boolean crossBorder) {
        CaseEntity e = findById(caseId);
        if (e == null) return;
        e.consentServices = Codes.joined(consent.services());
        e.consentShare = consent.shareWithProviders().name();
        if (crossBorder != null) e.consentCrossBorder = crossBorder;
        e.version++;
    }

    /**
     * The case is the receiving agency's now: it owns the case and sees it, and the agency that handed it over leaves
     * the case's agencies, so that it no longer sees it.
     */
    public void handOver(UUID caseId, UUID from, UUID to, Instant at) {
        CaseEntity e = findById(caseId);
        if (e == null) return;
        e.ownerAgency = to;
        e.version++;
        joinAgency(caseId, to, at);
        getSession().createNativeMutationQuery("DELETE FROM case_agency WHERE case_id = :caseId AND agency_id = :agency")
                .setParameter("caseId", caseId).setParameter("agency", from).executeUpdate();
    }

    public void close(UUID caseId, ClosureReason reason, Instant at) {
        CaseEntity e = findById(caseId);
        if (e == null) return;
        e.status = CaseRow.Status.CLOSED;
        e.closedAt = at;
        e.closureReason = reason.name();
        e.version++;
    }

    public void rewrap(UUID caseId, byte[] wrappedKey, String masterKeyId) {
        update("wrappedKey = ?1, masterKeyId = ?2 where id = ?3 and status <> ?4", wrappedKey, masterKeyId, caseId,
                CaseRow.Status.ERASED);
    }

    /**
     * Crypto-shredding: the only copy of the case's data key goes, and with it the reference (only its hash stays,
     * in retired_case_ref, so that it is never issued again).
     */
    public void destroyKey(UUID caseId, ErasureReason reason, Instant at) {
        getSession().createNativeQuery("INSERT INTO retired_case_ref (ref_hash, retired_at) SELECT " + RETIRED_HASH.formatted("ref")
                        + ", :at FROM screening_case WHERE id = :caseId AND ref IS NOT NULL ON CONFLICT DO NOTHING")
                .setParameter("at", at).setParameter("caseId", caseId).executeUpdate();
        CaseEntity e = findById(caseId);
        if (e == null) return;
        e.status = CaseRow.Status.ERASED;
        e.ref = null;
        e.wrappedKey = null;
        e.masterKeyId = null;
        e.erasedAt = at;
        e.erasureReason = reason.name();
        e.consentServices = "";
        e.consentShare = ShareLevel.NONE.name();
        e.consentCrossBorder = null;
        e.version++;
    }

    /** Asked by the retention job's schedule, outside any request. */
    @ActivateRequestContext
    public List<UUID> closedBefore(Instant before, int limit) {
        return getEntityManager().createQuery("select c.id from CaseEntity c where c.status = :closed and c.closedAt < :before "
                        + "order by c.closedAt", UUID.class)
                .setParameter("closed", CaseRow.Status.CLOSED).setParameter("before", before).setMaxResults(limit)
                .getResultList();
    }

    public List<CaseRow> wrappedByOtherThan(String masterKeyId, int limit) {
        return find("status <> ?1 and masterKeyId <> ?2", CaseRow.Status.ERASED, masterKeyId).range(0, limit - 1)
                .list().stream().map(CaseRepository::toRow).toList();
    }

    /** A page of the cases an agency screened (all cases when agency is null), newest first. */
    public List<CaseRow> page(UUID agency, int page, int size) {
        Sort newestFirst = Sort.descending("openedAt").and("id");
        var query = agency == null
                ? find("status <> ?1", newestFirst, CaseRow.Status.ERASED)
                : find("status <> ?1 and id in (select a.caseId from CaseAgencyEntity a where a.agencyId = ?2)", newestFirst,
                CaseRow.Status.ERASED, agency);
        return query.page(Page.of(page, size)).list().stream().map(CaseRepository::toRow).toList();
    }

    public long count(UUID agency) {
        if (agency == null) return count("status <> ?1", CaseRow.Status.ERASED);
        return count("status <> ?1 and id in (select a.caseId from CaseAgencyEntity a where a.agencyId = ?2)",
                CaseRow.Status.ERASED, agency);
    }

    /** The cases opened in [from, to), oldest first; erased cases are not among them (nothing of them may be exported). */
    public List<CaseRow> openedBetween(Instant from, Instant to) {
        return find("status <> ?1 and openedAt >= ?2 and openedAt < ?3", Sort.ascending("openedAt").and("id"),
                CaseRow.Status.ERASED, from, to).list().stream().map(CaseRepository::toRow).toList();
    }

    private static CaseRow toRow(CaseEntity e) {
        return new CaseRow(e.id, e.ref, e.ownerAgency, e.status, e.openedAt, e.closedAt,
                e.closureReason == null ? null : ClosureReason.valueOf(e.closureReason), e.erasedAt, e.wrappedKey,
                e.masterKeyId, Codes.split(e.consentServices, ServiceCategory::valueOf), ShareLevel.valueOf(e.consentShare),
                e.consentCrossBorder, e.version);
    }
}
