package org.setu.screening.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;
import org.setu.screening.domain.DuplicatePolicy.Candidate;
import org.setu.screening.domain.DuplicatePolicy.Kind;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The blind index: keyed hashes of normalised identifiers (document, phone, name with birth date), per case. All
 * native SQL through Hibernate's session: advisory locks, a join over hashes and an idempotent multi-row insert
 * have no entity to load (docs/architecture.md, "Persistence").
 */
@ApplicationScoped
public class PersonIndexRepository {

    @Inject
    Session session;

    /** One statement for all the hashes; rows already there stay. */
    public void add(UUID caseId, Map<Kind, byte[]> hashes) {
        if (hashes.isEmpty()) return;
        // the case may have been opened in this transaction: the rows' foreign key needs it written first
        session.flush();
        StringBuilder sql = new StringBuilder("INSERT INTO person_index (kind, hash, case_id) VALUES ");
        int i = 0;
        for (Kind ignored : hashes.keySet()) sql.append(i++ == 0 ? "" : ", ").append("(:k").append(i).append(", :h").append(i).append(", :caseId)");
        var insert = session.createNativeMutationQuery(sql.append(" ON CONFLICT DO NOTHING").toString());
        i = 0;
        for (Map.Entry<Kind, byte[]> h : hashes.entrySet()) {
            i++;
            insert.setParameter("k" + i, h.getKey().name()).setParameter("h" + i, h.getValue());
        }
        insert.setParameter("caseId", caseId).executeUpdate();
    }

    /**
     * Serialises screenings of the same identifiers: two agencies screening the same person at the same moment
     * must not both miss each other. Taken in the map's (the enum's) order, so two screenings never wait on each
     * other in a circle; held until the transaction ends. One statement takes them all, left to right.
     */
    public void lock(Map<Kind, byte[]> hashes) {
        if (hashes.isEmpty()) return;
        List<String> calls = new ArrayList<>();
        for (int i = 0; i < hashes.size(); i++) calls.add("pg_advisory_xact_lock(:key" + i + ")");
        // pg_advisory_xact_lock answers void, which no Java type reads: the outer query answers 1 (a volatile
        // function in a subquery is always evaluated). No result class: with a scalar one Hibernate would cache a
        // new plan on every call, while Object names none (docs/architecture.md, "Persistence").
        NativeQuery<Object> select = session.createNativeQuery(
                "SELECT 1 FROM (SELECT " + String.join(", ", calls) + ") AS locks", Object.class);
        int i = 0;
        for (byte[] hash : hashes.values()) {
            long key = 0;
            for (int b = 0; b < 8; b++) key = (key << 8) | (hash[b] & 0xff);
            select.setParameter("key" + i++, key);
        }
        select.getResultList();
    }

    /** Live cases sharing at least one of the hashes: the agency that opened each, every kind that agrees, and whether it has a document. */
    public List<Candidate> candidates(Map<Kind, byte[]> hashes) {
        Map<UUID, UUID> owners = new LinkedHashMap<>();
        Map<UUID, Boolean> hasDocument = new LinkedHashMap<>();
        Map<UUID, Set<Kind>> agreeing = new LinkedHashMap<>();
        for (Map.Entry<Kind, byte[]> h : hashes.entrySet()) {
            List<Object[]> rows = session.createNativeQuery("""
                            SELECT c.id, c.owner_agency,
                                   EXISTS (SELECT 1 FROM person_index d WHERE d.case_id = c.id AND d.kind = 'DOCUMENT')
                              FROM person_index i JOIN screening_case c ON c.id = i.case_id
                             WHERE i.kind = :recipientKind AND i.hash = :hash AND c.status <> 'ERASED'""", Object[].class)
                    .setParameter("recipientKind", h.getKey().name()).setParameter("hash", h.getValue()).getResultList();
            for (Object[] row : rows) {
                UUID caseId = (UUID) row[0];
                owners.put(caseId, (UUID) row[1]);
                hasDocument.put(caseId, (Boolean) row[2]);
                agreeing.computeIfAbsent(caseId, id -> EnumSet.noneOf(Kind.class)).add(h.getKey());
            }
        }
        List<Candidate> found = new ArrayList<>();
        owners.forEach((caseId, owner) -> found.add(new Candidate(caseId, owner, agreeing.get(caseId), hasDocument.get(caseId))));
        return found;
    }

    public void removeCase(UUID caseId) {
        session.createNativeMutationQuery("DELETE FROM person_index WHERE case_id = :caseId").setParameter("caseId", caseId).executeUpdate();
    }
}
