package org.setu.directory.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.setu.directory.domain.ProviderService;
import org.setu.directory.domain.SearchText;
import org.setu.events.directory.Capacity;
import org.setu.events.directory.CapacityUnit;
import org.setu.events.directory.Coverage;
import org.setu.events.directory.CoverageLevel;
import org.setu.events.directory.Eligibility;
import org.setu.events.directory.ReferralContact;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Sex;
import org.setu.events.vocabulary.VictimCategory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Services with their coverage and locations. A save replaces the whole service, as the snapshot does. */
@ApplicationScoped
public class ServiceStore {

    private static final String UPSERT = """
            INSERT INTO directory_service (id, organization_id, version, name_en, name_bn, description_en, description_bn,
                category, genders, min_age, max_age, victim_categories, nationalities, languages, capacity_available,
                capacity_total, capacity_unit, accepting_referrals, contact_email, contact_phone, contact_webhook,
                contact_language, schedule_en, schedule_bn, search_text, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET organization_id = excluded.organization_id, version = excluded.version,
                name_en = excluded.name_en, name_bn = excluded.name_bn, description_en = excluded.description_en,
                description_bn = excluded.description_bn, category = excluded.category, genders = excluded.genders,
                min_age = excluded.min_age, max_age = excluded.max_age, victim_categories = excluded.victim_categories,
                nationalities = excluded.nationalities, languages = excluded.languages,
                capacity_available = excluded.capacity_available, capacity_total = excluded.capacity_total,
                capacity_unit = excluded.capacity_unit, accepting_referrals = excluded.accepting_referrals,
                contact_email = excluded.contact_email, contact_phone = excluded.contact_phone,
                contact_webhook = excluded.contact_webhook, contact_language = excluded.contact_language,
                schedule_en = excluded.schedule_en, schedule_bn = excluded.schedule_bn,
                search_text = excluded.search_text, updated_at = excluded.updated_at""";

    @Inject
    DataSource dataSource;

    public void save(ProviderService service) {
        saveAll(List.of(service));
    }

    /** Saves many services in batches: the sample directory and the benchmark's generator load this way. */
    public void saveAll(Collection<ProviderService> services) {
        if (services.isEmpty()) return;
        try (Connection c = dataSource.getConnection();
             PreparedStatement upsert = c.prepareStatement(UPSERT);
             PreparedStatement clearCoverage = c.prepareStatement("DELETE FROM service_coverage WHERE service_id = ?");
             PreparedStatement clearLocations = c.prepareStatement("DELETE FROM service_location WHERE service_id = ?");
             PreparedStatement coverage = c.prepareStatement("INSERT INTO service_coverage (service_id, level, area_id, category) VALUES (?, ?, ?, ?)");
             PreparedStatement location = c.prepareStatement("INSERT INTO service_location (service_id, location_id) VALUES (?, ?)")) {
            for (ProviderService s : services) {
                bind(c, upsert, s);
                upsert.addBatch();
                clearCoverage.setObject(1, s.id());
                clearCoverage.addBatch();
                clearLocations.setObject(1, s.id());
                clearLocations.addBatch();
                for (Coverage cov : s.coverage()) {
                    coverage.setObject(1, s.id());
                    coverage.setString(2, cov.level().name());
                    coverage.setString(3, cov.id() == null ? "" : cov.id());
                    coverage.setString(4, s.category().name());
                    coverage.addBatch();
                }
                for (UUID l : s.locationIds()) {
                    location.setObject(1, s.id());
                    location.setObject(2, l);
                    location.addBatch();
                }
            }
            upsert.executeBatch();
            clearCoverage.executeBatch();
            clearLocations.executeBatch();
            coverage.executeBatch();
            location.executeBatch();
        } catch (SQLException e) {
            throw Sql.failed("saving services", e);
        }
    }

    private static void bind(Connection c, PreparedStatement s, ProviderService v) throws SQLException {
        Eligibility e = v.eligibility();
        Capacity cap = v.capacity();
        ReferralContact rc = v.referralContact();
        s.setObject(1, v.id());
        s.setObject(2, v.organizationId());
        s.setLong(3, v.version());
        s.setString(4, Sql.en(v.name()));
        s.setString(5, Sql.bn(v.name()));
        s.setString(6, Sql.en(v.description()));
        s.setString(7, Sql.bn(v.description()));
        s.setString(8, v.category().name());
        s.setArray(9, Sql.textArray(c, e.genders()));
        Sql.setInteger(s, 10, e.minAge());
        Sql.setInteger(s, 11, e.maxAge());
        s.setArray(12, Sql.textArray(c, e.victimCategories()));
        s.setArray(13, Sql.textArray(c, e.nationalities()));
        s.setArray(14, Sql.textArray(c, v.languages()));
        Sql.setInteger(s, 15, cap == null ? null : cap.available());
        Sql.setInteger(s, 16, cap == null ? null : cap.total());
        s.setString(17, cap == null ? null : cap.unit().name());
        s.setBoolean(18, v.acceptingReferrals());
        s.setString(19, rc.email());
        s.setString(20, rc.phone());
        s.setString(21, rc.webhookUrl());
        s.setString(22, rc.language());
        s.setString(23, Sql.en(v.schedule()));
        s.setString(24, Sql.bn(v.schedule()));
        s.setString(25, SearchText.indexOf(Sql.en(v.name()), Sql.bn(v.name()), Sql.en(v.description()), Sql.bn(v.description())));
        Sql.setTime(s, 26, v.updatedAt());
    }

    public Optional<ProviderService> find(UUID id) {
        return findAll(List.of(id)).stream().findFirst();
    }

    /** The services with these ids, in the order of the ids; missing ones are left out. */
    public List<ProviderService> findAll(List<UUID> ids) {
        if (ids.isEmpty()) return List.of();
        try (Connection c = dataSource.getConnection()) {
            Object[] idArray = ids.toArray();
            Map<UUID, List<Coverage>> coverage = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT service_id, level, area_id FROM service_coverage WHERE service_id = ANY (?)")) {
                s.setArray(1, c.createArrayOf("uuid", idArray));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        String area = rs.getString("area_id");
                        coverage.computeIfAbsent(rs.getObject("service_id", UUID.class), k -> new ArrayList<>())
                                .add(new Coverage(CoverageLevel.valueOf(rs.getString("level")), area.isEmpty() ? null : area));
                    }
                }
            }
            Map<UUID, List<UUID>> locations = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT service_id, location_id FROM service_location WHERE service_id = ANY (?) ORDER BY location_id")) {
                s.setArray(1, c.createArrayOf("uuid", idArray));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        locations.computeIfAbsent(rs.getObject("service_id", UUID.class), k -> new ArrayList<>())
                                .add(rs.getObject("location_id", UUID.class));
                    }
                }
            }
            Map<UUID, ProviderService> byId = new LinkedHashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT * FROM directory_service WHERE id = ANY (?)")) {
                s.setArray(1, c.createArrayOf("uuid", idArray));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        UUID id = rs.getObject("id", UUID.class);
                        byId.put(id, read(rs, coverage.getOrDefault(id, List.of()), locations.getOrDefault(id, List.of())).normalized());
                    }
                }
            }
            return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
        } catch (SQLException e) {
            throw Sql.failed("reading services", e);
        }
    }

    private static ProviderService read(ResultSet rs, List<Coverage> coverage, List<UUID> locations) throws SQLException {
        Integer available = Sql.integer(rs, "capacity_available");
        Capacity capacity = available == null ? null
                : new Capacity(available, rs.getInt("capacity_total"), CapacityUnit.valueOf(rs.getString("capacity_unit")));
        Eligibility eligibility = new Eligibility(
                Sql.strings(rs, "genders").stream().map(Sex::valueOf).toList(),
                Sql.integer(rs, "min_age"), Sql.integer(rs, "max_age"),
                Sql.strings(rs, "victim_categories").stream().map(VictimCategory::valueOf).toList(),
                Sql.strings(rs, "nationalities"));
        return new ProviderService(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
                rs.getLong("version"), Sql.text(rs, "name"), Sql.text(rs, "description"),
                ServiceCategory.valueOf(rs.getString("category")), coverage, eligibility, Sql.strings(rs, "languages"),
                capacity, rs.getBoolean("accepting_referrals"),
                new ReferralContact(rs.getString("contact_email"), rs.getString("contact_phone"),
                        rs.getString("contact_webhook"), rs.getString("contact_language")),
                Sql.text(rs, "schedule"), locations, Sql.time(rs, "updated_at"));
    }

    /** Locks the service's row for a change, so that two changes of one service queue instead of losing one. */
    public Optional<ProviderService> findForUpdate(UUID id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT id FROM directory_service WHERE id = ? FOR UPDATE")) {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) return Optional.empty();
            }
        } catch (SQLException e) {
            throw Sql.failed("locking a service", e);
        }
        return find(id);
    }

    public void delete(UUID id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("DELETE FROM directory_service WHERE id = ?")) {
            s.setObject(1, id);
            s.executeUpdate();
        } catch (SQLException e) {
            throw Sql.failed("removing a service", e);
        }
    }

    public List<UUID> idsOfOrganization(UUID organizationId) {
        return ids("SELECT id FROM directory_service WHERE organization_id = ? ORDER BY id", organizationId);
    }

    /** The next ids after {@code after} (null: from the start), for walking the whole directory in batches. */
    public List<UUID> idsAfter(UUID after, int limit) {
        return after == null
                ? ids("SELECT id FROM directory_service ORDER BY id LIMIT ?", limit)
                : ids("SELECT id FROM directory_service WHERE id > ? ORDER BY id LIMIT ?", after, limit);
    }

    public long count() {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("SELECT count(*) FROM directory_service");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw Sql.failed("counting services", e);
        }
    }

    private List<UUID> ids(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) s.setObject(i + 1, args[i]);
            List<UUID> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) out.add(rs.getObject(1, UUID.class));
            }
            return out;
        } catch (SQLException e) {
            throw Sql.failed("reading service ids", e);
        }
    }
}
