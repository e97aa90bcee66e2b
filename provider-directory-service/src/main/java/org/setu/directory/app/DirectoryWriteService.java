package org.setu.directory.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.setu.kit.api.NotFound;
import org.jboss.logging.Logger;
import org.setu.directory.domain.Actor;
import org.setu.directory.domain.DirectoryAccess;
import org.setu.directory.domain.EntryRules;
import org.setu.directory.domain.FieldProblem;
import org.setu.directory.domain.Location;
import org.setu.directory.domain.Organization;
import org.setu.directory.domain.ProviderService;
import org.setu.directory.persistence.LocationRepository;
import org.setu.directory.persistence.OrganizationRepository;
import org.setu.directory.persistence.ServiceRepository;
import org.setu.events.directory.Capacity;
import org.setu.events.directory.CapacityChanged;
import org.setu.events.directory.ServiceRemoved;
import org.setu.events.directory.ServiceUpserted;
import org.setu.kit.audit.AuditTrail;
import org.setu.kit.outbox.Outbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Every change of the directory: it checks who may, checks the rules, saves, records the audit entry and
 * records the event the compacted topic owes, all in one transaction.
 */
@ApplicationScoped
public class DirectoryWriteService {

    private static final Logger LOG = Logger.getLogger(DirectoryWriteService.class);
    private static final String PURPOSE = "DIRECTORY_MANAGEMENT";

    @Inject
    OrganizationRepository organizations;

    @Inject
    LocationRepository locations;

    @Inject
    ServiceRepository services;

    @Inject
    GeographyService geography;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    // ---- organizations

    @Transactional
    public Organization createOrganization(Actor a, Organization o) {
        RequestActor.require(DirectoryAccess.createOrganization(a));
        organizations.save(o, Clock.now());
        audit.record(AuditTrail.CREATE, "organization", o.id().toString(), PURPOSE);
        return o;
    }

    @Transactional
    public Organization updateOrganization(Actor a, UUID id, Organization o) {
        Organization before = organizations.find(id).orElseThrow(NotFound::new);
        RequestActor.require(DirectoryAccess.manageEntriesOf(a, id));
        // only directory admins decide what is a sample
        Organization after = new Organization(id, o.name(), o.description(), o.email(), o.website(), o.phone(),
                a.is(Actor.DIRECTORY_ADMIN) ? o.sample() : before.sample());
        organizations.save(after, Clock.now());
        audit.record(AuditTrail.CHANGE, "organization", id.toString(), PURPOSE);
        return after;
    }

    /** Removes the organization with its services (each announced as removed) and its locations. */
    @Transactional
    public void removeOrganization(Actor a, UUID id) {
        organizations.find(id).orElseThrow(NotFound::new);
        RequestActor.require(DirectoryAccess.removeOrganization(a));
        for (UUID service : services.idsOfOrganization(id)) removeServiceUnchecked(service, id);
        organizations.delete(id);
        audit.record(AuditTrail.ERASE, "organization", id.toString(), PURPOSE);
    }

    // ---- locations

    @Transactional
    public Location createLocation(Actor a, Location l) {
        RequestActor.require(DirectoryAccess.manageEntriesOf(a, l.organizationId()));
        requireOrganization(l.organizationId());
        Location saved = validLocation(l);
        locations.save(saved, Clock.now());
        audit.record(AuditTrail.CREATE, "location", l.id().toString(), PURPOSE);
        return saved;
    }

    @Transactional
    public Location updateLocation(Actor a, UUID id, Location l) {
        Location before = locations.find(id).orElseThrow(NotFound::new);
        RequestActor.require(DirectoryAccess.manageEntriesOf(a, before.organizationId()));
        if (!before.organizationId().equals(l.organizationId())) {
            throw new RuleViolations(List.of(new FieldProblem("organizationId", "cannot change; create a new location instead")));
        }
        Location saved = validLocation(new Location(id, l.organizationId(), l.name(), l.address(), l.area(),
                l.latitude(), l.longitude(), l.confidential()));
        locations.save(saved, Clock.now());
        audit.record(AuditTrail.CHANGE, "location", id.toString(), PURPOSE);
        return saved;
    }

    @Transactional
    public void removeLocation(Actor a, UUID id) {
        Location before = locations.find(id).orElseThrow(NotFound::new);
        RequestActor.require(DirectoryAccess.manageEntriesOf(a, before.organizationId()));
        locations.delete(id);
        audit.record(AuditTrail.ERASE, "location", id.toString(), PURPOSE);
    }

    private Location validLocation(Location l) {
        RuleViolations.throwIfAny(EntryRules.area(l.area(), geography.geography(), "area"));
        return new Location(l.id(), l.organizationId(), l.name(), l.address(),
                EntryRules.completed(l.area(), geography.geography()), l.latitude(), l.longitude(), l.confidential());
    }

    // ---- services

    @Transactional
    public ProviderService createService(Actor a, ProviderService draft) {
        RequestActor.require(DirectoryAccess.manageEntriesOf(a, draft.organizationId()));
        requireOrganization(draft.organizationId());
        ProviderService saved = draft.withVersion(1, Clock.now());
        validate(saved);
        return upserted(saved, AuditTrail.CREATE);
    }

    @Transactional
    public ProviderService updateService(Actor a, UUID id, ProviderService draft) {
        ProviderService before = services.findForUpdate(id).orElseThrow(NotFound::new);
        RequestActor.require(DirectoryAccess.manageEntriesOf(a, before.organizationId()));
        if (!before.organizationId().equals(draft.organizationId())) {
            throw new RuleViolations(List.of(new FieldProblem("organizationId", "cannot change; create the service under the other organization")));
        }
        ProviderService saved = new ProviderService(id, before.organizationId(), before.version() + 1, draft.name(),
                draft.description(), draft.category(), draft.coverage(), draft.eligibility(), draft.languages(),
                draft.capacity(), draft.acceptingReferrals(), draft.referralContact(), draft.schedule(),
                draft.locationIds(), Clock.now());
        validate(saved);
        return upserted(saved, AuditTrail.CHANGE);
    }

    @Transactional
    public void removeService(Actor a, UUID id) {
        ProviderService before = services.findForUpdate(id).orElseThrow(NotFound::new);
        RequestActor.require(DirectoryAccess.manageEntriesOf(a, before.organizationId()));
        removeServiceUnchecked(id, before.organizationId());
    }

    @Transactional
    public ProviderService updateCapacity(Actor a, UUID id, Capacity capacity) {
        ProviderService before = services.findForUpdate(id).orElseThrow(NotFound::new);
        RequestActor.require(DirectoryAccess.updateCapacity(a, before.organizationId()));
        RuleViolations.throwIfAny(EntryRules.capacity(capacity, "capacity").stream()
                .map(p -> new FieldProblem(p.field().replaceFirst("^capacity\\.", ""), p.message())).toList());
        Instant at = Clock.now();
        ProviderService after = before.withCapacity(capacity, at);
        services.save(after);
        outbox.record(new CapacityChanged(after.snapshot(), before.capacity(), at));
        audit.record(AuditTrail.CHANGE, "directory-service", id.toString(), PURPOSE);
        LOG.infof("service %s capacity now %d of %d", id, capacity.available(), capacity.total());
        return after;
    }

    /** Saves a service that passed its checks elsewhere (an import), announcing it like any other change. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ProviderService saveChecked(ProviderService s, String action) {
        validate(s);
        return upserted(s, action);
    }

    private ProviderService upserted(ProviderService checked, String action) {
        ProviderService saved = checked.normalized();
        services.save(saved);
        outbox.record(new ServiceUpserted(saved.snapshot(), saved.updatedAt()));
        audit.record(action, "directory-service", saved.id().toString(), PURPOSE);
        LOG.infof("service %s of organization %s saved, version %d", saved.id(), saved.organizationId(), saved.version());
        return saved;
    }

    private void removeServiceUnchecked(UUID id, UUID organizationId) {
        services.delete(id);
        outbox.record(new ServiceRemoved(id, organizationId, Clock.now()));
        audit.record(AuditTrail.ERASE, "directory-service", id.toString(), PURPOSE);
        LOG.infof("service %s of organization %s removed", id, organizationId);
    }

    private void validate(ProviderService s) {
        List<FieldProblem> problems = new ArrayList<>();
        problems.addAll(EntryRules.coverage(s.coverage(), geography.geography(), "coverage"));
        problems.addAll(EntryRules.eligibility(s.eligibility(), "eligibility"));
        problems.addAll(EntryRules.capacity(s.capacity(), "capacity"));
        Set<UUID> own = new HashSet<>();
        for (Location l : locations.ofOrganization(s.organizationId())) own.add(l.id());
        for (int i = 0; i < s.locationIds().size(); i++) {
            if (!own.contains(s.locationIds().get(i))) {
                problems.add(new FieldProblem("locationIds[" + i + "]", "is not a location of the service's organization"));
            }
        }
        RuleViolations.throwIfAny(problems);
    }

    private void requireOrganization(UUID id) {
        if (organizations.find(id).isEmpty()) {
            throw new RuleViolations(List.of(new FieldProblem("organizationId", "is not a known organization")));
        }
    }
}
