package org.setu.directory.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.setu.directory.domain.Organization;

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

@ApplicationScoped
public class OrganizationStore {

    @Inject
    DataSource dataSource;

    public void save(Organization o, Instant at) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                INSERT INTO organization (id, name_en, name_bn, description_en, description_bn, email, website, phone,
                                          sample, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET name_en = excluded.name_en, name_bn = excluded.name_bn,
                    description_en = excluded.description_en, description_bn = excluded.description_bn,
                    email = excluded.email, website = excluded.website, phone = excluded.phone,
                    sample = excluded.sample, updated_at = excluded.updated_at""")) {
            s.setObject(1, o.id());
            s.setString(2, Sql.en(o.name()));
            s.setString(3, Sql.bn(o.name()));
            s.setString(4, Sql.en(o.description()));
            s.setString(5, Sql.bn(o.description()));
            s.setString(6, o.email());
            s.setString(7, o.website());
            s.setString(8, o.phone());
            s.setBoolean(9, o.sample());
            Sql.setTime(s, 10, at);
            s.executeUpdate();
        } catch (SQLException e) {
            throw Sql.failed("saving an organization", e);
        }
    }

    public Optional<Organization> find(UUID id) {
        List<Organization> found = query("SELECT * FROM organization WHERE id = ?", id);
        return found.stream().findFirst();
    }

    /** One page, by English name. */
    public List<Organization> list(int page, int size) {
        return query("SELECT * FROM organization ORDER BY name_en, id LIMIT ? OFFSET ?", size, (long) page * size);
    }

    public List<Organization> all() {
        return query("SELECT * FROM organization ORDER BY name_en, id");
    }

    public long count() {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("SELECT count(*) FROM organization");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw Sql.failed("counting organizations", e);
        }
    }

    public void delete(UUID id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("DELETE FROM organization WHERE id = ?")) {
            s.setObject(1, id);
            s.executeUpdate();
        } catch (SQLException e) {
            throw Sql.failed("removing an organization", e);
        }
    }

    private List<Organization> query(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) s.setObject(i + 1, args[i]);
            List<Organization> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new Organization(rs.getObject("id", UUID.class), Sql.text(rs, "name"), Sql.text(rs, "description"),
                            rs.getString("email"), rs.getString("website"), rs.getString("phone"), rs.getBoolean("sample")));
                }
            }
            return out;
        } catch (SQLException e) {
            throw Sql.failed("reading organizations", e);
        }
    }
}
