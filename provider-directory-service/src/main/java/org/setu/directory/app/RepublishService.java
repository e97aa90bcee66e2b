package org.setu.directory.app;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.setu.directory.domain.Actor;
import org.setu.directory.domain.DirectoryAccess;
import org.setu.directory.domain.ProviderService;
import org.setu.directory.persistence.ServiceRepository;
import org.setu.events.directory.ServiceUpserted;
import org.setu.kit.audit.AuditTrail;
import org.setu.kit.outbox.Outbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Publishes the snapshot of every service again, for a new consumer that cannot wait for compaction's latest
 * values or lost its read model. Batches of 500 in their own transactions keep the outbox's rows flowing.
 */
@ApplicationScoped
public class RepublishService {

    private static final Logger LOG = Logger.getLogger(RepublishService.class);
    private static final int BATCH = 500;

    @Inject
    ServiceRepository services;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    /** @return how many snapshots were recorded */
    public long republishAll(Actor a) {
        RequestActor.require(DirectoryAccess.administerDirectory(a));
        return republishAll();
    }

    /** Without a caller: at start-up, when configured (the audit trail names the service itself). */
    long republishAll() {
        audit.record("REPUBLISH", "directory", "all-services", "DIRECTORY_MANAGEMENT");
        long count = 0;
        UUID after = null;
        while (true) {
            List<UUID> ids = services.idsAfter(after, BATCH);
            if (ids.isEmpty()) break;
            count += QuarkusTransaction.requiringNew().call(() -> {
                Instant at = Clock.now();
                List<ProviderService> batch = services.findAll(ids);
                for (ProviderService s : batch) outbox.record(new ServiceUpserted(s.snapshot(), at));
                return batch.size();
            });
            after = ids.get(ids.size() - 1);
        }
        LOG.infof("republished %d service snapshots", count);
        return count;
    }
}
