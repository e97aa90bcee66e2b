package org.setu.referral.messaging;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;
import org.setu.referral.app.DirectoryProjectionService;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * On each partition assignment of the directory channel, continues where the read model stands, or from the
 * start of the topic when this database has never read the partition (a fresh database rebuilds the read model).
 */
@ApplicationScoped
@Identifier("directory-rebuild")
public class DirectoryRebuild implements KafkaConsumerRebalanceListener {

    private static final Logger LOG = Logger.getLogger(DirectoryRebuild.class);

    @Inject
    DirectoryProjectionService projection;

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        for (TopicPartition tp : partitions) {
            Optional<Long> next = projection.nextOffset(tp.topic(), tp.partition());
            if (next.isPresent()) {
                consumer.seek(tp, next.get());
            } else {
                LOG.infof("directory read model has not read %s yet: reading it from the start", tp);
                consumer.seekToBeginning(List.of(tp));
            }
        }
    }
}
