package org.setu.notification.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Small conversions shared by the repositories; they use plain JDBC, as the service kit does. */
final class Jdbc {

    private Jdbc() {
    }

    static void setInstant(PreparedStatement s, int i, Instant at) throws SQLException {
        s.setObject(i, at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    static IllegalStateException failure(String what, SQLException e) {
        // the SQL state is enough for operators; the message could echo a value
        return new IllegalStateException(what + " failed (SQL state " + e.getSQLState() + ")", e);
    }
}
