package org.setu.systemtests;

import org.setu.devstack.SetuService;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/** The five services' databases, looked at from outside: row counts and a text dump of every table. */
final class Databases {

    private Databases() {
    }

    /** "setu_screening.screening_case" → row count, for every table of every service's schema. */
    static Map<String, Long> rowCounts() {
        Map<String, Long> counts = new TreeMap<>();
        for (SetuService s : SetuService.values()) {
            try (Connection c = PlatformAccess.platform().postgres().connect(s.database());
                 Statement st = c.createStatement()) {
                for (String table : tables(c)) {
                    try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
                        rs.next();
                        counts.put(s.database() + "." + table, rs.getLong(1));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot count the rows of " + s.database() + ": " + e.getMessage(), e);
            }
        }
        return counts;
    }

    /** Calls {@code row} with every row of every table as text: each value as a string, byte arrays decoded. */
    static void dump(Consumer<Row> row) {
        for (SetuService s : SetuService.values()) dump(s, row);
    }

    /** The same for one service's database. */
    static void dump(SetuService s, Consumer<Row> row) {
        try (Connection c = PlatformAccess.platform().postgres().connect(s.database());
             Statement st = c.createStatement()) {
            for (String table : tables(c)) {
                st.setFetchSize(1000);
                c.setAutoCommit(false);
                try (ResultSet rs = st.executeQuery("SELECT * FROM " + table)) {
                    ResultSetMetaData md = rs.getMetaData();
                    while (rs.next()) {
                        List<String> values = new ArrayList<>(md.getColumnCount());
                        List<String> columns = new ArrayList<>(md.getColumnCount());
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            Object v = rs.getObject(i);
                            if (v == null) continue;
                            values.add(v instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : v.toString());
                            columns.add(md.getColumnName(i));
                        }
                        row.accept(new Row(s.database() + "." + table.replace("\"", ""), values, columns));
                    }
                }
                c.commit();
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot dump " + s.database() + ": " + e.getMessage(), e);
        }
    }

    /** A row's non-null values, and the names of their columns in the same order; the table as "database.schema.table". */
    record Row(String table, List<String> values, List<String> columns) {
    }

    /** Every ordinary table outside PostgreSQL's own schemas, schema-qualified and quoted. */
    private static List<String> tables(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                SELECT table_schema, table_name FROM information_schema.tables
                WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')
                ORDER BY 1, 2""")) {
            while (rs.next()) out.add("\"" + rs.getString(1) + "\".\"" + rs.getString(2) + "\"");
        }
        return out;
    }

    /**
     * The notification service's own retries since {@code since}, of deliveries that were already waiting for one then:
     * their attempt rows, and the delivered or failed events those attempts recorded. These move on the retry
     * schedule (30 s, doubling), not because of any request, so a comparison of row counts takes them out.
     */
    static Map<String, Long> scheduledRetriesSince(java.time.Instant since, List<java.util.UUID> pending) {
        Map<String, Long> moved = new TreeMap<>();
        if (pending.isEmpty()) return moved;
        String database = SetuService.NOTIFICATION.database();
        try (Connection c = PlatformAccess.platform().postgres().connect(database)) {
            java.sql.Array ids = c.createArrayOf("uuid", pending.toArray());
            moved.put(database + ".\"public\".\"delivery_attempt\"", count(c,
                    "SELECT count(*) FROM delivery_attempt WHERE delivery_id = ANY (?) AND at > ?", ids, since));
            moved.put(database + ".\"public\".\"kit_outbox\"", count(c,
                    "SELECT count(*) FROM kit_outbox WHERE (payload->>'notificationId')::uuid = ANY (?) AND created_at > ?",
                    ids, since));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the notification retries: " + e.getMessage(), e);
        }
        // the statistics service reads each event those retries recorded (one inbox row each) and keeps how the delivery
        // ended: a delivery that was pending had no end yet, so each end it now has is a new row
        String statistics = SetuService.STATISTICS.database();
        moved.put(statistics + ".\"public\".\"kit_inbox\"", moved.get(database + ".\"public\".\"kit_outbox\""));
        try (Connection c = PlatformAccess.platform().postgres().connect(statistics);
             PreparedStatement s = c.prepareStatement("SELECT count(*) FROM notification_fact WHERE notification_id = ANY (?)")) {
            s.setArray(1, c.createArrayOf("uuid", pending.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                moved.put(statistics + ".\"public\".\"notification_fact\"", rs.getLong(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the statistics of the retries: " + e.getMessage(), e);
        }
        return moved;
    }

    /** The deliveries waiting for another attempt. */
    static List<java.util.UUID> pendingDeliveries() {
        List<java.util.UUID> ids = new ArrayList<>();
        try (Connection c = PlatformAccess.platform().postgres().connect(SetuService.NOTIFICATION.database());
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id FROM delivery WHERE status = 'PENDING'")) {
            while (rs.next()) ids.add(rs.getObject(1, java.util.UUID.class));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the pending deliveries: " + e.getMessage(), e);
        }
        return ids;
    }

    private static long count(Connection c, String sql, java.sql.Array ids, java.time.Instant since) throws SQLException {
        try (java.sql.PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, ids);
            ps.setObject(2, java.time.OffsetDateTime.ofInstant(since, java.time.ZoneOffset.UTC));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Counts taken until two in a row agree: background work (relays, consumers, mail) has settled. */
    static Map<String, Long> settledRowCounts(long maxWaitMs) {
        long until = System.currentTimeMillis() + maxWaitMs;
        Map<String, Long> last = rowCounts();
        while (System.currentTimeMillis() < until) {
            sleep(2000);
            Map<String, Long> now = rowCounts();
            if (now.equals(last)) return now;
            last = now;
        }
        return last;
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
