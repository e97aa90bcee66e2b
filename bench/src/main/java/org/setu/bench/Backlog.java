package org.setu.bench;

import org.setu.devstack.Postgres;
import org.setu.devstack.SetuService;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * Work the platform still owes after a load: events recorded but not yet published (every service's outbox) and
 * notifications not yet tried. Each phase starts once the last one's backlog is gone, so that it measures itself.
 */
final class Backlog {

    private Backlog() {
    }

    static long now(Postgres pg) throws SQLException {
        long total = 0;
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

    static long count(Postgres pg, String database, String sql) throws SQLException {
        try (Connection c = pg.connect(database); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
