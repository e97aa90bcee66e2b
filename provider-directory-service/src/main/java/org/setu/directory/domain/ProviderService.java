package org.setu.directory.domain;

import org.setu.events.directory.Capacity;
import org.setu.events.directory.Coverage;
import org.setu.events.directory.DirectoryService;
import org.setu.events.directory.Eligibility;
import org.setu.events.directory.LocalizedText;
import org.setu.events.directory.ReferralContact;
import org.setu.events.vocabulary.ServiceCategory;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A service an organization offers (HSDS service): one category, the areas it takes people from, who it
 * takes, its languages, its free capacity and whether it takes referrals now, and its focal point.
 *
 * @param version   grows with every change; the snapshot on the bus carries it
 * @param capacity  null when the service does not count its capacity
 * @param schedule  opening hours in words, may be null
 */
public record ProviderService(UUID id, UUID organizationId, long version, LocalizedText name, LocalizedText description,
                              ServiceCategory category, List<Coverage> coverage, Eligibility eligibility,
                              List<String> languages, Capacity capacity, boolean acceptingReferrals,
                              ReferralContact referralContact, LocalizedText schedule, List<UUID> locationIds,
                              Instant updatedAt) {

    public ProviderService {
        coverage = List.copyOf(coverage);
        languages = List.copyOf(languages);
        locationIds = List.copyOf(locationIds);
    }

    /** What the compacted topic keeps: everything routing and notifications need, no addresses. */
    public DirectoryService snapshot() {
        return new DirectoryService(id, organizationId, version, name, category, coverage, eligibility, languages,
                capacity, acceptingReferrals, referralContact);
    }

    public ProviderService withCapacity(Capacity newCapacity, Instant at) {
        return new ProviderService(id, organizationId, version + 1, name, description, category, coverage, eligibility,
                languages, newCapacity, acceptingReferrals, referralContact, schedule, locationIds, at);
    }

    /** The same service with its coverage in the directory's stable order (national first, then by level and code). */
    public ProviderService normalized() {
        return new ProviderService(id, organizationId, version, name, description, category, Coverages.ordered(coverage),
                eligibility, languages, capacity, acceptingReferrals, referralContact, schedule, locationIds, updatedAt);
    }

    public ProviderService withVersion(long newVersion, Instant at) {
        return new ProviderService(id, organizationId, newVersion, name, description, category, coverage, eligibility,
                languages, capacity, acceptingReferrals, referralContact, schedule, locationIds, at);
    }
}
