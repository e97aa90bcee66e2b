package org.setu.referral.domain;

import org.setu.events.vocabulary.AgeBand;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Sex;
import org.setu.events.vocabulary.Urgency;
import org.setu.events.vocabulary.VictimCategory;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The pseudonymous facts about a case that routing needs, kept by this service from the screening events:
 * no name, no date of birth, no address. {@code caseRef} is null once the case was erased.
 *
 * @param victimCategory null when the screening found no protection need
 * @param home           {@link Place#UNKNOWN} when the screening did not record it
 * @param nationality    ISO 3166-1 alpha-2 (e.g. {@code BD}); null when the screening did not record it
 */
public record CaseFacts(UUID caseId, String caseRef, UUID agencyId, Urgency urgency, AgeBand ageBand, Sex sex,
                        VictimCategory victimCategory, Place currentLocation, Place home, List<String> languages,
                        Set<ServiceCategory> consentedServices, String shareLevel, String nationality) {

    public CaseFacts {
        languages = List.copyOf(languages);
        consentedServices = Set.copyOf(consentedServices);
        if (home == null) home = Place.UNKNOWN;
        if (currentLocation == null) currentLocation = Place.UNKNOWN;
        if (nationality != null && nationality.isBlank()) nationality = null;
    }

    public boolean isChild() {
        return ageBand != null && ageBand.isChild();
    }

    public boolean consentsTo(ServiceCategory category) {
        return consentedServices.contains(category);
    }

    public CaseFacts withConsent(Set<ServiceCategory> services, String share) {
        return new CaseFacts(caseId, caseRef, agencyId, urgency, ageBand, sex, victimCategory, currentLocation, home,
                languages, services, share, nationality);
    }
}
