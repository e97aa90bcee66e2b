package org.setu.directory.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.setu.directory.domain.Actor;
import org.setu.directory.domain.DirectoryAccess;
import org.setu.directory.domain.hsds.CategoryMapping;
import org.setu.directory.persistence.TaxonomyMappingRepository;
import org.setu.kit.api.VersionRequired;
import org.setu.kit.api.ConflictException;
import org.setu.kit.audit.AuditTrail;
import org.setu.kit.security.CallerContext;

import java.util.Optional;

/**
 * The taxonomy mapping in force for the HSDS import: the directory admin's latest edit, kept in the database, or the
 * built-in (or operator's) file when there is none. Every import and every read asks the database for the latest
 * version, so an edit counts at once on every replica, without a restart; the parsed mapping is kept while the version
 * stays the same. Changes need the version the admin read (If-Match), so that two admins do not overwrite each other.
 */
@ApplicationScoped
public class TaxonomyMappingService {

    private static final Logger LOG = Logger.getLogger(TaxonomyMappingService.class);
    private static final String RESOURCE = "taxonomy-mapping";
    private static final String PURPOSE = "DIRECTORY_MANAGEMENT";

    /** The mapping in force. Version 0 is the file never edited; {@code builtIn} says the file is in force. */
    public record InForce(long version, boolean builtIn, JsonNode document, CategoryMapping categories) {
        @Override
        public JsonNode document() {
            return document.deepCopy();   // the caller may not change the cached one
        }
    }

    @Inject
    HsdsMappingData file;

    @Inject
    TaxonomyMappingRepository stored;

    @Inject
    AuditTrail audit;

    @Inject
    CallerContext callers;

    @Inject
    ObjectMapper json;

    private volatile Cached cached;

    private record Cached(TaxonomyMappingRepository.Version row, InForce inForce) {
    }

    public InForce inForce() {
        Optional<TaxonomyMappingRepository.Version> latest = stored.latest();
        if (latest.isEmpty()) return fromFile(0);
        Cached c = cached;
        if (c != null && c.row().equals(latest.get())) return c.inForce();
        InForce fresh = of(latest.get());
        cached = new Cached(latest.get(), fresh);
        return fresh;
    }

    /** The mapping in force, for the directory admin who keeps it. */
    public InForce read(Actor a) {
        RequestActor.require(DirectoryAccess.administerDirectory(a));
        return inForce();
    }

    /**
     * Replaces the mapping in force with the admin's document, checked as the file is checked at start: a wrong entry
     * is a 400 naming it, and nothing is written. The role comes first (403 whatever the body), then the document
     * (what is wrong with it does not depend on the version), then the version.
     */
    @Transactional
    public InForce replace(Actor a, Long expectedVersion, JsonNode document) {
        RequestActor.require(DirectoryAccess.administerDirectory(a));
        HsdsMappingData.categoryMapping(document);
        if (expectedVersion == null) throw new VersionRequired();
        return change(expectedVersion, document.toString());
    }

    /** Back to the built-in (or operator's) file; the edits stay in the table's history. */
    @Transactional
    public InForce reset(Actor a, Long expectedVersion) {
        RequestActor.require(DirectoryAccess.administerDirectory(a));
        if (expectedVersion == null) throw new VersionRequired();
        return change(expectedVersion, null);
    }

    private InForce change(long expectedVersion, String document) {
        stored.lockForChange();
        Optional<TaxonomyMappingRepository.Version> latest = stored.latest();
        long current = latest.map(TaxonomyMappingRepository.Version::version).orElse(0L);
        if (expectedVersion != current) throw ConflictException.staleVersion(null, current);
        TaxonomyMappingRepository.Version saved = stored.append(current + 1, document, actorId(), Clock.now());
        audit.record(AuditTrail.CHANGE, RESOURCE, Long.toString(saved.version()), PURPOSE);
        LOG.infof("HSDS taxonomy mapping version %d: %s", saved.version(), document == null ? "back to the built-in file" : "edited");
        return of(saved);
    }

    /** The token's subject: an id, so the table holds no name. */
    private String actorId() {
        String subject = callers.caller().subject();
        return subject == null || subject.isBlank() ? "unknown" : subject;
    }

    private InForce of(TaxonomyMappingRepository.Version row) {
        if (row.document() == null) return fromFile(row.version());
        try {
            JsonNode doc = json.readTree(row.document());
            return new InForce(row.version(), false, doc, HsdsMappingData.categoryMapping(doc));
        } catch (JsonProcessingException e) {
            // it was checked when it was written: only a hand-edited row could get here
            throw new IllegalStateException("taxonomy mapping version " + row.version() + " in the database is not JSON");
        }
    }

    private InForce fromFile(long version) {
        return new InForce(version, true, file.taxonomyDocument(), file.categories());
    }
}
