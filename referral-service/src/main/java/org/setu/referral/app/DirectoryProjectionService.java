package org.setu.referral.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.setu.events.directory.CapacityChanged;
import org.setu.events.directory.ServiceRemoved;
import org.setu.events.directory.ServiceUpserted;
import org.setu.referral.persistence.DirectoryOffsetRepository;
import org.setu.referral.persistence.DirectoryReadModel;

import java.util.Optional;

/**
 * Keeps the directory read model: upserts and capacity changes carry the full snapshot and replace what is
 * stored unless it is as new or newer (by the snapshot's version); a removal marks the service gone.
 */
@ApplicationScoped
public class DirectoryProjectionService {

    private static final Logger LOG = Logger.getLogger(DirectoryProjectionService.class);

    @Inject
    DirectoryReadModel readModel;

    @Inject
    DirectoryOffsetRepository offsets;

    /** Records that the read model has taken in everything up to this offset, in the same transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void advance(String topic, int partition, long processedOffset) {
        offsets.advance(topic, partition, processedOffset);
    }

    /** Where to go on reading a partition; empty when this database has never read it (rebuild from the start). */
    public Optional<Long> nextOffset(String topic, int partition) {
        return offsets.nextOffset(topic, partition);
    }

    @Transactional
    public void apply(Object event) {
        if (event instanceof ServiceUpserted u) store(u.service(), u.occurredAt());
        else if (event instanceof CapacityChanged c) store(c.service(), c.occurredAt());
        else if (event instanceof ServiceRemoved r) {
            readModel.remove(r.serviceId(), r.organizationId(), r.occurredAt());
            LOG.debugf("directory service %s removed", r.serviceId());
        }
    }

    private void store(org.setu.events.directory.DirectoryService s, java.time.Instant at) {
        if (!readModel.upsert(s, at == null ? java.time.Instant.now() : at)) {
            LOG.debugf("directory snapshot %s v%d ignored: not newer than the one stored", s.id(), s.version());
        }
    }
}
