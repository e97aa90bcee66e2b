package org.setu.screening.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.setu.screening.domain.DuplicatePolicy.Candidate;
import org.setu.screening.domain.DuplicatePolicy.Kind;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The blind index: keyed hashes of normalised identifiers (document, phone, name with birth date), per case. */
@ApplicationScoped
public class PersonIndexRepository {

    @Inject
    Jdbc jdbc;

    public void add(UUID caseId, Map<Kind, byte[]> hashes) {
        hashes.forEach((kind, hash) -> jdbc.update(
                "INSERT INTO person_index (kind, hash, case_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING", kind.name(), hash, caseId));
    }

    /**
     * Serialises screenings of the same identifiers: two agencies screening the same person at the same moment
     * must not both miss each other. Taken in the map's (the enum's) order, so two screenings never wait on each
     * other in a circle; held until the transaction ends.
     */
    public void lock(Map<Kind, byte[]> hashes) {
        for (byte[] hash : hashes.values()) {
            long key = 0;
            for (int i = 0; i < 8; i++) key = (key << 8) | (hash[i] & 0xff);
            jdbc.query("SELECT pg_advisory_xact_lock(?)", rs -> true, key);
        }
    }

    /** Live cases sharing at least one of the hashes: the agency that opened each, every kind that agrees, and whether it has a document. */
    public List<Candidate> candidates(Map<Kind, byte[]> hashes) {
        Map<UUID, UUID> owners = new LinkedHashMap<>();
        Map<UUID, Boolean> hasDocument = new LinkedHashMap<>();
        Map<UUID, Set<Kind>> agreeing = new LinkedHashMap<>();
        for (Map.Entry<Kind, byte[]> h : hashes.entrySet()) {
            jdbc.query("""
                    SELECT c.id, c.opened_by_agency,
                           EXISTS (SELECT 1 FROM person_index d WHERE d.case_id = c.id AND d.kind = 'DOCUMENT')
                      FROM person_index i JOIN screening_case c ON c.id = i.case_id
                     WHERE i.kind = ? AND i.hash = ? AND c.status <> 'ERASED'""", rs -> {
                UUID caseId = rs.getObject(1, UUID.class);
                owners.put(caseId, rs.getObject(2, UUID.class));
                hasDocument.put(caseId, rs.getBoolean(3));
                agreeing.computeIfAbsent(caseId, id -> EnumSet.noneOf(Kind.class)).add(h.getKey());
                return caseId;
            }, h.getKey().name(), h.getValue());
        }
        List<Candidate> found = new ArrayList<>();
        owners.forEach((caseId, owner) -> found.add(new Candidate(caseId, owner, agreeing.get(caseId), hasDocument.get(caseId))));
        return found;
    }

    public void removeCase(UUID caseId) {
        jdbc.update("DELETE FROM person_index WHERE case_id = ?", caseId);
    }
}
