package org.setu.screening.domain.abroad;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.setu.events.screening.AdminArea;
import org.setu.screening.domain.repatriation.FieldProblem;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a screening took place, by where its agency works (docs/screening.md, "Agencies and screenings abroad"). */
class AbroadPolicyTest {

    static final AgencyLocation RIYADH = new AgencyLocation("SA", "Riyadh");
    static final AdminArea JASHORE = new AdminArea("BD-40", "BD-4041", null);
    static final AdminArea AIRPORT = new AdminArea("BD-30", "BD-3026", null);

    @Test
    void theLabourWingInRiyadhScreensHerInRiyadhWithHerHomeDistrictJashoreAndSaudiArabiaAsTheCountryOfExploitation() {
        assertThat(AbroadPolicy.problems(RIYADH, new AbroadPolicy.Given(null, new Abroad("SA", "Riyadh"), JASHORE, "SA"))).isEmpty();
    }

    @Test
    void aMissionMayScreenInAnotherCountryThanItsOwnAndTheExploitationMayHaveBeenInAThird() {
        assertThat(AbroadPolicy.problems(new AgencyLocation("MY", "Kuala Lumpur"),
                new AbroadPolicy.Given(null, new Abroad("BN", "Bandar Seri Begawan"), JASHORE, "TH"))).isEmpty();
    }

    @Test
    void anAgencyInBangladeshScreensInAnAreaAsAlwaysAndMayRecordACountryOfExploitation() {
        assertThat(AbroadPolicy.problems(AgencyLocation.IN_BANGLADESH, new AbroadPolicy.Given(AIRPORT, null, null, null))).isEmpty();
        assertThat(AbroadPolicy.problems(AgencyLocation.IN_BANGLADESH, new AbroadPolicy.Given(AIRPORT, null, JASHORE, "SA"))).isEmpty();
    }

    @ParameterizedTest(name = "abroad: {0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "her home district is not given | SA | Riyadh | -       | SA | person.home.districtId",
            "the country is Bangladesh      | BD | Riyadh | BD-4041 | SA | location.country",
            "the country is no ISO code     | XX | Riyadh | BD-4041 | SA | location.country",
            "no country at all              | -  | Riyadh | BD-4041 | SA | location.country",
            "no city                        | SA | -      | BD-4041 | SA | location.city",
            "no country of exploitation     | SA | Riyadh | BD-4041 | -  | countryOfExploitation",
            "an unknown country of exploitation | SA | Riyadh | BD-4041 | ZZ | countryOfExploitation"})
    void aScreeningAbroadThatLeavesOutOrMistakesAPlaceIsRefusedNamingTheField(String why, String country, String city,
                                                                              String homeDistrict, String exploitedIn,
                                                                              String field) {
        AdminArea home = homeDistrict == null ? null : new AdminArea(null, homeDistrict, null);
        Abroad abroad = country == null && city == null ? null : new Abroad(country, city);
        List<FieldProblem> problems = AbroadPolicy.problems(RIYADH, new AbroadPolicy.Given(null, abroad, home, exploitedIn));
        assertThat(problems).extracting(FieldProblem::field).containsExactly(field);
        assertThat(problems.get(0).message()).doesNotContain("Riyadh", "XX", "ZZ");
    }

    @Test
    void anAgencyAbroadGivesACountryAndCityNotAnAreaOfBangladesh() {
        assertThat(AbroadPolicy.problems(RIYADH, new AbroadPolicy.Given(AIRPORT, null, JASHORE, "SA")))
                .extracting(FieldProblem::field).containsExactly("location.districtId");
    }

    @Test
    void anAgencyInBangladeshMayNotScreenAbroadNorLeaveOutItsDistrict() {
        assertThat(AbroadPolicy.problems(AgencyLocation.IN_BANGLADESH,
                new AbroadPolicy.Given(null, new Abroad("SA", "Riyadh"), JASHORE, "SA")))
                .extracting(FieldProblem::field).containsExactly("location.country");
        assertThat(AbroadPolicy.problems(AgencyLocation.IN_BANGLADESH,
                new AbroadPolicy.Given(new AdminArea("BD-30", null, null), null, null, null)))
                .extracting(FieldProblem::field).containsExactly("location.districtId");
    }

    @Test
    void bangladeshIsHomeEverythingElseIsAbroad() {
        assertThat(AgencyLocation.IN_BANGLADESH.abroad()).isFalse();
        assertThat(new AgencyLocation("BD", "Dhaka").abroad()).isFalse();
        assertThat(RIYADH.abroad()).isTrue();
    }

    @Test
    void aPersonScreenedAbroadIsAskedWhetherHerCaseMayGoHomeAndEitherAnswerCounts() {
        assertThat(AbroadPolicy.crossBorderAsked(RIYADH, null)).extracting(FieldProblem::field).containsExactly("consent.crossBorder");
        assertThat(AbroadPolicy.crossBorderAsked(RIYADH, Boolean.FALSE)).as("a no is an answer").isEmpty();
        assertThat(AbroadPolicy.crossBorderAsked(RIYADH, Boolean.TRUE)).isEmpty();
        assertThat(AbroadPolicy.crossBorderAsked(AgencyLocation.IN_BANGLADESH, null)).as("not asked at home").isEmpty();
    }
}
