package org.setu.screening.domain.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The export leaves Setu k-anonymous: generalised step by step, then the rows of classes still under k suppressed. */
class KAnonymityTest {

    static final String MISSING = "-99";

    @ParameterizedTest(name = "{0} rows of BD and {1} of IN, k = {2}: IN kept {3}")
    @CsvSource({"20, 11, 11, true", "20, 10, 11, false", "20, 1, 2, false", "5, 2, 2, true"})
    void aCitizenshipFewerThanKRowsShareIsWithheld(int bd, int in, int k, boolean kept) {
        List<CtdcRow> rows = new ArrayList<>();
        for (int i = 0; i < bd; i++) rows.add(row("2026", "Female", "21--23", "Adult", "BD"));
        for (int i = 0; i < in; i++) rows.add(row("2026", "Female", "21--23", "Adult", "IN"));
        List<CtdcRow> out = KAnonymity.withholdRare(rows, "citizenship", k, MISSING);
        assertThat(out.stream().anyMatch(r -> r.get("citizenship").equals("IN"))).isEqualTo(kept);
        assertThat(out.stream().filter(r -> r.get("citizenship").equals("BD"))).hasSize(bd);
    }

    @Test
    void aDatasetAlreadyKAnonymousLeavesUnchanged() {
        List<CtdcRow> rows = new ArrayList<>();
        for (int i = 0; i < 11; i++) rows.add(row("2026", "Female", "21--23", "Adult", "BD"));
        for (int i = 0; i < 12; i++) rows.add(row("2026", "Male", "9--17", "Minor", "BD"));
        KAnonymity.Anonymised out = KAnonymity.anonymise(rows, 11, MISSING);
        assertThat(out.rows()).isEqualTo(rows);
        assertThat(out.generalisations()).isEmpty();
        assertThat(out.suppressed()).isZero();
    }

    @Test
    void ageBandsTooFineForKAreWithheldButMajorityStatusIsKept() {
        List<CtdcRow> rows = new ArrayList<>();
        String[] adultBands = {"18--20", "21--23", "24--26", "27--29", "30--38"};
        for (int i = 0; i < 30; i++) rows.add(row("2026", "Female", adultBands[i % adultBands.length], "Adult", "BD"));
        KAnonymity.Anonymised out = KAnonymity.anonymise(rows, 11, MISSING);
        assertThat(out.generalisations()).contains("ageBroad withheld (majorityStatus kept)");
        assertThat(out.rows()).hasSize(30).allMatch(r -> r.get("ageBroad").equals(MISSING) && r.get("majorityStatus").equals("Adult"));
        assertThat(out.suppressed()).isZero();
    }

    @Test
    void aPersonAloneInHerClassIsSuppressedAndCounted() {
        List<CtdcRow> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) rows.add(row("2026", "Female", "21--23", "Adult", "BD"));
        rows.add(row("2026", "Transgender/NonConforming", "21--23", "Adult", "BD"));
        KAnonymity.Anonymised out = KAnonymity.anonymise(rows, 11, MISSING);
        assertThat(out.suppressed()).isEqualTo(1);
        assertThat(out.generalisations()).isEmpty();   // one row in 41 is within the suppression budget
        assertThat(out.rows()).noneMatch(r -> r.get("gender").startsWith("Transgender"));
    }

    @ParameterizedTest(name = "seed {0}, {1} rows, k = {2}")
    @CsvSource({"1, 30, 11", "2, 200, 11", "3, 1000, 11", "4, 500, 5", "5, 13, 11", "6, 0, 11", "7, 300, 25"})
    void everyEquivalenceClassOfTheOutputHoldsAtLeastKRows(long seed, int size, int k) {
        Random random = new Random(seed);
        String[] years = {"2025", "2026"};
        String[] genders = {"Female", "Male", "Transgender/NonConforming", MISSING};
        String[] bands = {"0--8", "9--17", "18--20", "21--23", "24--26", "27--29", "30--38", "39--47", "48+", MISSING};
        String[] countries = {"BD", "BD", "BD", "BD", "MM", "IN", "NP", MISSING};
        List<CtdcRow> rows = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String band = bands[random.nextInt(bands.length)];
            String majority = band.equals(MISSING) ? MISSING : band.startsWith("0") || band.startsWith("9") ? "Minor" : "Adult";
            rows.add(row(years[random.nextInt(2)], genders[random.nextInt(genders.length)], band, majority,
                    countries[random.nextInt(countries.length)]));
        }
        KAnonymity.Anonymised out = KAnonymity.anonymise(rows, k, MISSING);
        assertThat(KAnonymity.classSizes(out.rows()).values()).allMatch(n -> n >= k);
        assertThat(out.rows().size() + out.suppressed()).isEqualTo(size);
        assertThat(out.k()).isEqualTo(k);
    }

    static CtdcRow row(String year, String gender, String ageBroad, String majority, String citizenship) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("yearOfRegistration", year);
        values.put("gender", gender);
        values.put("ageBroad", ageBroad);
        values.put("majorityStatus", majority);
        values.put("citizenship", citizenship);
        values.put("isForcedLabour", "1");
        values.put("CountryOfExploitation", MISSING);
        return new CtdcRow(values);
    }
}
