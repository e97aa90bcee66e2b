package org.setu.kit.outbox;

import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Publishes what the outbox recorded, in id order, then marks it published. Of all replicas of a service
 * exactly one relay is active: the one holding a PostgreSQL advisory lock on its session. When that replica
 * dies its session ends, the lock is freed and a standby takes over. The active relay sleeps on
 * LISTEN/NOTIFY, with a poll as a fallback, so events usually leave within milliseconds of their commit.
 */
public final class OutboxRelay {

    /** Sends one event; the future completes when the broker acknowledged it. */
    @FunctionalInterface
    public interface Publisher {
        CompletableFuture<Void> publish(OutboxEvent event);
    }

    public record Settings(int batchSize, Duration pollInterval, Duration standbyRetry, Duration sendTimeout) {
    }

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long LOCK_KEY = 0x5e7_0_0b0c5L; // one relay per database: each service owns its database

    private final DataSource dataSource;
    private final Publisher publisher;
    private final Settings settings;
    private final Consumer<Duration> lagObserver;
    private final String name;
    private volatile boolean running;
    private volatile boolean active;
    private volatile long backlog;
    private Thread thread;

    public OutboxRelay(String name, DataSource dataSource, Publisher publisher, Settings settings,
                       Consumer<Duration> lagObserver) {
        this.name = name;
        this.dataSource = dataSource;
        this.publisher = publisher;
        this.settings = settings;
        this.lagObserver = lagObserver;
    }

    public synchronized void start() {
        if (thread != null && thread.isAlive()) return;
        running = true;
        Thread t = new Thread(this::loop, "outbox-relay-" + name);
        t.setDaemon(true);
        t.setUncaughtExceptionHandler((th, e) -> LOG.errorf(e, "outbox relay %s stopped by an error", name));
        thread = t;
        t.start();
    }

    public synchronized void stop() {
        running = false;
        Thread t = thread;
        if (t != null) {
            t.interrupt();
            try {
                // the loop ends at its next check: after the current batch, or the NOTIFY wait at the latest
                t.join(settings.sendTimeout().toMillis() + settings.pollInterval().toMillis() + 5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }

    /** Whether this relay holds the lock and publishes; the others stand by. */
    public boolean isActive() {
        return active;
    }

    /** Events recorded but not yet published, as last seen by the active relay. */
    public long backlog() {
        return backlog;
    }

    private void loop() {
        while (running) {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(true);
                if (!tryLock(c)) {
                    pause(settings.standbyRetry());
                    continue;
                }
                try {
                    active = true;
                    LOG.infof("outbox relay %s is active", name);
                    relayWhileRunning(c);
                } finally {
                    release(c);
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warnf("outbox relay %s lost its database session (%s: %s); retrying", name,
                            e.getClass().getSimpleName(), e.getMessage());
                    pause(settings.standbyRetry());
                }
            } finally {
                active = false;
            }
        }
    }

    private void relayWhileRunning(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("LISTEN kit_outbox");
        }
        PGConnection pg = c.unwrap(PGConnection.class);
        while (running) {
            int published = relayBatch(c);
            if (published < 0) {
                pause(settings.standbyRetry()); // the broker did not acknowledge: try again shortly
            } else if (published < settings.batchSize()) {
                pg.getNotifications((int) settings.pollInterval().toMillis());
            }
        }
    }

    /**
     * The connection goes back to the pool, and a session-level advisory lock would go with it: the relay that
     * next gets another connection would stand by forever. So the lock is given up before the connection is.
     */
    private void release(Connection c) {
        try (Statement s = c.createStatement()) {
            s.execute("UNLISTEN *");
            s.execute("SELECT pg_advisory_unlock_all()");
        } catch (SQLException e) {
            // a broken session has ended on the server, and its lock with it
            LOG.debugf("outbox relay %s could not release its lock (%s)", name, e.getMessage());
        }
    }

    /** Publishes one batch; answers how many were published, or -1 when the broker failed us. */
    int relayBatch(Connection c) throws SQLException {
        List<OutboxEvent> batch = unpublished(c);
        backlog = batch.size() < settings.batchSize() ? batch.size() : countBacklog(c);
        if (batch.isEmpty()) return 0;
        List<CompletableFuture<Void>> sends = new ArrayList<>(batch.size());
        for (OutboxEvent e : batch) sends.add(publisher.publish(e));
        // Mark only the acknowledged prefix: what follows a failure is sent again, after it, to keep the order.
        List<Long> done = new ArrayList<>();
        boolean failed = false;
        for (int i = 0; i < batch.size() && !failed; i++) {
            try {
                sends.get(i).get(settings.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
                done.add(batch.get(i).id());
            } catch (Exception e) {
                failed = true;
                LOG.warnf("outbox relay %s: event %s not acknowledged (%s); will retry", name,
                        batch.get(i).eventId(), rootMessage(e));
            }
        }
        markPublished(c, done);
        OffsetDateTime now = OffsetDateTime.now();
        for (int i = 0; i < done.size(); i++) lagObserver.accept(Duration.between(batch.get(i).createdAt(), now));
        backlog = Math.max(0, backlog - done.size());
        return failed ? -1 : done.size();
    }

    private List<OutboxEvent> unpublished(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id, event_id, event_type, topic, partition_key, subject, "
                + "dataschema, payload::text, created_at, traceparent FROM kit_outbox WHERE published_at IS NULL ORDER BY id LIMIT ?")) {
            s.setInt(1, settings.batchSize());
            List<OutboxEvent> events = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    events.add(new OutboxEvent(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            rs.getObject(9, OffsetDateTime.class), rs.getString(10)));
                }
            }
            return events;
        }
    }

    private void markPublished(Connection c, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) return;
        try (PreparedStatement s = c.prepareStatement("UPDATE kit_outbox SET published_at = clock_timestamp() WHERE id = ANY (?)")) {
            Array array = c.createArrayOf("bigint", ids.toArray());
            s.setArray(1, array);
            s.executeUpdate();
        }
    }

    private static long countBacklog(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM kit_outbox WHERE published_at IS NULL")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static boolean tryLock(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            s.setLong(1, LOCK_KEY);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            // stop() interrupts; the loop reads `running`. Not re-interrupting avoids a busy loop of sleeps.
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getClass().getSimpleName();
    }
}
