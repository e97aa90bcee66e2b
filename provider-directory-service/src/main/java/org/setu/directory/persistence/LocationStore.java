package org.setu.directory.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.setu.directory.domain.Location;

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
public class LocationStore {

    @Inject
    DataSource dataSource;

    public void save(Location l, Instant at) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                INSERT INTO location (id, organization_id, name_en, name_bn, address_line, city, postal_code, division_id,
                                      district_id, upazila_id, union_id, latitude, longitude, confidential, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET organization_id = excluded.organization_id, name_en = excluded.name_en,
                    name_bn = excluded.name_bn, address_line = excluded.address_line, city = excluded.city,
                    postal_code = excluded.postal_code, division_id = excluded.division_id,
                    district_id = excluded.district_id, upazila_id = excluded.upazila_id, union_id = excluded.union_id,
                    latitude = excluded.latitude, longitude = excluded.longitude, confidential = excluded.confidential,
                    updated_at = excluded.updated_at""")) {
            Location.Address a = l.address();
            s.setObject(1, l.id());
            s.setObject(2, l.organizationId());
            s.setString(3, Sql.en(l.name()));
            s.setString(4, Sql.bn(l.name()));
            s.setString(5, a == null ? null : a.line());
            s.setString(6, a == null ? null : a.city());
            s.setString(7, a == null ? null : a.postalCode());
            s.setString(8, l.area().divisionId());
            s.setString(9, l.area().districtId());
            s.setString(10, l.area().upazilaId());
            s.setString(11, l.area().unionId());
            Sql.setDecimal(s, 12, l.latitude());
            Sql.setDecimal(s, 13, l.longitude());
            s.setBoolean(14, l.confidential());
            Sql.setTime(s, 15, at);
            s.executeUpdate();
        } catch (SQLException e) {
            throw Sql.failed("saving a location", e);
        }
    }

    public Optional<Location> find(UUID id) {
        return query("SELECT * FROM location WHERE id = ?", id).stream().findFirst();
    }

    public List<Location> ofOrganization(UUID organizationId) {
        return query("SELECT * FROM location WHERE organization_id = ? ORDER BY name_en, id", organizationId);
    }

    public List<Location> list(UUID organizationId, int page, int size) {
        return organizationId == null
                ? query("SELECT * FROM location ORDER BY name_en, id LIMIT ? OFFSET ?", size, (long) page * size)
                : query("SELECT * FROM location WHERE organization_id = ? ORDER BY name_en, id LIMIT ? OFFSET ?",
                organizationId, size, (long) page * size);
    }

    public long count(UUID organizationId) {
        String sql = organizationId == null ? "SELECT count(*) FROM location"
                : "SELECT count(*) FROM location WHERE organization_id = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            if (organizationId != null) s.setObject(1, organizationId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw Sql.failed("counting locations", e);
        }
    }

    public void delete(UUID id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("DELETE FROM location WHERE id = ?")) {
            s.setObject(1, id);
            s.executeUpdate();
        } catch (SQLException e) {
            throw Sql.failed("removing a location", e);
        }
    }

    private List<Location> query(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) s.setObject(i + 1, args[i]);
            List<Location> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) out.add(read(rs));
            }
            return out;
        } catch (SQLException e) {
            throw Sql.failed("reading locations", e);
        }
    }

    private static Location read(ResultSet rs) throws SQLException {
        String line = rs.getString("address_line");
        String city = rs.getString("city");
        String postal = rs.getString("postal_code");
        Location.Address address = line == null && city == null && postal == null ? null : new Location.Address(line, city, postal);
        return new Location(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class), Sql.text(rs, "name"),
                address, new Location.Area(rs.getString("division_id"), rs.getString("district_id"),
                rs.getString("upazila_id"), rs.getString("union_id")),
                Sql.decimal(rs, "latitude"), Sql.decimal(rs, "longitude"), rs.getBoolean("confidential"));
    }
}
