package org.setu.directory.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hibernate.Session;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The publisher's own id of each record imported from another HSDS publisher (table {@code import_source}). */
@ApplicationScoped
public class ImportSourceRepository {

    @Inject
    Session session;

    /** Records the publisher's id; a row that already says the same is left as it is. */
    public void record(String kind, UUID id, String sourceId, Instant at) {
        session.createNativeMutationQuery("""
                        INSERT INTO import_source (record_kind, record_id, source_id, imported_at) VALUES (:kind, :id, :source, :at)
                        ON CONFLICT (record_kind, record_id) DO UPDATE SET source_id = EXCLUDED.source_id, imported_at = EXCLUDED.imported_at
                        WHERE import_source.source_id <> EXCLUDED.source_id""")
                .setParameter("kind", kind).setParameter("id", id).setParameter("source", sourceId)
                .setParameter("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .executeUpdate();
    }

    /** Every publisher's id, keyed by "kind/record id" ({@code service/7c0b…}). */
    public Map<String, String> all() {
        Map<String, String> out = new HashMap<>();
        List<Object[]> rows = session.createNativeQuery("SELECT record_kind, record_id::text, source_id FROM import_source", Object[].class)
                .getResultList();
        for (Object[] r : rows) out.put(r[0] + "/" + r[1], (String) r[2]);
        return out;
    }
}
