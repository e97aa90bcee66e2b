package org.setu.referral.domain;

import org.setu.events.vocabulary.AgeBand;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Sex;
import org.setu.events.vocabulary.VictimCategory;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The rules a service must pass to be a candidate for a person, one small function each. Every rule says why,
 * so that the referral's explanation and the preview of candidates read as sentences.
 */
public final class MatchRules {

    /** A service that writes down no language is taken to work in Bangla, the national language. */
    static final String DEFAULT_LANGUAGE = "bn";

    private MatchRules() {
    }

    public static MatchDecision offersCategory(ServiceOffer s, ServiceCategory needed) {
        return s.category() == needed ? MatchDecision.pass("offers " + needed)
                : MatchDecision.fail("offers " + s.category() + ", not " + needed);
    }

    /**
     * The whole age band must lie within the service's age range: we only know the band, and a child shelter
     * must not receive someone who may be 19. An unknown age fits only a service without age limits.
     */
    public static MatchDecision ageFits(ServiceOffer s, AgeBand band) {
        if (s.minAge() == null && s.maxAge() == null) return MatchDecision.pass("takes every age");
        String range = (s.minAge() == null ? "0" : s.minAge()) + "–" + (s.maxAge() == null ? "any" : s.maxAge());
        if (band == null || band == AgeBand.UNKNOWN) {
            return MatchDecision.fail("the age is unknown and the service takes ages " + range);
        }
        int low = band.minAge().orElse(0);
        Optional<Integer> high = band.maxAge();
        boolean aboveMin = s.minAge() == null || low >= s.minAge();
        boolean belowMax = s.maxAge() == null || (high.isPresent() && high.get() <= s.maxAge());
        return aboveMin && belowMax ? MatchDecision.pass("age band " + band + " within ages " + range)
                : MatchDecision.fail("age band " + band + " outside ages " + range);
    }

    /** An unknown sex fits only a service open to everyone. */
    public static MatchDecision sexFits(ServiceOffer s, Sex sex) {
        if (s.genders().isEmpty()) return MatchDecision.pass("takes every gender");
        return sex != null && s.genders().contains(sex) ? MatchDecision.pass("takes " + sex)
                : MatchDecision.fail("takes only " + sorted(s.genders()));
    }

    public static MatchDecision victimCategoryFits(ServiceOffer s, VictimCategory category) {
        if (s.victimCategories().isEmpty()) return MatchDecision.pass("takes every population");
        return category != null && s.victimCategories().contains(category) ? MatchDecision.pass("takes " + category)
                : MatchDecision.fail("takes only " + sorted(s.victimCategories()));
    }

    /**
     * A service that lists nationalities serves only those: a programme for Rohingya refugees and one for Bangladeshi
     * returnees are mandated and funded apart. An unknown nationality does not exclude (a person who could not or
     * would not say should not lose every such service), but the reason says the restriction went unchecked, so that
     * the case worker checks it with the provider.
     */
    public static MatchDecision nationalityFits(ServiceOffer s, String nationality) {
        if (s.nationalities().isEmpty()) return MatchDecision.pass("takes every nationality");
        if (nationality == null) {
            return MatchDecision.pass("takes only nationals of " + sorted(s.nationalities())
                    + ", which could not be checked: the person's nationality is unknown");
        }
        return s.nationalities().contains(nationality) ? MatchDecision.pass("takes nationals of " + nationality)
                : MatchDecision.fail("takes only nationals of " + sorted(s.nationalities()) + ", not " + nationality);
    }

    /** The closest level at which the service covers the place, or a failure when it does not. */
    public static Optional<AreaLevel> coverageOf(ServiceOffer s, Place place) {
        return s.coverage().stream()
                .map(place::coveredBy)
                .flatMap(Optional::stream)
                .max(java.util.Comparator.comparingInt(AreaLevel::closeness));
    }

    public static MatchDecision covers(ServiceOffer s, Place place) {
        return coverageOf(s, place)
                .map(level -> MatchDecision.pass(level == AreaLevel.NATIONAL ? "covers the whole country"
                        : "covers the person's " + level.label()))
                .orElseGet(() -> MatchDecision.fail("does not cover " + place.describe()));
    }

    /** The person needs at least one language the service works in; a person with no language noted fits any. */
    public static MatchDecision speaksALanguageOf(ServiceOffer s, List<String> languages) {
        if (languages == null || languages.isEmpty()) return MatchDecision.pass("no language need recorded");
        Set<String> spoken = s.languages().isEmpty() ? Set.of(DEFAULT_LANGUAGE) : s.languages();
        return languages.stream().filter(spoken::contains).findFirst()
                .map(l -> MatchDecision.pass("works in " + l))
                .orElseGet(() -> MatchDecision.fail("works in " + sorted(spoken) + ", not in " + languages));
    }

    public static MatchDecision acceptsReferrals(ServiceOffer s) {
        return s.acceptingReferrals() ? MatchDecision.pass("accepts referrals") : MatchDecision.fail("does not accept referrals now");
    }

    /** A service that does not count its capacity is taken to have room; it says no by declining. */
    public static MatchDecision hasFreeCapacity(ServiceOffer s) {
        if (s.freeCapacity() == null) return MatchDecision.pass("does not count its capacity");
        String unit = s.capacityUnit() == null ? "places" : s.capacityUnit().toLowerCase();
        return s.freeCapacity() > 0 ? MatchDecision.pass(s.freeCapacity() + " " + unit + " free")
                : MatchDecision.fail("no free " + unit);
    }

    /** A provider that declined this referral or let it expire is not asked again. */
    public static MatchDecision notAskedBefore(ServiceOffer s, Set<UUID> organizationsThatSaidNo) {
        return organizationsThatSaidNo.contains(s.organizationId())
                ? MatchDecision.fail("its provider already declined this referral or let it expire")
                : MatchDecision.pass("not asked before");
    }

    private static <T extends Comparable<T>> List<T> sorted(Set<T> values) {
        return values.stream().sorted().toList();
    }
}
