package org.setu.screening.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.setu.screening.domain.DuplicatePolicy;

import java.util.List;
import java.util.UUID;

/** The blind index: keyed hashes of normalised document and phone numbers, per case. */
@ApplicationScoped
public class PersonIndexRepository {

    public static final String DOCUMENT = "DOCUMENT";
    public static final String PHONE = "PHONE";

    @Inject
    Jdbc jdbc;

    public void add(UUID caseId, String kind, byte[] hash) {
        jdbc.update("INSERT INTO person_index (kind, hash, case_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING", kind, hash, caseId);
    }

    /**
     * Serialises screenings of the same numbers: two agencies screening the same person at the same moment
     * must not both open a case. Held until the transaction ends.
     */
    public void lockHash(byte[] hash) {
        long key = 0;
        for (int i = 0; i < 8; i++) key = (key << 8) | (hash[i] & 0xff);
        jdbc.query("SELECT pg_advisory_xact_lock(?)", rs -> true, key);
    }

    /** Live cases whose document hash or phone hash matches (either may be null). */
    public List<DuplicatePolicy.Candidate> candidates(byte[] documentHash, byte[] phoneHash) {
        return jdbc.query("""
                SELECT c.id, c.opened_at,
                       bool_or(i.kind = 'DOCUMENT' AND i.hash = ?) AS document_matches,
                       bool_or(i.kind = 'PHONE' AND i.hash = ?) AS phone_matches,
                       EXISTS (SELECT 1 FROM person_index d WHERE d.case_id = c.id AND d.kind = 'DOCUMENT') AS has_document
                  FROM person_index i JOIN screening_case c ON c.id = i.case_id
                 WHERE c.status <> 'ERASED'
                   AND ((i.kind = 'DOCUMENT' AND i.hash = ?) OR (i.kind = 'PHONE' AND i.hash = ?))
                 GROUP BY c.id, c.opened_at""",
                rs -> new DuplicatePolicy.Candidate(rs.getObject(1, UUID.class), Jdbc.instant(rs, "opened_at"),
                        rs.getBoolean(3), rs.getBoolean(4), rs.getBoolean(5)),
                documentHash, phoneHash, documentHash, phoneHash);
    }

    public void removeCase(UUID caseId) {
        jdbc.update("DELETE FROM person_index WHERE case_id = ?", caseId);
    }

    public long countFor(UUID caseId) {
        return jdbc.one("SELECT count(*) FROM person_index WHERE case_id = ?", rs -> rs.getLong(1), caseId).orElse(0L);
    }
}
