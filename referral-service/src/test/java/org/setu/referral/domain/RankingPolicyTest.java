package org.setu.referral.domain;

import org.setu.referral.English;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.setu.events.vocabulary.AgeBand;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Sex;
import org.setu.events.vocabulary.VictimCategory;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.setu.referral.domain.Fixtures.*;

class RankingPolicyTest {

    @Test
    void theClosestCoverageWinsUpazilaBeforeDistrictBeforeDivisionBeforeNational() {
        ServiceOffer national = offer(ServiceCategory.SHELTER, Area.national());
        ServiceOffer division = offer(ServiceCategory.SHELTER, division(CHATTAGRAM));
        ServiceOffer district = offer(ServiceCategory.SHELTER, district(COXS_BAZAR));
        ServiceOffer upazila = offer(ServiceCategory.SHELTER, upazila(UKHIYA));

        var result = RankingPolicy.rank(girl16InCoxsBazar(), ServiceCategory.SHELTER,
                List.of(national, division, district, upazila), Map.of(), Set.of());

        assertThat(result.ranked()).extracting(c -> c.service().id())
                .containsExactly(upazila.id(), district.id(), division.id(), national.id());
    }

    @Test
    void aServiceWithoutFreeCapacityIsNotACandidateAndTheNextOneIs() {
        ServiceOffer full = with(offer(ServiceCategory.SHELTER, district(COXS_BAZAR)), 0, Set.of("bn"));
        ServiceOffer national = offer(ServiceCategory.SHELTER, Area.national());

        var result = RankingPolicy.rank(girl16InCoxsBazar(), ServiceCategory.SHELTER, List.of(full, national), Map.of(), Set.of());

        assertThat(result.best().orElseThrow().service().id()).isEqualTo(national.id());
        assertThat(result.rejected()).extracting(r -> English.of(r.reason())).containsExactly("no free slots");
    }

    @Test
    void atTheSameClosenessMoreFreeCapacityThenABetterRecordWins() {
        ServiceOffer few = with(offer(ServiceCategory.MEDICAL, district(COXS_BAZAR)), 1, Set.of("bn"));
        ServiceOffer many = with(offer(ServiceCategory.MEDICAL, district(COXS_BAZAR)), 9, Set.of("bn"));
        ServiceOffer alsoMany = with(offer(ServiceCategory.MEDICAL, district(COXS_BAZAR)), 9, Set.of("bn"));
        Map<UUID, ProviderRecord> records = Map.of(
                many.organizationId(), new ProviderRecord(10, 2, Duration.ofHours(30)),
                alsoMany.organizationId(), new ProviderRecord(10, 9, Duration.ofHours(2)));

        var result = RankingPolicy.rank(girl16InCoxsBazar(), ServiceCategory.MEDICAL, List.of(few, many, alsoMany), records, Set.of());

        assertThat(result.ranked()).extracting(c -> c.service().id()).containsExactly(alsoMany.id(), many.id(), few.id());
    }

    @Test
    void aLanguageNeedOutranksCloseness() {
        CaseFacts burmeseOnly = new CaseFacts(UUID.randomUUID(), "BD-AAAA-BBBB", UUID.randomUUID(),
                org.setu.events.vocabulary.Urgency.HIGH, AgeBand.ADULT_25_39, Sex.FEMALE, VictimCategory.TRAFFICKING_VICTIM,
                new Place(CHATTAGRAM, COXS_BAZAR, TEKNAF), Place.UNKNOWN, List.of("my"), Set.of(ServiceCategory.PSYCHOSOCIAL), "BASIC", "MM");
        ServiceOffer closeBanglaOnly = offer(ServiceCategory.PSYCHOSOCIAL, upazila(TEKNAF));
        ServiceOffer speaksBurmese = with(offer(ServiceCategory.PSYCHOSOCIAL, district(COXS_BAZAR)), 2, Set.of("bn", "my"));

        var result = RankingPolicy.rank(burmeseOnly, ServiceCategory.PSYCHOSOCIAL, List.of(closeBanglaOnly, speaksBurmese), Map.of(), Set.of());

        assertThat(result.best().orElseThrow().service().id()).isEqualTo(speaksBurmese.id());
        assertThat(result.rejected()).singleElement().extracting(r -> English.of(r.reason())).asString().contains("not in [my]");
    }

    @ParameterizedTest(name = "{0} and a service for ages {1}-{2}: eligible {3}")
    @CsvSource(nullValues = "null", value = {
            "CHILD_12_17, 0, 17, true",
            "CHILD_12_17, 12, 17, true",
            "CHILD_12_17, 14, 17, false",
            "ADULT_18_24, 0, 17, false",
            "ADULT_18_24, 18, null, true",
            "ADULT_60_PLUS, 18, 65, false",
            "UNKNOWN, 0, 17, false",
            "UNKNOWN, null, null, true"})
    void theWholeAgeBandMustFitTheServicesAgeRange(AgeBand band, Integer min, Integer max, boolean eligible) {
        ServiceOffer s = ages(offer(ServiceCategory.SHELTER, Area.national()), min, max);
        assertThat(MatchRules.ageFits(s, band).passed()).isEqualTo(eligible);
    }

    @ParameterizedTest(name = "a {0} person and a service for {1}: eligible {2}")
    @CsvSource({"FEMALE, FEMALE, true", "MALE, FEMALE, false", "UNKNOWN, FEMALE, false", "THIRD_GENDER, THIRD_GENDER, true"})
    void genderEligibilityIsRespected(Sex person, Sex takes, boolean eligible) {
        ServiceOffer base = offer(ServiceCategory.SHELTER, Area.national());
        ServiceOffer s = new ServiceOffer(base.id(), base.organizationId(), base.name(), base.category(), base.coverage(),
                Set.of(takes), null, null, Set.of(), Set.of(), Set.of(), null, null, true);
        assertThat(MatchRules.sexFits(s, person).passed()).isEqualTo(eligible);
    }

    @Test
    void aServiceForSmuggledMigrantsDoesNotTakeATraffickingVictim() {
        ServiceOffer base = offer(ServiceCategory.LEGAL_AID, Area.national());
        ServiceOffer s = new ServiceOffer(base.id(), base.organizationId(), base.name(), base.category(), base.coverage(),
                Set.of(), null, null, Set.of(VictimCategory.SMUGGLED_MIGRANT), Set.of(), Set.of(), null, null, true);
        assertThat(MatchRules.victimCategoryFits(s, VictimCategory.TRAFFICKING_VICTIM).passed()).isFalse();
        assertThat(MatchRules.victimCategoryFits(s, VictimCategory.SMUGGLED_MIGRANT).passed()).isTrue();
    }

    @Test
    void reintegrationFollowsTheHomeDistrictNotThePlaceOfScreening() {
        CaseFacts returnee = new CaseFacts(UUID.randomUUID(), "BD-AAAA-CCCC", UUID.randomUUID(),
                org.setu.events.vocabulary.Urgency.ROUTINE, AgeBand.ADULT_25_39, Sex.MALE, VictimCategory.TRAFFICKING_VICTIM,
                new Place("6", "47", null), new Place("3", "27", null), List.of("bn"), Set.of(ServiceCategory.REINTEGRATION), "BASIC", "BD");
        ServiceOffer atAirport = offer(ServiceCategory.REINTEGRATION, district("47"));
        ServiceOffer atHome = offer(ServiceCategory.REINTEGRATION, district("27"));

        var result = RankingPolicy.rank(returnee, ServiceCategory.REINTEGRATION, List.of(atAirport, atHome), Map.of(), Set.of());

        assertThat(result.best().orElseThrow().service().id()).isEqualTo(atHome.id());
        assertThat(English.of(result.place().reason())).contains("home");
    }

    @Test
    void whenOnlyTheDistrictIsKnownAnUpazilaServiceIsNotAssumedToCoverThePerson() {
        Place districtOnly = new Place(CHATTAGRAM, COXS_BAZAR, null);
        assertThat(districtOnly.coveredBy(upazila(UKHIYA))).isEmpty();
        assertThat(districtOnly.coveredBy(district(COXS_BAZAR))).contains(AreaLevel.DISTRICT);
    }

    @Test
    void theCoarserLevelsOfAPlaceAreFilledFromTheGeography() {
        Geography geo = new Geography(Map.of(UKHIYA, COXS_BAZAR), Map.of(COXS_BAZAR, CHATTAGRAM));
        assertThat(new Place(null, null, UKHIYA).completedBy(geo)).isEqualTo(new Place(CHATTAGRAM, COXS_BAZAR, UKHIYA));
    }

    @Test
    void aProviderThatAlreadySaidNoIsLeftOut() {
        ServiceOffer declined = offer(ServiceCategory.SHELTER, district(COXS_BAZAR));
        ServiceOffer other = offer(ServiceCategory.SHELTER, division(CHATTAGRAM));
        var result = RankingPolicy.rank(girl16InCoxsBazar(), ServiceCategory.SHELTER, List.of(declined, other), Map.of(),
                Set.of(declined.organizationId()));
        assertThat(result.best().orElseThrow().service().id()).isEqualTo(other.id());
    }

    @Test
    void theExplanationSaysWhereWhyAndHowTheServiceRanked() {
        ServiceOffer district = offer(ServiceCategory.CHILD_PROTECTION, district(COXS_BAZAR));
        var result = RankingPolicy.rank(girl16InCoxsBazar(), ServiceCategory.CHILD_PROTECTION, List.of(district), Map.of(), Set.of());
        List<String> why = English.of(result.explain(result.best().orElseThrow(), 1));
        assertThat(String.join(" ", why)).contains("CHILD_PROTECTION", "district 9", "covers the person's district",
                "Ranked 1 of 1", "no referral history yet");
    }

    @ParameterizedTest(name = "{0} for {1}: sent at once {2}")
    @CsvSource({
            "IMMEDIATE, ADULT_25_39, true, true",
            "HIGH, CHILD_12_17, true, true",
            "HIGH, ADULT_25_39, true, false",
            "ROUTINE, ADULT_25_39, false, true"})
    void immediateUrgencyAndChildrenAreSentAtOnceOthersFollowTheAgencysPolicy(org.setu.events.vocabulary.Urgency urgency,
                                                                             AgeBand band, boolean approvesFirst, boolean sendNow) {
        CaseFacts f = girl16InCoxsBazar();
        CaseFacts facts = new CaseFacts(f.caseId(), f.caseRef(), f.agencyId(), urgency, band, f.sex(), f.victimCategory(),
                f.currentLocation(), f.home(), f.languages(), f.consentedServices(), f.shareLevel(), f.nationality());
        assertThat(RoutingPolicy.dispatch(facts, ServiceCategory.SHELTER, AgencyRoutingPolicy.defaultFor(f.agencyId(), approvesFirst))
                .sendNow()).isEqualTo(sendNow);
    }
}
