package org.setu.notification;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the service's tables in tests, as an operator would. */
public final class Db {

    private Db() {
    }

    public static List<Map<String, Object>> rows(DataSource ds, String sql, Object... args) {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) s.setObject(i + 1, args[i]);
            try (ResultSet rs = s.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                List<Map<String, Object>> out = new ArrayList<>();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= md.getColumnCount(); i++) row.put(md.getColumnLabel(i), rs.getObject(i));
                    out.add(row);
                }
                return out;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<Map<String, Object>> deliveriesOf(DataSource ds, String sourceEventId) {
        return rows(ds, "SELECT * FROM delivery WHERE source_event_id = ? ORDER BY channel, recipient", sourceEventId);
    }

    public static Map<String, Object> delivery(DataSource ds, Object id) {
        return rows(ds, "SELECT * FROM delivery WHERE id = ?::uuid", id.toString()).get(0);
    }

    /** The notification events the service owes for one delivery, from the kit's outbox (published or not). */
    public static List<Map<String, Object>> outboxOf(DataSource ds, Object deliveryId) {
        return rows(ds, "SELECT event_type, payload::text AS payload FROM kit_outbox WHERE partition_key = ? ORDER BY id",
                deliveryId.toString());
    }

    /** Waits until the directory snapshot of a service is in the read model, so a referral to it finds its contact. */
    public static void awaitContact(DataSource ds, java.util.UUID serviceId) {
        Events.await(() -> !rows(ds, "SELECT 1 FROM directory_contact WHERE service_id = ?", serviceId).isEmpty(),
                java.time.Duration.ofSeconds(30), "the directory snapshot of a service");
    }
}
