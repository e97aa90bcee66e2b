package org.setu.screening.domain.repatriation;

import org.setu.events.screening.VerificationStatus;
import org.setu.events.screening.TravelMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.setu.screening.domain.Text;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules a planned return keeps, each as a table of plans and the field the case worker is sent back to. */
class ReturnPolicyTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    static final Text NAME = new Text("x", "x");
    static final PortOfEntry DHAKA = new PortOfEntry("DAC", NAME, PortKind.AIRPORT, "47", null, null);
    static final PortOfEntry BENAPOLE = new PortOfEntry("BENAPOLE", NAME, PortKind.LAND_PORT, "20", "178", NAME);

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", value = {
            "a flight into Dhaka next week is a plan,                       DAC,      AIR,  2026-12-10, 2026-12-14, -",
            "a bus through Benapole is a plan,                              BENAPOLE, LAND, 2026-12-10, 2026-12-10, -",
            "a return that slipped a month is still a plan,                 DAC,      AIR,  2026-11-07, 2026-12-20, -",
            "a port not in the list is refused,                             KOLKATA,  AIR,  2026-12-10, 2026-12-14, portOfEntry",
            "a flight does not land at a land port,                         BENAPOLE, AIR,  2026-12-10, 2026-12-14, mode",
            "a land crossing does not end at an airport,                    DAC,      LAND, 2026-12-10, 2026-12-14, mode",
            "no port of the list takes a ship yet,                          DAC,      SEA,  2026-12-10, 2026-12-14, mode",
            "a window that ends before it begins is refused,                DAC,      AIR,  2026-12-14, 2026-12-10, expectedTo",
            "a window of a year and a day is the longest,                   DAC,      AIR,  2027-01-01, 2028-01-02, -",
            "a window longer than that is a hope and not a plan,            DAC,      AIR,  2027-01-01, 2028-01-03, expectedTo",
            "a window that began more than a year ago is a mistyped year,   DAC,      AIR,  2025-12-01, 2026-06-01, expectedFrom",
            "a window more than two years ahead is a mistyped year,         DAC,      AIR,  2028-12-08, 2028-12-20, expectedFrom"})
    void aPlannedReturnKeepsItsRules(String rule, String port, TravelMode mode, LocalDate from, LocalDate to, String field) {
        PlannedReturn plan = new PlannedReturn(from, to, port, mode, null, null);
        assertThat(ReturnPolicy.problems(plan, find(port), TODAY)).as(rule).extracting(FieldProblem::field)
                .containsExactlyElementsOf(field == null ? java.util.List.of() : java.util.List.of(field));
    }

    @ParameterizedTest(name = "verification {0} since {1}: {2}")
    @CsvSource(nullValues = "-", value = {
            "PENDING,  2026-11-20, -",
            "VERIFIED, 2026-12-07, -",
            "REFUSED,  2026-12-08, nationalityVerification.since"})
    void aNationalityVerificationHasBegunOrEndedByTheDayItIsRecorded(VerificationStatus status, LocalDate since,
                                                                      String field) {
        PlannedReturn plan = new PlannedReturn(TODAY.plusDays(3), TODAY.plusDays(9), "DAC", TravelMode.AIR, "BG 4102",
                new NationalityVerification(status, VerificationAuthority.BD_MISSION, since));
        assertThat(ReturnPolicy.problems(plan, find("DAC"), TODAY)).extracting(FieldProblem::field)
                .containsExactlyElementsOf(field == null ? java.util.List.of() : java.util.List.of(field));
    }

    private static Optional<PortOfEntry> find(String code) {
        return code.equals("DAC") ? Optional.of(DHAKA) : code.equals("BENAPOLE") ? Optional.of(BENAPOLE) : Optional.empty();
    }
}
