package org.setu.notification.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.setu.notification.domain.DirectoryContact;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The read model of directory referral contacts. A snapshot older than the one held is ignored. */
@ApplicationScoped
public class ContactRepository {

    @Inject
    DataSource dataSource;

    public void upsert(DirectoryContact c, Instant at) {
        String sql = """
                INSERT INTO directory_contact (service_id, organization_id, version, email, phone, language, removed, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, FALSE, ?)
                ON CONFLICT (service_id) DO UPDATE SET organization_id = EXCLUDED.organization_id,
                    version = EXCLUDED.version, email = EXCLUDED.email, phone = EXCLUDED.phone,
                    language = EXCLUDED.language, removed = FALSE, updated_at = EXCLUDED.updated_at
                WHERE directory_contact.version <= EXCLUDED.version""";
        try (Connection con = dataSource.getConnection(); PreparedStatement s = con.prepareStatement(sql)) {
            s.setObject(1, c.serviceId());
            s.setObject(2, c.organizationId());
            s.setLong(3, c.version());
            s.setString(4, c.email());
            s.setString(5, c.phone());
            s.setString(6, c.language());
            Jdbc.setInstant(s, 7, at);
            s.executeUpdate();
        } catch (SQLException e) {
            throw Jdbc.failure("saving a directory contact", e);
        }
    }

    /** A removed service keeps its row, marked, so that a late notification finds "removed" rather than "unknown". */
    public void remove(UUID serviceId, UUID organizationId, Instant at) {
        String sql = """
                INSERT INTO directory_contact (service_id, organization_id, version, removed, updated_at)
                VALUES (?, ?, 0, TRUE, ?)
                ON CONFLICT (service_id) DO UPDATE SET removed = TRUE, email = NULL, phone = NULL,
                    updated_at = EXCLUDED.updated_at""";
        try (Connection con = dataSource.getConnection(); PreparedStatement s = con.prepareStatement(sql)) {
            s.setObject(1, serviceId);
            s.setObject(2, organizationId);
            Jdbc.setInstant(s, 3, at);
            s.executeUpdate();
        } catch (SQLException e) {
            throw Jdbc.failure("removing a directory contact", e);
        }
    }

    public Optional<DirectoryContact> find(UUID serviceId) {
        List<DirectoryContact> found = query("SELECT * FROM directory_contact WHERE service_id = ?", serviceId);
        return found.stream().findFirst();
    }

    public List<DirectoryContact> ofOrganization(UUID organizationId) {
        return query("SELECT * FROM directory_contact WHERE organization_id = ? AND NOT removed ORDER BY service_id", organizationId);
    }

    private List<DirectoryContact> query(String sql, UUID id) {
        try (Connection con = dataSource.getConnection(); PreparedStatement s = con.prepareStatement(sql)) {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
                List<DirectoryContact> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new DirectoryContact(Jdbc.uuid(rs, "service_id"), Jdbc.uuid(rs, "organization_id"),
                            rs.getLong("version"), rs.getString("email"), rs.getString("phone"), rs.getString("language"),
                            rs.getBoolean("removed")));
                }
                return out;
            }
        } catch (SQLException e) {
            throw Jdbc.failure("reading directory contacts", e);
        }
    }
}
