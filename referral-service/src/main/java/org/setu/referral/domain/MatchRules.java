package org.setu.referral.domain;

import org.setu.events.text.Reason;
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

    /** Says nothing a case worker needs among a candidate's reasons, so the ranking leaves it out. */
    static final String NOT_ASKED_BEFORE = "rule.notAskedBefore";

    private MatchRules() {
    }

    public static MatchDecision offersCategory(ServiceOffer s, ServiceCategory needed) {
        return s.category() == needed ? MatchDecision.pass("rule.offers", category(needed))
                : MatchDecision.fail("rule.offersOther", category(s.category()), category(needed));
    }

    /**
     * The whole age band must lie within the service's age range: we only know the band, and a child shelter
     * must not receive someone who may be 19. An unknown age fits only a service without age limits.
     */
    public static MatchDecision ageFits(ServiceOffer s, AgeBand band) {
        if (s.minAge() == null && s.maxAge() == null) return MatchDecision.pass("rule.everyAge");
        Reason.Nested range = Reason.nested(s.maxAge() == null ? Reason.of("ages.from", Reason.value(s.minAge()))
                : Reason.of("ages.between", Reason.value(s.minAge() == null ? 0 : s.minAge()), Reason.value(s.maxAge())));
        if (band == null || band == AgeBand.UNKNOWN) {
            return MatchDecision.fail("rule.ageUnknown", range);
        }
        int low = band.minAge().orElse(0);
        Optional<Integer> high = band.maxAge();
        boolean aboveMin = s.minAge() == null || low >= s.minAge();
        boolean belowMax = s.maxAge() == null || (high.isPresent() && high.get() <= s.maxAge());
        return aboveMin && belowMax ? MatchDecision.pass("rule.ageWithin", Reason.term("ageBand", band), range)
                : MatchDecision.fail("rule.ageOutside", Reason.term("ageBand", band), range);
    }

    /** An unknown sex fits only a service open to everyone. */
    public static MatchDecision sexFits(ServiceOffer s, Sex sex) {
        if (s.genders().isEmpty()) return MatchDecision.pass("rule.everyGender");
        return sex != null && s.genders().contains(sex) ? MatchDecision.pass("rule.takes", Reason.term("sex", sex))
                : MatchDecision.fail("rule.takesOnly", Reason.termsOf("sex", s.genders()));
    }

    public static MatchDecision victimCategoryFits(ServiceOffer s, VictimCategory category) {
        if (s.victimCategories().isEmpty()) return MatchDecision.pass("rule.everyPopulation");
        return category != null && s.victimCategories().contains(category)
                ? MatchDecision.pass("rule.takes", Reason.term("population", category))
                : MatchDecision.fail("rule.takesOnly", Reason.termsOf("population", s.victimCategories()));
    }

    /**
     * A service that lists nationalities serves only those: a programme for Rohingya refugees and one for Bangladeshi
     * returnees are mandated and funded apart. An unknown nationality does not exclude (a person who could not or
     * would not say should not lose every such service), but the reason says the restriction went unchecked, so that
     * the case worker checks it with the provider.
     */
    public static MatchDecision nationalityFits(ServiceOffer s, String nationality) {
        if (s.nationalities().isEmpty()) return MatchDecision.pass("rule.everyNationality");
        if (nationality == null) {
            return MatchDecision.pass("rule.nationalityUnchecked", Reason.listOf(s.nationalities()));
        }
        return s.nationalities().contains(nationality) ? MatchDecision.pass("rule.nationals", Reason.value(nationality))
                : MatchDecision.fail("rule.nationalsOnly", Reason.listOf(s.nationalities()), Reason.value(nationality));
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
                .map(level -> level == AreaLevel.NATIONAL ? MatchDecision.pass("rule.coversCountry")
                        : MatchDecision.pass("rule.coversLevel", level.term()))
                .orElseGet(() -> MatchDecision.fail("rule.doesNotCover", Reason.nested(place.describe())));
    }

    /** The person needs at least one language the service works in; a person with no language noted fits any. */
    public static MatchDecision speaksALanguageOf(ServiceOffer s, List<String> languages) {
        if (languages == null || languages.isEmpty()) return MatchDecision.pass("rule.noLanguageNeed");
        Set<String> spoken = s.languages().isEmpty() ? Set.of(DEFAULT_LANGUAGE) : s.languages();
        return languages.stream().filter(spoken::contains).findFirst()
                .map(l -> MatchDecision.pass("rule.worksIn", language(l)))
                .orElseGet(() -> MatchDecision.fail("rule.worksInOther",
                        Reason.joined("join.comma", spoken.stream().sorted().map(MatchRules::language).toList()),
                        Reason.joined("join.comma", languages.stream().map(MatchRules::language).toList())));
    }

    public static MatchDecision acceptsReferrals(ServiceOffer s) {
        return s.acceptingReferrals() ? MatchDecision.pass("rule.accepts") : MatchDecision.fail("rule.acceptsNone");
    }

    /** A service that does not count its capacity is taken to have room; it says no by declining. */
    public static MatchDecision hasFreeCapacity(ServiceOffer s) {
        if (s.freeCapacity() == null) return MatchDecision.pass("rule.capacityNotCounted");
        Reason.Term unit = new Reason.Term("unit." + (s.capacityUnit() == null ? "PLACES" : s.capacityUnit().toUpperCase(java.util.Locale.ROOT)));
        return s.freeCapacity() > 0 ? MatchDecision.pass("rule.free", Reason.value(s.freeCapacity()), unit)
                : MatchDecision.fail("rule.noneFree", unit);
    }

    /** A provider that declined this referral or let it expire is not asked again. */
    public static MatchDecision notAskedBefore(ServiceOffer s, Set<UUID> organizationsThatSaidNo) {
        return organizationsThatSaidNo.contains(s.organizationId())
                ? MatchDecision.fail("rule.askedBefore")
                : MatchDecision.pass(NOT_ASKED_BEFORE);
    }

    /** A language by its ISO 639 code; a code the bundles do not list shows as the code. */
    static Reason.Term language(String code) {
        return Reason.term("language." + code);
    }

    static Reason.Term category(ServiceCategory c) {
        return Reason.term("category", c);
    }
}
