package org.setu.screening.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.setu.events.screening.Consent;
import org.setu.events.screening.ErasureReason;
import org.setu.events.screening.ShareLevel;
import org.setu.events.vocabulary.ServiceCategory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CaseRepository {

    private static final String COLUMNS = "id, ref, opened_by_agency, status, opened_at, closed_at, erased_at, wrapped_key, "
            + "master_key_id, consent_services, consent_share, version";

    /** The retired reference's hash (SQL), as the V3 migration wrote it for cases erased before it. */
    private static final String RETIRED_HASH = "sha256(convert_to('retired-ref:' || ?, 'UTF8'))";

    @Inject
    Jdbc jdbc;

    public void insert(CaseRow c) {
        jdbc.update("INSERT INTO screening_case (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                c.id(), c.ref(), c.openedByAgency(), c.status(), c.openedAt(), c.closedAt(), c.erasedAt(), c.wrappedKey(),
                c.masterKeyId(), Jdbc.joined(c.consentServices()), c.consentShare(), c.version());
    }

    /** In use, or issued once to a case since erased: a reference is never issued twice. */
    public boolean refTaken(String ref) {
        return jdbc.one("SELECT 1 FROM screening_case WHERE ref = ? UNION ALL SELECT 1 FROM retired_case_ref WHERE ref_hash = "
                + RETIRED_HASH + " LIMIT 1", rs -> true, ref, ref).isPresent();
    }

    public Optional<CaseRow> find(UUID id) {
        return jdbc.one("SELECT " + COLUMNS + " FROM screening_case WHERE id = ?", CaseRepository::row, id);
    }

    /** The case, locked until the transaction ends, so that changes to one case queue. */
    public Optional<CaseRow> lock(UUID id) {
        return jdbc.one("SELECT " + COLUMNS + " FROM screening_case WHERE id = ? FOR UPDATE", CaseRepository::row, id);
    }

    public Optional<CaseRow> findByRef(String ref) {
        return jdbc.one("SELECT " + COLUMNS + " FROM screening_case WHERE ref = ?", CaseRepository::row, ref);
    }

    public void joinAgency(UUID caseId, UUID agencyId, Instant at) {
        jdbc.update("INSERT INTO case_agency (case_id, agency_id, joined_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                caseId, agencyId, at);
    }

    public boolean hasAgency(UUID caseId, UUID agencyId) {
        return jdbc.one("SELECT 1 FROM case_agency WHERE case_id = ? AND agency_id = ?", rs -> true, caseId, agencyId).isPresent();
    }

    public List<UUID> agencies(UUID caseId) {
        return jdbc.query("SELECT agency_id FROM case_agency WHERE case_id = ? ORDER BY joined_at",
                rs -> rs.getObject(1, UUID.class), caseId);
    }

    public void changeConsent(UUID caseId, Consent consent) {
        jdbc.update("UPDATE screening_case SET consent_services = ?, consent_share = ?, version = version + 1 WHERE id = ?",
                Jdbc.joined(consent.services()), consent.shareWithProviders(), caseId);
    }

    public void close(UUID caseId, Instant at) {
        jdbc.update("UPDATE screening_case SET status = 'CLOSED', closed_at = ?, version = version + 1 WHERE id = ?", at, caseId);
    }

    public void rewrap(UUID caseId, byte[] wrappedKey, String masterKeyId) {
        jdbc.update("UPDATE screening_case SET wrapped_key = ?, master_key_id = ? WHERE id = ? AND status <> 'ERASED'",
                wrappedKey, masterKeyId, caseId);
    }

    /**
     * Crypto-shredding: the only copy of the case's data key goes, and with it the reference (only its hash stays,
     * in retired_case_ref, so that it is never issued again).
     */
    public void destroyKey(UUID caseId, ErasureReason reason, Instant at) {
        jdbc.update("INSERT INTO retired_case_ref (ref_hash, retired_at) SELECT " + RETIRED_HASH.replace("?", "ref")
                + ", ? FROM screening_case WHERE id = ? AND ref IS NOT NULL ON CONFLICT DO NOTHING", at, caseId);
        jdbc.update("UPDATE screening_case SET status = 'ERASED', ref = NULL, wrapped_key = NULL, master_key_id = NULL, erased_at = ?, "
                + "erasure_reason = ?, consent_services = '', consent_share = 'NONE', version = version + 1 WHERE id = ?",
                at, reason, caseId);
    }

    public List<UUID> closedBefore(Instant before, int limit) {
        return jdbc.query("SELECT id FROM screening_case WHERE status = 'CLOSED' AND closed_at < ? ORDER BY closed_at LIMIT ?",
                rs -> rs.getObject(1, UUID.class), before, limit);
    }

    public List<CaseRow> wrappedByOtherThan(String masterKeyId, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM screening_case WHERE status <> 'ERASED' AND master_key_id <> ? LIMIT ?",
                CaseRepository::row, masterKeyId, limit);
    }

    /** A page of the cases an agency screened (all cases when agency is null), newest first. */
    public List<CaseRow> page(UUID agency, int page, int size) {
        if (agency == null) {
            return jdbc.query("SELECT " + COLUMNS + " FROM screening_case WHERE status <> 'ERASED' ORDER BY opened_at DESC, id "
                    + "LIMIT ? OFFSET ?", CaseRepository::row, size, (long) page * size);
        }
        return jdbc.query("SELECT " + prefixed() + " FROM screening_case c JOIN case_agency a ON a.case_id = c.id "
                + "WHERE a.agency_id = ? AND c.status <> 'ERASED' ORDER BY c.opened_at DESC, c.id LIMIT ? OFFSET ?",
                CaseRepository::row, agency, size, (long) page * size);
    }

    public long count(UUID agency) {
        if (agency == null) return jdbc.one("SELECT count(*) FROM screening_case WHERE status <> 'ERASED'", rs -> rs.getLong(1)).orElse(0L);
        return jdbc.one("SELECT count(*) FROM screening_case c JOIN case_agency a ON a.case_id = c.id "
                + "WHERE a.agency_id = ? AND c.status <> 'ERASED'", rs -> rs.getLong(1), agency).orElse(0L);
    }

    private static String prefixed() {
        return "c." + COLUMNS.replace(", ", ", c.");
    }

    static CaseRow row(ResultSet rs) throws SQLException {
        return new CaseRow(rs.getObject("id", UUID.class), rs.getString("ref"), rs.getObject("opened_by_agency", UUID.class),
                CaseRow.Status.valueOf(rs.getString("status")), Jdbc.instant(rs, "opened_at"), Jdbc.instant(rs, "closed_at"),
                Jdbc.instant(rs, "erased_at"), rs.getBytes("wrapped_key"), rs.getString("master_key_id"),
                Jdbc.split(rs.getString("consent_services"), ServiceCategory::valueOf),
                ShareLevel.valueOf(rs.getString("consent_share")), rs.getLong("version"));
    }
}
