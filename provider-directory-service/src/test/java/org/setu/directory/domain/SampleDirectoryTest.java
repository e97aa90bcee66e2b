package org.setu.directory.domain;

import org.junit.jupiter.api.Test;
import org.setu.directory.domain.geo.GeoLevel;
import org.setu.directory.domain.sample.DirectoryContent;
import org.setu.directory.domain.sample.DirectoryGenerator;
import org.setu.directory.domain.sample.SampleDirectory;
import org.setu.events.directory.Coverage;
import org.setu.events.directory.CoverageLevel;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Sex;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.setu.directory.domain.GeographyTest.GEO;

class SampleDirectoryTest {

    static final DirectoryContent SAMPLE = SampleDirectory.build(GEO);

    @Test
    void everyDistrictAndEveryCategoryIsCovered() {
        Set<String> districts = SAMPLE.services().stream().flatMap(s -> s.coverage().stream())
                .filter(c -> c.level() == CoverageLevel.DISTRICT).map(Coverage::id).collect(Collectors.toSet());
        assertThat(districts).hasSize(GEO.count(GeoLevel.DISTRICT));
        assertThat(SAMPLE.services().stream().map(ProviderService::category).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.allOf(ServiceCategory.class));
        assertThat(SAMPLE.services()).anyMatch(s -> s.category() == ServiceCategory.LEGAL_AID
                && s.coverage().contains(new Coverage(CoverageLevel.NATIONAL, null)));
    }

    @Test
    void thereAreSheltersForWomenMenAndChildrenSomeFullSomeNotAcceptingAndManyLanguages() {
        var shelters = SAMPLE.services().stream().filter(s -> s.category() == ServiceCategory.SHELTER).toList();
        assertThat(shelters).anyMatch(s -> s.eligibility().genders().equals(java.util.List.of(Sex.FEMALE)));
        assertThat(shelters).anyMatch(s -> s.eligibility().genders().equals(java.util.List.of(Sex.MALE)));
        assertThat(shelters).anyMatch(s -> Integer.valueOf(17).equals(s.eligibility().maxAge()));
        assertThat(SAMPLE.services()).anyMatch(s -> s.capacity() != null && s.capacity().available() == 0);
        assertThat(SAMPLE.services()).anyMatch(s -> !s.acceptingReferrals());
        assertThat(SAMPLE.services().stream().flatMap(s -> s.languages().stream()).collect(Collectors.toSet()))
                .contains("bn", "en", "ar", "my");
    }

    @Test
    void rohingyaRefugeesBangladeshiReturneesAndForeignNationalsGoingHomeHaveProgrammesOfTheirOwn() {
        assertThat(SAMPLE.services()).anyMatch(s -> s.category() == ServiceCategory.PSYCHOSOCIAL
                && s.eligibility().nationalities().equals(java.util.List.of("MM"))
                && s.coverage().contains(new Coverage(CoverageLevel.UPAZILA, "83")));
        assertThat(SAMPLE.services()).anyMatch(s -> s.category() == ServiceCategory.PSYCHOSOCIAL
                && s.eligibility().nationalities().equals(java.util.List.of("BD"))
                && s.coverage().contains(new Coverage(CoverageLevel.DISTRICT, "9")));
        assertThat(SAMPLE.services()).anyMatch(s -> s.category() == ServiceCategory.REPATRIATION
                && s.eligibility().nationalities().contains("IN") && !s.eligibility().nationalities().contains("BD"));
        assertThat(SAMPLE.services()).flatExtracting(s -> s.eligibility().nationalities())
                .allSatisfy(code -> assertThat(code).matches("[A-Z]{2}"));
    }

    @Test
    void everyOrganizationIsAMarkedSampleWithoutRealContactDetails() {
        assertThat(SAMPLE.organizations()).allSatisfy(o -> {
            assertThat(o.sample()).isTrue();
            assertThat(o.name().en()).containsIgnoringCase("sample");
            assertThat(o.email()).endsWith(".example.org");
            assertThat(o.phone()).matches("\\+8801000000\\d{3}");
        });
        assertThat(SAMPLE.services()).allSatisfy(s -> {
            assertThat(s.referralContact().email()).endsWith(".example.org");
            assertThat(s.referralContact().phone()).matches("\\+8801000000\\d{3}");
        });
    }

    @Test
    void theRealmsDemoAgenciesAreThereWithTheirFixedIdsAndReachableFocalPoints() {
        assertThat(SAMPLE.organizations()).extracting(org.setu.directory.domain.Organization::id)
                .contains(SampleDirectory.DHAKA_DEMO_NGO, SampleDirectory.COXS_BAZAR_DEMO_NGO, SampleDirectory.NRM_SECRETARIAT);
        var dhaka = SAMPLE.services().stream().filter(s -> s.organizationId().equals(SampleDirectory.DHAKA_DEMO_NGO)).toList();
        assertThat(dhaka).extracting(ProviderService::category).contains(ServiceCategory.SHELTER);
        assertThat(dhaka).allSatisfy(s -> assertThat(s.referralContact().email()).isEqualTo("focal.point@dhaka-demo-ngo.example.org"));
        assertThat(SAMPLE.services().stream().filter(s -> s.organizationId().equals(SampleDirectory.COXS_BAZAR_DEMO_NGO))
                .map(ProviderService::category)).contains(ServiceCategory.CHILD_PROTECTION, ServiceCategory.SHELTER);
        assertThat(SAMPLE.locations()).anyMatch(l -> l.organizationId().equals(SampleDirectory.DHAKA_DEMO_NGO) && l.confidential());
    }

    @Test
    void theSampleIsTheSameEveryTimeAndItsCodesAreValid() {
        assertThat(SampleDirectory.build(GEO)).isEqualTo(SAMPLE);
        assertThat(SAMPLE.services()).allSatisfy(s -> assertThat(EntryRules.coverage(s.coverage(), GEO, "coverage")).isEmpty());
        assertThat(SAMPLE.locations()).allSatisfy(l -> assertThat(EntryRules.area(l.area(), GEO, "area")).isEmpty());
        assertThat(SAMPLE.services().stream().map(ProviderService::id).distinct().count()).isEqualTo(SAMPLE.services().size());
    }

    @Test
    void theGeneratorMakesTheSameDirectoryFromTheSameSeed() {
        DirectoryContent a = DirectoryGenerator.generate(GEO, 42, 2_000);
        DirectoryContent b = DirectoryGenerator.generate(GEO, 42, 2_000);
        assertThat(a).isEqualTo(b);
        assertThat(a.services()).hasSize(2_000);
        assertThat(a.services().stream().map(ProviderService::id).collect(Collectors.toSet())).hasSize(2_000);
        assertThat(a.services().stream().map(s -> s.coverage().get(0).level()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(CoverageLevel.values());
        assertThat(DirectoryGenerator.generate(GEO, 43, 10).services().get(0).id()).isNotEqualTo(a.services().get(0).id());
        assertThat(a.services()).allSatisfy(s -> assertThat(EntryRules.coverage(s.coverage(), GEO, "c")).isEmpty());
        assertThat(a.organizations()).extracting(o -> o.id()).doesNotHaveDuplicates().doesNotContain(new UUID(0, 0));
    }
}
