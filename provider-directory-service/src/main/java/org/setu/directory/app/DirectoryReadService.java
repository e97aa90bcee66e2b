package org.setu.directory.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.setu.kit.api.NotFound;
import org.setu.directory.domain.Actor;
import org.setu.directory.domain.Coverages;
import org.setu.directory.domain.DirectoryAccess;
import org.setu.directory.domain.Location;
import org.setu.directory.domain.Organization;
import org.setu.directory.domain.ProviderService;
import org.setu.directory.domain.SearchCriteria;
import org.setu.directory.persistence.LocationRepository;
import org.setu.directory.persistence.OrganizationRepository;
import org.setu.directory.persistence.ServiceSearchQuery;
import org.setu.directory.persistence.ServiceRepository;
import org.setu.events.directory.CoverageLevel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Reading the directory: open to every signed-in user, with confidential addresses only for those who need them. */
@ApplicationScoped
public class DirectoryReadService {

    @Inject
    OrganizationRepository organizations;

    @Inject
    LocationRepository locations;

    @Inject
    ServiceRepository services;

    @Inject
    ServiceSearchQuery search;

    public Organization organization(UUID id) {
        return organizations.find(id).orElseThrow(NotFound::new);
    }

    public Page<Organization> organizations(int page, int size) {
        return new Page<>(organizations.list(page, size), page, size, organizations.count());
    }

    public Location location(Actor a, UUID id) {
        return visibleTo(a, locations.find(id).orElseThrow(NotFound::new));
    }

    public Page<Location> locations(Actor a, UUID organizationId, int page, int size) {
        List<Location> items = locations.list(organizationId, page, size).stream().map(l -> visibleTo(a, l)).toList();
        return new Page<>(items, page, size, locations.count(organizationId));
    }

    /** A confidential address is left out, not masked: a reader cannot tell a street from its absence. */
    public static Location visibleTo(Actor a, Location l) {
        return !l.confidential() || DirectoryAccess.seeConfidentialAddress(a, l.organizationId()).allowed() ? l : l.withoutAddress();
    }

    public ProviderService service(UUID id) {
        return services.find(id).orElseThrow(NotFound::new);
    }

    public Page<SearchHit> search(SearchCriteria criteria) {
        ServiceSearchQuery.Hits hits = search.run(criteria);
        List<ProviderService> found = services.findAll(hits.ids());
        List<SearchHit> items = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            int fit = hits.fits().get(i);
            items.add(new SearchHit(found.get(i), fit == 0 ? null : Arrays.stream(CoverageLevel.values())
                    .filter(l -> Coverages.closeness(l) == fit).findFirst().orElse(null)));
        }
        return new Page<>(items, criteria.page(), criteria.size(), hits.total());
    }
}
