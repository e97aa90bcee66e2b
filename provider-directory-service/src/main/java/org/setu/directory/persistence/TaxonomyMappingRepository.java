package org.setu.directory.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Optional;

/** The versions of the edited taxonomy mapping (table {@code taxonomy_mapping}); the highest is in force. */
@ApplicationScoped
public class TaxonomyMappingRepository implements PanacheRepositoryBase<TaxonomyMappingEntity, Long> {

    /** One version; {@code document} null means the built-in file. */
    public record Version(long version, String document, String changedBy, Instant changedAt) {
    }

    public Optional<Version> latest() {
        return find("order by version desc").firstResultOptional().map(e -> new Version(e.version, e.document, e.changedBy, e.changedAt));
    }

    /**
     * Held until the transaction ends, so that two admins saving at once are taken one after the other and the second
     * sees the first's version (a stale If-Match), rather than both writing the same next version. Plain reads (the
     * import, GET) are not blocked.
     */
    public void lockForChange() {
        getEntityManager().createNativeQuery("LOCK TABLE taxonomy_mapping IN EXCLUSIVE MODE").executeUpdate();
    }

    public Version append(long version, String document, String changedBy, Instant at) {
        TaxonomyMappingEntity e = new TaxonomyMappingEntity();
        e.version = version;
        e.document = document;
        e.changedBy = changedBy;
        e.changedAt = at;
        persist(e);
        return new Version(version, document, changedBy, at);
    }
}
