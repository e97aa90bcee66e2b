package org.setu.referral.domain;

import org.setu.events.vocabulary.AgeBand;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Sex;
import org.setu.events.vocabulary.Urgency;
import org.setu.events.vocabulary.VictimCategory;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Real bd-geo codes: Chattagram division 1, Cox's Bazar district 9 (Ukhiya upazila 83); Dhaka division 6, district 47. */
final class Fixtures {

    static final String CHATTAGRAM = "1";
    static final String COXS_BAZAR = "9";
    static final String UKHIYA = "83";
    static final String TEKNAF = "87";

    private Fixtures() {
    }

    static CaseFacts girl16InCoxsBazar() {
        return new CaseFacts(UUID.randomUUID(), "BD-7K3F-9Q2M", UUID.randomUUID(), Urgency.HIGH, AgeBand.CHILD_12_17,
                Sex.FEMALE, VictimCategory.TRAFFICKING_VICTIM, new Place(CHATTAGRAM, COXS_BAZAR, UKHIYA), Place.UNKNOWN,
                List.of("bn"), Set.of(ServiceCategory.values()), "BASIC", "BD");
    }

    /** An adult woman with the given nationality (null: unknown) who speaks Bangla and Burmese, screened in Ukhiya. */
    static CaseFacts womanInUkhiya(String nationality) {
        return new CaseFacts(UUID.randomUUID(), "BD-7K3F-9Q2N", UUID.randomUUID(), Urgency.HIGH, AgeBand.ADULT_25_39,
                Sex.FEMALE, VictimCategory.TRAFFICKING_VICTIM, new Place(CHATTAGRAM, COXS_BAZAR, UKHIYA), Place.UNKNOWN,
                List.of("bn", "my"), Set.of(ServiceCategory.values()), "BASIC", nationality);
    }

    static ServiceOffer offer(ServiceCategory category, Area... coverage) {
        return new ServiceOffer(UUID.randomUUID(), UUID.randomUUID(), "service " + category, category, List.of(coverage),
                Set.of(), null, null, Set.of(), Set.of(), Set.of("bn"), 5, "SLOTS", true);
    }

    static ServiceOffer with(ServiceOffer s, Integer free, Set<String> languages) {
        return new ServiceOffer(s.id(), s.organizationId(), s.name(), s.category(), s.coverage(), s.genders(), s.minAge(),
                s.maxAge(), s.victimCategories(), s.nationalities(), languages, free, s.capacityUnit(), s.acceptingReferrals());
    }

    static ServiceOffer ages(ServiceOffer s, Integer min, Integer max) {
        return new ServiceOffer(s.id(), s.organizationId(), s.name(), s.category(), s.coverage(), s.genders(), min, max,
                s.victimCategories(), s.nationalities(), s.languages(), s.freeCapacity(), s.capacityUnit(),
                s.acceptingReferrals());
    }

    /** The same service, for the nationals of the given countries only (ISO 3166-1 alpha-2). */
    static ServiceOffer forNationals(ServiceOffer s, String name, String... nationalities) {
        return new ServiceOffer(s.id(), s.organizationId(), name, s.category(), s.coverage(), s.genders(), s.minAge(),
                s.maxAge(), s.victimCategories(), Set.of(nationalities), s.languages(), s.freeCapacity(),
                s.capacityUnit(), s.acceptingReferrals());
    }

    static Area district(String id) {
        return new Area(AreaLevel.DISTRICT, id);
    }

    static Area upazila(String id) {
        return new Area(AreaLevel.UPAZILA, id);
    }

    static Area division(String id) {
        return new Area(AreaLevel.DIVISION, id);
    }
}
