package org.setu.referral.domain;

import org.setu.referral.English;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.setu.events.vocabulary.ServiceCategory;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.setu.referral.domain.Fixtures.*;

/** Services that serve only some nationalities: Cox's Bazar's camp and returnee programmes, and repatriation. */
class NationalityMatchingTest {

    /** Closer to the person (Ukhiya) than the camp programme, so only the nationality rule can keep her from it. */
    final ServiceOffer returneeProgramme = forNationals(offer(ServiceCategory.PSYCHOSOCIAL, upazila(UKHIYA)),
            "Returnee programme for Bangladeshis", "BD");
    final ServiceOffer campProgramme = forNationals(offer(ServiceCategory.PSYCHOSOCIAL, district(COXS_BAZAR)),
            "Camp programme for Rohingya refugees", "MM");

    final ServiceOffer repatriationForForeigners = forNationals(offer(ServiceCategory.REPATRIATION, Area.national()),
            "Safe return home for foreign nationals", "IN", "NP");
    final ServiceOffer repatriationForAnyone = with(offer(ServiceCategory.REPATRIATION, Area.national()), 1, Set.of("bn"));

    @Test
    void rohingyaRefugeeInCoxsBazarIsNotMatchedToAReturneeProgrammeForBangladeshis() {
        var result = RankingPolicy.rank(womanInUkhiya("MM"), ServiceCategory.PSYCHOSOCIAL,
                List.of(returneeProgramme, campProgramme), Map.of(), Set.of());

        assertThat(result.best().orElseThrow().service().id()).isEqualTo(campProgramme.id());
        assertThat(result.rejected()).singleElement().satisfies(r -> {
            assertThat(r.serviceId()).isEqualTo(returneeProgramme.id());
            assertThat(English.of(r.reason())).isEqualTo("takes only nationals of [BD], not MM");
        });
        assertThat(English.joined(result.explain(result.best().orElseThrow(), 1)))
                .contains("takes nationals of MM", "Returnee programme for Bangladeshis: takes only nationals of [BD], not MM");
    }

    @Test
    void bangladeshiReturneeInCoxsBazarIsNotMatchedToTheCampProgrammeForRohingyaRefugees() {
        var result = RankingPolicy.rank(womanInUkhiya("BD"), ServiceCategory.PSYCHOSOCIAL,
                List.of(returneeProgramme, campProgramme), Map.of(), Set.of());

        assertThat(result.ranked()).extracting(c -> c.service().id()).containsExactly(returneeProgramme.id());
        assertThat(result.rejected()).extracting(r -> English.of(r.reason()))
                .containsExactly("takes only nationals of [MM], not BD");
    }

    @Test
    void foreignNationalGoingHomeIsMatchedToTheRepatriationService() {
        var result = RankingPolicy.rank(womanInUkhiya("IN"), ServiceCategory.REPATRIATION,
                List.of(repatriationForAnyone, repatriationForForeigners), Map.of(), Set.of());

        // both are national; the service for foreign nationals has more room, and she is one
        assertThat(result.best().orElseThrow().service().id()).isEqualTo(repatriationForForeigners.id());
        assertThat(result.best().orElseThrow().reasons()).extracting(English::of).contains("takes nationals of IN");
    }

    @Test
    void aBangladeshiIsNotSentToARepatriationServiceForForeignNationals() {
        var result = RankingPolicy.rank(womanInUkhiya("BD"), ServiceCategory.REPATRIATION,
                List.of(repatriationForAnyone, repatriationForForeigners), Map.of(), Set.of());

        assertThat(result.ranked()).extracting(c -> c.service().id()).containsExactly(repatriationForAnyone.id());
        assertThat(result.best().orElseThrow().reasons()).extracting(English::of).contains("takes every nationality");
    }

    @Test
    void whenOnlyServicesForOtherNationalitiesCoverThePlaceTheCaseIsEscalatedAndTheExplanationSaysWhy() {
        var result = RankingPolicy.rank(womanInUkhiya("BD"), ServiceCategory.REPATRIATION,
                List.of(repatriationForForeigners), Map.of(), Set.of());

        assertThat(result.best()).isEmpty();
        assertThat(English.of(result.explainNoCandidate())).contains(
                "None of the 1 services in the area qualified, e.g. Safe return home for foreign nationals: "
                        + "takes only nationals of [IN, NP], not BD.");
    }

    @Test
    void anUnknownNationalityDoesNotExcludeButTheExplanationSaysTheRestrictionCouldNotBeChecked() {
        var result = RankingPolicy.rank(womanInUkhiya(null), ServiceCategory.PSYCHOSOCIAL,
                List.of(returneeProgramme, campProgramme), Map.of(), Set.of());

        assertThat(result.rejected()).isEmpty();
        assertThat(result.best().orElseThrow().service().id()).as("the closer one").isEqualTo(returneeProgramme.id());
        assertThat(English.joined(result.explain(result.best().orElseThrow(), 1))).contains(
                "takes only nationals of [BD], which could not be checked: the person's nationality is unknown");
    }

    @ParameterizedTest(name = "a person of nationality {0} and a service for [{1}]: eligible {2}")
    @CsvSource(nullValues = "null", value = {
            "BD, BD, true",
            "MM, BD, false",
            "BD, MM, false",
            "IN, IN NP, true",
            "BD, IN NP, false",
            "BD, '', true",
            "MM, '', true",
            "null, '', true",
            "null, BD, true"})
    void aServiceTakesTheNationalitiesItListsAndEveryoneWhenItListsNone(String person, String listed, boolean eligible) {
        String[] codes = Arrays.stream(listed.split(" ")).filter(c -> !c.isBlank()).toArray(String[]::new);
        ServiceOffer s = forNationals(offer(ServiceCategory.SHELTER, Area.national()), "a shelter", codes);
        assertThat(MatchRules.nationalityFits(s, person).passed()).isEqualTo(eligible);
    }

    @Test
    void aBlankNationalityIsTreatedAsUnknown() {
        CaseFacts blank = Fixtures.womanInUkhiya(" ");
        assertThat(blank.nationality()).isNull();
    }
}
