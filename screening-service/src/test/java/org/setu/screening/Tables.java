package org.setu.screening;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.UUID;

/** What the tests read straight from the service's tables: a count, and a case's rows as text to search for clear text. */
public final class Tables {

    private Tables() {
    }

    public static long count(DataSource dataSource, String sql) throws SQLException {
        try (var c = dataSource.getConnection(); var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Every column of the case's rows of {@code table}, bytes read as Latin-1 so that clear text in a blob shows. */
    public static String rowsOfCase(DataSource dataSource, String table, UUID caseId) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (var c = dataSource.getConnection(); var s = c.createStatement();
             var rs = s.executeQuery("SELECT * FROM " + table + " WHERE case_id = '" + caseId + "'")) {
            while (rs.next()) {
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    Object v = rs.getObject(i);
                    out.append(v instanceof byte[] b ? new String(b, StandardCharsets.ISO_8859_1) : String.valueOf(v)).append('|');
                }
            }
        }
        return out.toString();
    }
}
