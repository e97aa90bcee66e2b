package org.setu.directory.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import org.setu.directory.domain.Organization;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Organizations on Hibernate ORM with Panache. Also read at start-up, outside any request. */
@ApplicationScoped
@ActivateRequestContext
public class OrganizationRepository implements PanacheRepositoryBase<OrganizationEntity, UUID> {

    private static final Sort BY_NAME = Sort.by("nameEn").and("id");

    /** Creates the organization or replaces what it says. */
    public void save(Organization o, Instant at) {
        OrganizationEntity e = findById(o.id());
        boolean created = e == null;
        if (created) {
            e = new OrganizationEntity();
            e.id = o.id();
        }
        e.nameEn = Texts.en(o.name());
        e.nameBn = Texts.bn(o.name());
        e.descriptionEn = Texts.en(o.description());
        e.descriptionBn = Texts.bn(o.description());
        e.email = o.email();
        e.website = o.website();
        e.phone = o.phone();
        e.sample = o.sample();
        e.updatedAt = at;
        // Hibernate takes a new entity's state when it is persisted: only once it is complete
        if (created) persist(e);
    }

    public Optional<Organization> find(UUID id) {
        return findByIdOptional(id).map(OrganizationRepository::toDomain);
    }

    /** One page, by English name. */
    public List<Organization> list(int page, int size) {
        return findAll(BY_NAME).page(Page.of(page, size)).list().stream().map(OrganizationRepository::toDomain).toList();
    }

    public List<Organization> all() {
        return findAll(BY_NAME).list().stream().map(OrganizationRepository::toDomain).toList();
    }

    /** Its locations go with it (the schema cascades). */
    public void delete(UUID id) {
        delete("id", id);
    }

    private static Organization toDomain(OrganizationEntity e) {
        return new Organization(e.id, Texts.of(e.nameEn, e.nameBn), Texts.of(e.descriptionEn, e.descriptionBn), e.email,
                e.website, e.phone, e.sample);
    }
}
