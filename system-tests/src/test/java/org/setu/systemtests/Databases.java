package org.setu.systemtests;

import org.setu.devstack.SetuService;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/** The four services' databases, looked at from outside: row counts and a text dump of every table. */
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
        for (SetuService s : SetuService.values()) {
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
