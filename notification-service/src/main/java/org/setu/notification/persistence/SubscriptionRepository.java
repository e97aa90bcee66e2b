package org.setu.notification.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Subscriptions on Hibernate ORM with Panache; each secret is sealed on its way in and opened on its way out. */
@ApplicationScoped
public class SubscriptionRepository implements PanacheRepositoryBase<SubscriptionEntity, UUID> {

    private static final Sort OLDEST_FIRST = Sort.by("createdAt").and("id");

    @Inject
    WebhookSecrets secrets;

    public void insert(SubscriptionRow r) {
        SubscriptionEntity e = new SubscriptionEntity();
        e.id = r.id();
        e.agencyId = r.agencyId();
        e.createdAt = r.createdAt();
        copy(r, e);
        persist(e);
    }

    public void update(SubscriptionRow r) {
        SubscriptionEntity e = findById(r.id());
        if (e == null) return;
        copy(r, e);
    }

    private void copy(SubscriptionRow r, SubscriptionEntity e) {
        WebhookSecrets.Sealed sealed = r.secret() == null ? null : secrets.seal(r.id(), r.secret());
        e.channel = r.channel();
        e.address = r.address();
        e.language = r.language();
        e.eventTypes = r.eventTypes().toArray(String[]::new);
        e.plainSecret = null;
        e.secretSealed = sealed == null ? null : sealed.ciphertext();
        e.secretKeyId = sealed == null ? null : sealed.keyId();
        e.active = r.active();
        e.version = r.version();
        e.updatedAt = r.updatedAt();
    }

    /** Joins the caller's transaction, or runs in one of its own. */
    @Transactional
    public boolean delete(UUID id) {
        return delete("id", id) == 1;
    }

    public Optional<SubscriptionRow> find(UUID id) {
        return findByIdOptional(id).map(this::toRow);
    }

    public List<SubscriptionRow> ofAgency(UUID agencyId) {
        return find("agencyId", OLDEST_FIRST, agencyId).list().stream().map(this::toRow).toList();
    }

    /**
     * The active subscriptions of the agencies that take part in a referral: its provider and its referring agency.
     * Two parameters rather than a list: Hibernate does not cache the plan of a query bound to a list, and this one
     * runs for every referral event.
     */
    public List<SubscriptionRow> activeOf(Collection<UUID> agencies) {
        List<UUID> ids = agencies.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) return List.of();
        List<SubscriptionEntity> found = ids.size() <= 2
                ? find("active = true and (agencyId = ?1 or agencyId = ?2)", OLDEST_FIRST, ids.get(0), ids.get(ids.size() - 1)).list()
                : find("active = true and agencyId in ?1", OLDEST_FIRST, ids).list();
        return found.stream().map(this::toRow).toList();
    }

    private SubscriptionRow toRow(SubscriptionEntity e) {
        // the legacy plain column is read too, for the moments between migration V3 and the start-up job that empties it
        String secret = e.secretSealed != null ? secrets.open(e.id, e.secretSealed, e.secretKeyId) : e.plainSecret;
        return new SubscriptionRow(e.id, e.agencyId, e.channel, e.address, e.language, List.of(e.eventTypes), secret,
                e.active, e.version, e.createdAt, e.updatedAt);
    }
}
