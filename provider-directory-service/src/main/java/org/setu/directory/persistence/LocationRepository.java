package org.setu.directory.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import org.setu.directory.domain.Location;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Locations on Hibernate ORM with Panache. */
@ApplicationScoped
@ActivateRequestContext
public class LocationRepository implements PanacheRepositoryBase<LocationEntity, UUID> {

    private static final Sort BY_NAME = Sort.by("nameEn").and("id");

    /** Creates the location or replaces what it says. */
    public void save(Location l, Instant at) {
        LocationEntity e = findById(l.id());
        boolean created = e == null;
        if (created) {
            e = new LocationEntity();
            e.id = l.id();
        }
        Location.Address a = l.address();
        e.organizationId = l.organizationId();
        e.nameEn = Texts.en(l.name());
        e.nameBn = Texts.bn(l.name());
        e.addressLine = a == null ? null : a.line();
        e.city = a == null ? null : a.city();
        e.postalCode = a == null ? null : a.postalCode();
        e.divisionId = l.area().divisionId();
        e.districtId = l.area().districtId();
        e.upazilaId = l.area().upazilaId();
        e.unionId = l.area().unionId();
        e.latitude = l.latitude();
        e.longitude = l.longitude();
        e.confidential = l.confidential();
        e.updatedAt = at;
        // Hibernate takes a new entity's state when it is persisted: only once it is complete
        if (created) persist(e);
    }

    public Optional<Location> find(UUID id) {
        return findByIdOptional(id).map(LocationRepository::toDomain);
    }

    public List<Location> ofOrganization(UUID organizationId) {
        return find("organizationId", BY_NAME, organizationId).list().stream().map(LocationRepository::toDomain).toList();
    }

    public List<Location> list(UUID organizationId, int page, int size) {
        var query = organizationId == null ? findAll(BY_NAME) : find("organizationId", BY_NAME, organizationId);
        return query.page(Page.of(page, size)).list().stream().map(LocationRepository::toDomain).toList();
    }

    public long count(UUID organizationId) {
        return organizationId == null ? count() : count("organizationId", organizationId);
    }

    public void delete(UUID id) {
        delete("id", id);
    }

    private static Location toDomain(LocationEntity e) {
        Location.Address address = e.addressLine == null && e.city == null && e.postalCode == null ? null
                : new Location.Address(e.addressLine, e.city, e.postalCode);
        return new Location(e.id, e.organizationId, Texts.of(e.nameEn, e.nameBn), address,
                new Location.Area(e.divisionId, e.districtId, e.upazilaId, e.unionId), e.latitude, e.longitude, e.confidential);
    }
}
