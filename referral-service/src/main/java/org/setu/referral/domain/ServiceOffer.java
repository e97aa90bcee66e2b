package org.setu.referral.domain;

import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Sex;
import org.setu.events.vocabulary.VictimCategory;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A directory service as routing sees it, from the read model. Empty sets mean "anyone" and a null age
 * "no limit", as in the directory, so that a service that wrote nothing down is not wrongly excluded.
 *
 * @param nationalities ISO 3166-1 alpha-2 codes the service is for; empty when it serves every nationality
 * @param freeCapacity  null when the service does not count its capacity
 */
public record ServiceOffer(UUID id, UUID organizationId, String name, ServiceCategory category, List<Area> coverage,
                           Set<Sex> genders, Integer minAge, Integer maxAge, Set<VictimCategory> victimCategories,
                           Set<String> nationalities, Set<String> languages, Integer freeCapacity, String capacityUnit,
                           boolean acceptingReferrals) {

    public ServiceOffer {
        coverage = List.copyOf(coverage);
        genders = Set.copyOf(genders);
        victimCategories = Set.copyOf(victimCategories);
        nationalities = Set.copyOf(nationalities);
        languages = Set.copyOf(languages);
    }
}
