package org.setu.directory.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.LockModeType;
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

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Services with their coverage and locations. Read through Hibernate ORM with Panache (a page of services and
 * their two collections in three queries). A save replaces the whole service, as the snapshot does: one batched
 * native upsert, the same for one service and for the sample and generated directories' bulk loads
 * (docs/architecture.md, "Persistence").
 */
@ApplicationScoped
@ActivateRequestContext
public class ServiceRepository implements PanacheRepositoryBase<ServiceEntity, UUID> {

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

    public void save(ProviderService service) {
        saveAll(List.of(service));
    }

    /** Saves many services in batches: the sample directory and the benchmark's generator load this way. */
    public void saveAll(Collection<ProviderService> services) {
        if (services.isEmpty()) return;
        // organizations and locations saved in this transaction may still wait in the session: the services'
        // foreign keys need them written first. The session holds no service (every read below detaches what it
        // loaded), so nothing in it goes stale.
        flush();
        getSession().doWork(c -> write(c, services));
    }

    private static void write(Connection c, Collection<ProviderService> services) throws SQLException {
        try (PreparedStatement upsert = c.prepareStatement(UPSERT);
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
        }
    }

    private static void bind(Connection c, PreparedStatement s, ProviderService v) throws SQLException {
        Eligibility e = v.eligibility();
        Capacity cap = v.capacity();
        ReferralContact rc = v.referralContact();
        s.setObject(1, v.id());
        s.setObject(2, v.organizationId());
        s.setLong(3, v.version());
        s.setString(4, Texts.en(v.name()));
        s.setString(5, Texts.bn(v.name()));
        s.setString(6, Texts.en(v.description()));
        s.setString(7, Texts.bn(v.description()));
        s.setString(8, v.category().name());
        s.setArray(9, textArray(c, e.genders()));
        setInteger(s, 10, e.minAge());
        setInteger(s, 11, e.maxAge());
        s.setArray(12, textArray(c, e.victimCategories()));
        s.setArray(13, textArray(c, e.nationalities()));
        s.setArray(14, textArray(c, v.languages()));
        setInteger(s, 15, cap == null ? null : cap.available());
        setInteger(s, 16, cap == null ? null : cap.total());
        s.setString(17, cap == null ? null : cap.unit().name());
        s.setBoolean(18, v.acceptingReferrals());
        s.setString(19, rc.email());
        s.setString(20, rc.phone());
        s.setString(21, rc.webhookUrl());
        s.setString(22, rc.language());
        s.setString(23, Texts.en(v.schedule()));
        s.setString(24, Texts.bn(v.schedule()));
        s.setString(25, SearchText.indexOf(Texts.en(v.name()), Texts.bn(v.name()), Texts.en(v.description()), Texts.bn(v.description())));
        s.setTimestamp(26, Timestamp.from(v.updatedAt()));
    }

    private static java.sql.Array textArray(Connection c, Collection<?> values) throws SQLException {
        return c.createArrayOf("text", values.stream().map(Object::toString).toArray());
    }

    private static void setInteger(PreparedStatement s, int i, Integer v) throws SQLException {
        if (v == null) s.setNull(i, Types.INTEGER);
        else s.setInt(i, v);
    }

    public Optional<ProviderService> find(UUID id) {
        return findAll(List.of(id)).stream().findFirst();
    }

    /** The services with these ids, in the order of the ids; missing ones are left out. */
    public List<ProviderService> findAll(List<UUID> ids) {
        if (ids.isEmpty()) return List.of();
        List<ServiceEntity> found = list("id in ?1", ids);
        Map<UUID, ProviderService> byId = found.stream().collect(Collectors.toMap(e -> e.id, ServiceRepository::toDomain));
        // read, not kept: a save writes past the session
        found.forEach(getSession()::detach);
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    private static ProviderService toDomain(ServiceEntity e) {
        Capacity capacity = e.capacityAvailable == null ? null
                : new Capacity(e.capacityAvailable, e.capacityTotal == null ? 0 : e.capacityTotal, CapacityUnit.valueOf(e.capacityUnit));
        Eligibility eligibility = new Eligibility(codes(e.genders, Sex::valueOf), e.minAge, e.maxAge,
                codes(e.victimCategories, VictimCategory::valueOf), codes(e.nationalities, c -> c));
        List<Coverage> coverage = e.coverage.stream()
                .map(c -> new Coverage(CoverageLevel.valueOf(c.level), c.areaId.isEmpty() ? null : c.areaId)).toList();
        List<UUID> locations = e.locations.stream().sorted().toList();
        return new ProviderService(e.id, e.organizationId, e.version, Texts.of(e.nameEn, e.nameBn),
                Texts.of(e.descriptionEn, e.descriptionBn), ServiceCategory.valueOf(e.category), coverage, eligibility,
                codes(e.languages, c -> c), capacity, e.acceptingReferrals,
                new ReferralContact(e.contactEmail, e.contactPhone, e.contactWebhook, e.contactLanguage),
                Texts.of(e.scheduleEn, e.scheduleBn), locations, e.updatedAt).normalized();
    }

    private static <T> List<T> codes(String[] values, Function<String, T> parse) {
        return values == null ? List.of() : java.util.Arrays.stream(values).map(parse).toList();
    }

    /** Locks the service's row for a change, so that two changes of one service queue instead of losing one. */
    public Optional<ProviderService> findForUpdate(UUID id) {
        ServiceEntity locked = findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (locked == null) return Optional.empty();
        ProviderService service = toDomain(locked);
        getSession().detach(locked);
        return Optional.of(service);
    }

    /** Its coverage and locations go with it (the schema cascades). */
    public void delete(UUID id) {
        delete("id", id);
    }

    public List<UUID> idsOfOrganization(UUID organizationId) {
        return getEntityManager().createQuery("select s.id from ServiceEntity s where s.organizationId = :organization order by s.id",
                UUID.class).setParameter("organization", organizationId).getResultList();
    }

    /** The next ids after {@code after} (null: from the start), for walking the whole directory in batches. */
    public List<UUID> idsAfter(UUID after, int limit) {
        var query = after == null
                ? getEntityManager().createQuery("select s.id from ServiceEntity s order by s.id", UUID.class)
                : getEntityManager().createQuery("select s.id from ServiceEntity s where s.id > :after order by s.id", UUID.class)
                .setParameter("after", after);
        return query.setMaxResults(limit).getResultList();
    }
}
