package org.setu.screening.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.setu.screening.domain.repatriation.PortOfEntry;
import org.setu.screening.domain.repatriation.PortsOfEntry;
import org.setu.screening.domain.Text;
import org.setu.screening.domain.repatriation.PortKind;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The ports-of-entry list as shipped: every port sits in the district and upazila the geography gives it. */
class PortsOfEntryDataTest {

    static final PortsOfEntry SHIPPED = PortCatalog.read("return/ports-of-entry/v1.yaml");

    /**
     * Ids from the directory's geography (bd-geo, /work/shared/data/bd-geo: districts.csv and upazilas.csv, column 1,
     * copied into provider-directory-service/src/main/resources/geography), with the names they carry there, so that a
     * wrong id shows as a wrong place. The screening service does not hold the geography, so the ids are checked here.
     */
    @ParameterizedTest(name = "{0} lies in {2} district ({1}), upazila {4} ({3})")
    @CsvSource(nullValues = "-", value = {
            "DAC,      47, Dhaka,        -,   -",
            "CGP,      8,  Chattogram,   -,   -",
            "ZYL,      36, Sylhet,       281, Sylhet Sadar",
            "BENAPOLE, 20, Jashore,      178, Sharsha",
            "DARSHANA, 24, Chuadanga,    194, Damurhuda",
            "AKHAURA,  3,  Brahmanbaria, 29,  Akhaura",
            "BURIMARI, 55, Lalmonirhat,  420, Patgram",
            "HILI,     54, Dinajpur,     413, Hakimpur",
            "TAMABIL,  36, Sylhet,       278, Gowainghat"})
    void everyPortLiesInTheDistrictAndUpazilaOfTheGeography(String code, String districtId, String district, String upazilaId,
                                                             String upazila) {
        PortOfEntry port = SHIPPED.find(code).orElseThrow();
        assertThat(port.districtId()).as(district).isEqualTo(districtId);
        assertThat(port.upazilaId()).as(upazila == null ? "no upazila" : upazila).isEqualTo(upazilaId);
    }

    @Test
    void theShippedListHasTheThreeInternationalAirportsAndTheLandPortsOfTheIssueAndNoOtherPort() {
        assertThat(SHIPPED.mistakes()).isEmpty();
        assertThat(SHIPPED.ports()).extracting(PortOfEntry::code).containsExactlyInAnyOrder(
                "DAC", "CGP", "ZYL", "BENAPOLE", "DARSHANA", "AKHAURA", "BURIMARI", "HILI", "TAMABIL");
        assertThat(SHIPPED.ports()).filteredOn(p -> p.kind() == PortKind.AIRPORT).extracting(PortOfEntry::code)
                .containsExactlyInAnyOrder("DAC", "CGP", "ZYL");
    }

    @Test
    void aListWithATwiceListedPortADistrictThatIsNoGeographyIdOrALandPortWithoutItsCrossingIsNotServed() {
        Text name = new Text("Somewhere", "কোথাও");
        PortsOfEntry broken = new PortsOfEntry(1, List.of(
                new PortOfEntry("HILI", name, PortKind.LAND_PORT, "54", "413", name),
                new PortOfEntry("HILI", name, PortKind.LAND_PORT, "54", "413", name),
                new PortOfEntry("NOWHERE", name, PortKind.AIRPORT, "Dhaka", null, null),
                new PortOfEntry("FAR", name, PortKind.AIRPORT, "65", null, null),
                new PortOfEntry("OPEN", name, PortKind.LAND_PORT, "20", null, null),
                new PortOfEntry("MUTE", new Text("Mute", null), PortKind.AIRPORT, "8", null, null)));
        assertThat(broken.mistakes()).containsExactly(
                "port HILI is listed twice",
                "port NOWHERE needs a district id of the directory's geography (1 to 64)",
                "port FAR needs a district id of the directory's geography (1 to 64)",
                "land port OPEN needs the crossing on the other side, in English and Bangla",
                "port MUTE needs an English and a Bangla name");
    }
}
