package org.setu.directory.domain;

import org.junit.jupiter.api.Test;
import org.setu.directory.domain.geo.AdminUnit;
import org.setu.directory.domain.geo.GeoLevel;
import org.setu.directory.domain.geo.Geography;
import org.setu.directory.domain.geo.GeographyCsv;
import org.setu.events.directory.Coverage;
import org.setu.events.directory.CoverageLevel;

import static org.assertj.core.api.Assertions.assertThat;

class GeographyTest {

    static final Geography GEO = GeographyCsv.load(name -> GeographyTest.class.getClassLoader().getResourceAsStream("geography/" + name));

    @Test
    void bangladeshHasEightDivisionsSixtyFourDistricts494UpazilasAnd4540Unions() {
        assertThat(GEO.count(GeoLevel.DIVISION)).isEqualTo(8);
        assertThat(GEO.count(GeoLevel.DISTRICT)).isEqualTo(64);
        assertThat(GEO.count(GeoLevel.UPAZILA)).isEqualTo(494);
        assertThat(GEO.count(GeoLevel.UNION)).isEqualTo(4540);
    }

    @Test
    void savarLiesInDhakaDistrictInDhakaDivision() {
        assertThat(GEO.lineage(GeoLevel.UPAZILA, "365")).extracting(AdminUnit::nameEn).containsExactly("Savar", "Dhaka", "Dhaka");
        assertThat(GEO.within(GeoLevel.UPAZILA, "365", GeoLevel.DIVISION, "6")).isTrue();
        assertThat(GEO.within(GeoLevel.UPAZILA, "365", GeoLevel.DISTRICT, "9")).isFalse();
        assertThat(GEO.find(GeoLevel.DISTRICT, "9").orElseThrow().nameBn()).isEqualTo("কক্সবাজার");
    }

    @Test
    void anUpazilaIsServedByItselfItsDistrictItsDivisionAndTheNation() {
        assertThat(Places.servedBy(GEO, GeoLevel.UPAZILA, "365")).containsExactly(
                new Coverage(CoverageLevel.UPAZILA, "365"), new Coverage(CoverageLevel.DISTRICT, "47"),
                new Coverage(CoverageLevel.DIVISION, "6"), new Coverage(CoverageLevel.NATIONAL, null));
    }

    @Test
    void quotedFieldsMayHoldCommasAndQuotes() {
        assertThat(GeographyCsv.class).isNotNull();
        assertThat(org.setu.directory.domain.geo.GeographyCsvAccess.fields("\"1\",\"A, \"\"B\"\"\",\"গ\""))
                .containsExactly("1", "A, \"B\"", "গ");
    }
}
