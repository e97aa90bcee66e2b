package org.setu.kit.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Reads pages of the audit trail, newest first, keyed on the row id so that pages never skip or repeat. */
@ApplicationScoped
public class AuditReader {

    /** Null members do not filter. {@code beforeId} is the decoded cursor. */
    public record Filter(String resourceType, String resourceId, String actor, OffsetDateTime from,
                         OffsetDateTime to, Long beforeId) {
    }

    @Inject
    DataSource dataSource;

    public AuditPage page(Filter f, int limit) {
        StringBuilder sql = new StringBuilder("""
                SELECT id, at, actor, actor_subject, roles, agency_id, action, resource_type, resource_id, purpose
                  FROM kit_audit_trail WHERE true""");
        List<Object> args = new ArrayList<>();
        where(sql, args, " AND resource_type = ?", f.resourceType());
        where(sql, args, " AND resource_id = ?", f.resourceId());
        if (f.actor() != null) {
            sql.append(" AND (actor = ? OR actor_subject = ?)");
            args.add(f.actor());
            args.add(f.actor());
        }
        where(sql, args, " AND at >= ?", f.from());
        where(sql, args, " AND at < ?", f.to());
        where(sql, args, " AND id < ?", f.beforeId());
        sql.append(" ORDER BY id DESC LIMIT ?");
        args.add(limit + 1);   // one more tells whether a next page exists
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) s.setObject(i + 1, args.get(i));
            List<AuditEntry> items = new ArrayList<>();
            long lastId = 0;
            boolean more = false;
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if (items.size() == limit) {
                        more = true;
                        break;
                    }
                    lastId = rs.getLong("id");
                    items.add(entry(rs));
                }
            }
            return new AuditPage(items, more ? AuditResource.cursorAfter(lastId) : null);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the audit trail: " + e.getSQLState(), e);
        }
    }

    private static void where(StringBuilder sql, List<Object> args, String condition, Object value) {
        if (value == null) return;
        sql.append(condition);
        args.add(value);
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        String roles = rs.getString("roles");
        return new AuditEntry(rs.getObject("at", OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC),
                rs.getString("actor"), rs.getString("actor_subject"),
                roles.isEmpty() ? List.of() : Arrays.asList(roles.split(",")),
                rs.getObject("agency_id", UUID.class), rs.getString("action"), rs.getString("resource_type"),
                rs.getString("resource_id"), rs.getString("purpose"));
    }
}
