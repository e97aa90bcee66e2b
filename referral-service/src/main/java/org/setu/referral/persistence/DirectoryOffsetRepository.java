package org.setu.referral.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;

import java.util.Optional;

/** Where the directory read model stands per partition, stored in the same transaction as each change to it. */
@ApplicationScoped
public class DirectoryOffsetRepository implements PanacheRepositoryBase<DirectoryOffsetEntity, DirectoryOffsetEntity.Key> {

    /** A native upsert: the position only moves forward, even when two deliveries of a partition race. */
    public void advance(String topic, int partition, long processedOffset) {
        getSession().createNativeQuery("""
                        INSERT INTO directory_offset (topic, partition, next_offset) VALUES (:topic, :partitionNo, :next)
                        ON CONFLICT (topic, partition) DO UPDATE SET next_offset = GREATEST(directory_offset.next_offset, EXCLUDED.next_offset)""")
                .setParameter("topic", topic).setParameter("partitionNo", partition).setParameter("next", processedOffset + 1)
                .executeUpdate();
    }

    /**
     * Empty on a fresh database: the read model must then be rebuilt from the start of the topic. Asked by the Kafka
     * consumer's rebalance listener, outside any request.
     */
    @ActivateRequestContext
    public Optional<Long> nextOffset(String topic, int partition) {
        return getEntityManager().createQuery(
                        "select o.nextOffset from DirectoryOffsetEntity o where o.topic = :topic and o.partition = :partitionNo", Long.class)
                .setParameter("topic", topic).setParameter("partitionNo", partition).getResultList().stream().findFirst();
    }
}
