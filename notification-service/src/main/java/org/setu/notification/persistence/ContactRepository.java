package org.setu.notification.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.setu.notification.domain.DirectoryContact;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The read model of directory referral contacts. A snapshot older than the one held is ignored: the writes are
 * native upserts whose conflict clause decides, so that two deliveries of the compacted topic cannot race.
 */
@ApplicationScoped
public class ContactRepository implements PanacheRepositoryBase<ContactEntity, UUID> {

    public void upsert(DirectoryContact c, Instant at) {
        getSession().createNativeMutationQuery("""
                        INSERT INTO directory_contact (service_id, organization_id, version, email, phone, language, removed, updated_at)
                        VALUES (:service, :organization, :version, :email, :phone, :language, FALSE, :at)
                        ON CONFLICT (service_id) DO UPDATE SET organization_id = EXCLUDED.organization_id,
                            version = EXCLUDED.version, email = EXCLUDED.email, phone = EXCLUDED.phone,
                            language = EXCLUDED.language, removed = FALSE, updated_at = EXCLUDED.updated_at
                        WHERE directory_contact.version <= EXCLUDED.version""")
                .setParameter("service", c.serviceId()).setParameter("organization", c.organizationId())
                .setParameter("version", c.version()).setParameter("email", c.email(), String.class)
                .setParameter("phone", c.phone(), String.class).setParameter("language", c.language(), String.class)
                .setParameter("at", at).executeUpdate();
    }

    /** A removed service keeps its row, marked, so that a late notification finds "removed" rather than "unknown". */
    public void remove(UUID serviceId, UUID organizationId, Instant at) {
        getSession().createNativeMutationQuery("""
                        INSERT INTO directory_contact (service_id, organization_id, version, removed, updated_at)
                        VALUES (:service, :organization, 0, TRUE, :at)
                        ON CONFLICT (service_id) DO UPDATE SET removed = TRUE, email = NULL, phone = NULL,
                            updated_at = EXCLUDED.updated_at""")
                .setParameter("service", serviceId).setParameter("organization", organizationId).setParameter("at", at)
                .executeUpdate();
    }

    public Optional<DirectoryContact> find(UUID serviceId) {
        return findByIdOptional(serviceId).map(ContactRepository::toDomain);
    }

    public List<DirectoryContact> ofOrganization(UUID organizationId) {
        return find("organizationId = ?1 and removed = false", Sort.by("serviceId"), organizationId).list().stream()
                .map(ContactRepository::toDomain).toList();
    }

    private static DirectoryContact toDomain(ContactEntity e) {
        return new DirectoryContact(e.serviceId, e.organizationId, e.version, e.email, e.phone, e.language, e.removed);
    }
}
