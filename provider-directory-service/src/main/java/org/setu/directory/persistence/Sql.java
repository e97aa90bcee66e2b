package org.setu.directory.persistence;

import org.setu.events.directory.LocalizedText;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** Small JDBC helpers shared by the stores. */
final class Sql {

    private Sql() {
    }

    static Array textArray(Connection c, Collection<?> values) throws SQLException {
        return c.createArrayOf("text", values.stream().map(Object::toString).toArray());
    }

    static List<String> strings(ResultSet rs, String column) throws SQLException {
        Array a = rs.getArray(column);
        return a == null ? List.of() : Arrays.stream((Object[]) a.getArray()).map(Object::toString).toList();
    }

    static Integer integer(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    static Double decimal(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    static void setInteger(PreparedStatement s, int i, Integer v) throws SQLException {
        if (v == null) s.setNull(i, Types.INTEGER);
        else s.setInt(i, v);
    }

    static void setDecimal(PreparedStatement s, int i, Double v) throws SQLException {
        if (v == null) s.setNull(i, Types.DOUBLE);
        else s.setDouble(i, v);
    }

    static void setTime(PreparedStatement s, int i, Instant at) throws SQLException {
        s.setTimestamp(i, Timestamp.from(at));
    }

    static Instant time(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static LocalizedText text(ResultSet rs, String prefix) throws SQLException {
        String en = rs.getString(prefix + "_en");
        return en == null ? null : new LocalizedText(en, rs.getString(prefix + "_bn"));
    }

    static String en(LocalizedText t) {
        return t == null ? null : t.en();
    }

    static String bn(LocalizedText t) {
        return t == null ? null : t.bn();
    }

    static IllegalStateException failed(String what, SQLException e) {
        return new IllegalStateException(what + " failed: SQL state " + e.getSQLState(), e);
    }
}
