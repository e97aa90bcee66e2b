package org.setu.bench;

import org.setu.devstack.Postgres;
import org.setu.devstack.SetuService;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Work the platform still owes after a load: events recorded but not yet published (every service's outbox),
 * events published but not yet consumed (every consumer group's lag) and notifications not yet tried. Each phase
 * starts once the last one's backlog is gone, so that it measures itself.
 */
final class Backlog {

    private static volatile String bootstrap;

    private Backlog() {
    }

    /** Where the broker is, so that consumer lag counts too. */
    static void broker(String bootstrapServers) {
        bootstrap = bootstrapServers;
    }

    static long now(Postgres pg) throws SQLException {
        long total = consumerLag();
        for (SetuService s : SetuService.all()) {
            total += count(pg, s.database(), "SELECT count(*) FROM kit_outbox WHERE published_at IS NULL");
        }
        return total + count(pg, "setu_notification", "SELECT count(*) FROM delivery WHERE status = 'PENDING' AND attempts = 0");
    }

    /** Waits until two looks a second apart find nothing owed, or the time is up; answers what was left. */
    static long drain(Postgres pg, Duration max) throws SQLException, InterruptedException {
        long until = System.currentTimeMillis() + max.toMillis();
        int clear = 0;
        long left = now(pg);
        while (System.currentTimeMillis() < until) {
            clear = left == 0 ? clear + 1 : 0;
            if (clear >= 2) return 0;
            Thread.sleep(1000);
            left = now(pg);
        }
        return left;
    }

    /** Records on the broker that a consumer group has not yet committed, over all groups and partitions. */
    static long consumerLag() {
        if (bootstrap == null) return 0;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000))) {
            long lag = 0;
            for (var group : admin.listGroups().all().get(10, TimeUnit.SECONDS)) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.groupId())
                        .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                committed.keySet().forEach(tp -> latest.put(tp, OffsetSpec.latest()));
                var ends = admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS);
                for (var e : committed.entrySet()) {
                    if (e.getValue() != null && ends.containsKey(e.getKey())) {
                        lag += Math.max(0, ends.get(e.getKey()).offset() - e.getValue().offset());
                    }
                }
            }
            return lag;
        } catch (Exception e) {
            return 0; // the lag is a courtesy wait; the database backlog still counts
        }
    }

    static long count(Postgres pg, String database, String sql) throws SQLException {
        try (Connection c = pg.connect(database); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Does for each service database what autovacuum would have done by now, when the server runs without it (this
     * project's build machines do: {@code SHOW autovacuum} is off). Without it every published outbox row and every
     * updated delivery stays a dead row, and each phase would measure the last one's leftovers. Answers whether the
     * server runs without autovacuum.
     */
    static boolean tidyWithoutAutovacuum(Postgres pg) throws SQLException {
        try (Connection c = pg.connect("postgres"); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW autovacuum")) {
            if (rs.next() && rs.getString(1).equals("on")) return false;
        }
        for (SetuService service : SetuService.all()) {
            try (Connection c = pg.connect(service.database()); Statement s = c.createStatement()) {
                s.execute("VACUUM ANALYZE");
            }
        }
        return true;
    }
}
