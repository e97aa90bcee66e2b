package org.setu.directory.domain;

import org.junit.jupiter.api.Test;
import org.setu.events.directory.Capacity;
import org.setu.events.directory.CapacityUnit;
import org.setu.events.directory.Coverage;
import org.setu.events.directory.CoverageLevel;
import org.setu.events.directory.Eligibility;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.setu.directory.domain.GeographyTest.GEO;

class EntryRulesTest {

    @Test
    void coverageCodesMustExistAtTheirOwnLevel() {
        assertThat(EntryRules.coverage(List.of(new Coverage(CoverageLevel.DISTRICT, "47"), new Coverage(CoverageLevel.NATIONAL, null)), GEO, "coverage")).isEmpty();
        assertThat(EntryRules.coverage(List.of(new Coverage(CoverageLevel.DIVISION, "47")), GEO, "coverage"))
                .containsExactly(new FieldProblem("coverage[0].id", "is not a known division code"));
        assertThat(EntryRules.coverage(List.of(new Coverage(CoverageLevel.UPAZILA, null)), GEO, "coverage"))
                .extracting(FieldProblem::field).containsExactly("coverage[0].id");
        assertThat(EntryRules.coverage(List.of(new Coverage(CoverageLevel.NATIONAL, "1")), GEO, "coverage"))
                .extracting(FieldProblem::field).containsExactly("coverage[0].id");
        assertThat(EntryRules.coverage(List.of(), GEO, "coverage")).extracting(FieldProblem::field).containsExactly("coverage");
        assertThat(EntryRules.coverage(List.of(new Coverage(CoverageLevel.DISTRICT, "9"), new Coverage(CoverageLevel.DISTRICT, "9")), GEO, "coverage"))
                .extracting(FieldProblem::field).containsExactly("coverage[1]");
    }

    @Test
    void capacityIsNeverNegativeNorAboveItsTotal() {
        assertThat(EntryRules.capacity(new Capacity(0, 0, CapacityUnit.BEDS), "capacity")).isEmpty();
        assertThat(EntryRules.capacity(new Capacity(-1, 3, CapacityUnit.BEDS), "capacity")).extracting(FieldProblem::field)
                .containsExactly("capacity.available");
        assertThat(EntryRules.capacity(new Capacity(4, 3, CapacityUnit.BEDS), "capacity")).extracting(FieldProblem::message)
                .containsExactly("must not exceed total");
    }

    @Test
    void anAgeRangeMustNotBeUpsideDown() {
        assertThat(EntryRules.eligibility(new Eligibility(List.of(), 18, 18, List.of(), List.of()), "eligibility")).isEmpty();
        assertThat(EntryRules.eligibility(new Eligibility(List.of(), 18, 17, List.of(), List.of()), "eligibility"))
                .extracting(FieldProblem::field).containsExactly("eligibility.maxAge");
    }

    @Test
    void aLocationsFinerCodesMustLieInsideItsDistrict() {
        assertThat(EntryRules.area(new Location.Area(null, "47", "365", null), GEO, "area")).isEmpty();
        assertThat(EntryRules.area(new Location.Area("1", "47", null, null), GEO, "area")).extracting(FieldProblem::field)
                .containsExactly("area.divisionId");
        assertThat(EntryRules.area(new Location.Area(null, "9", "365", null), GEO, "area")).extracting(FieldProblem::message)
                .containsExactly("is not in the district");
        assertThat(EntryRules.completed(new Location.Area(null, "47", null, null), GEO).divisionId()).isEqualTo("6");
    }
}
