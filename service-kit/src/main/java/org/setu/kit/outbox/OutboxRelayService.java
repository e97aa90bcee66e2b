package org.setu.kit.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.setu.kit.persistence.KitMigrations;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/**
 * Runs this replica's outbox relay, exposes its lag and backlog as metrics, and deletes published rows once
 * they are older than the retention.
 */
@ApplicationScoped
public class OutboxRelayService {

    private static final Logger LOG = Logger.getLogger(OutboxRelayService.class);

    @Inject
    DataSource dataSource;

    @Inject
    KafkaOutboxPublisher publisher;

    @Inject
    OutboxSettings settings;

    @Inject
    MeterRegistry registry;

    @Inject
    KitMigrations migrations;

    @ConfigProperty(name = "quarkus.application.name")
    String service;

    private OutboxRelay relay;

    void onStart(@Observes StartupEvent start) {
        migrations.migrated(); // the relay reads kit_outbox: its table must exist first
        Timer lag = Timer.builder("setu.outbox.lag")
                .description("time from an event's commit to the broker's acknowledgement")
                .publishPercentiles(0.5, 0.99)
                .register(registry);
        relay = new OutboxRelay(service, dataSource, publisher, new OutboxRelay.Settings(settings.batchSize(),
                settings.pollInterval(), settings.standbyRetry(), settings.sendTimeout()), lag::record);
        Gauge.builder("setu.outbox.backlog", relay, OutboxRelay::backlog)
                .description("events recorded but not yet published").register(registry);
        Gauge.builder("setu.outbox.relay.active", relay, r -> r.isActive() ? 1 : 0)
                .description("1 on the replica whose relay publishes").register(registry);
        if (settings.relayEnabled()) relay.start();
    }

    void onStop(@Observes ShutdownEvent stop) {
        if (relay != null) relay.stop();
    }

    public boolean isActive() {
        return relay != null && relay.isActive();
    }

    /** Stops publishing from this replica (another one, if any, takes over). */
    public void pause() {
        relay.stop();
    }

    public void resume() {
        relay.start();
    }

    @Scheduled(every = "${setu.outbox.cleanup-every:1h}", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deletePublishedRowsPastRetention() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("DELETE FROM kit_outbox WHERE published_at < ?")) {
            s.setObject(1, OffsetDateTime.now().minus(settings.retention()));
            int deleted = s.executeUpdate();
            if (deleted > 0) LOG.infof("outbox cleanup deleted %d published events", deleted);
        } catch (SQLException e) {
            LOG.warnf("outbox cleanup failed: %s", e.getMessage());
        }
    }
}
