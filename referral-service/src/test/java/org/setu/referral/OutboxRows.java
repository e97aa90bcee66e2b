package org.setu.referral;

import org.setu.referral.domain.Referral;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The events the kit outbox holds for one referral, oldest first: what the service published of it. */
public final class OutboxRows {

    /** One outbox row: the event type and its payload as JSON text. */
    public record Row(String type, String payload) {
    }

    private OutboxRows() {
    }

    public static List<Row> of(DataSource dataSource, Referral r) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT event_type, payload::text FROM kit_outbox WHERE partition_key = ? ORDER BY id")) {
            s.setString(1, r.caseId().toString());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) if (rs.getString(2).contains(r.id().toString())) rows.add(new Row(rs.getString(1), rs.getString(2)));
            }
        }
        return rows;
    }

    public static List<String> typesOf(DataSource dataSource, Referral r) throws SQLException {
        return of(dataSource, r).stream().map(Row::type).toList();
    }
}
