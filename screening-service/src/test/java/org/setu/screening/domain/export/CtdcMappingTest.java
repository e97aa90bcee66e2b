package org.setu.screening.domain.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.setu.events.vocabulary.Classification;
import org.setu.events.vocabulary.Sex;
import org.setu.screening.app.CtdcMappings;
import org.setu.screening.app.InstrumentCatalog;
import org.setu.screening.domain.Instrument;
import org.setu.screening.domain.Question;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The setu-core v1 mapping to CTDC's variables, read as the service reads it, against the real instrument. */
class CtdcMappingTest {

    static final Instrument V1 = InstrumentCatalog.read(InstrumentCatalog.yamlMapper(), "instruments/setu-core/v1.yaml");
    static final CtdcMapping MAPPING = CtdcMappings.read(InstrumentCatalog.yamlMapper(), V1);

    @Test
    void everyOptionOfAMappedQuestionIsMappedOrDeclaredNotExported() {
        assertThat(MAPPING.mistakes(V1)).isEmpty();
        assertThat(MAPPING.mappedQuestions()).contains("exploitation", "coercion-at-recruitment", "coercion-at-destination",
                "deception-at-recruitment", "migration-route");
        for (String id : MAPPING.mappedQuestions()) {
            Question question = V1.question(id).orElseThrow();
            Set<String> accounted = new HashSet<>();
            MAPPING.flags().forEach(f -> f.from().stream().filter(s -> s.question().equals(id)).forEach(s -> accounted.addAll(s.values())));
            MAPPING.notExported().stream().filter(n -> n.question().equals(id)).forEach(n -> accounted.addAll(n.values()));
            if (MAPPING.countryOfExploitation().question().equals(id)) accounted.addAll(MAPPING.countryOfExploitation().values().keySet());
            assertThat(accounted).as(id).containsAll(question.options().stream().map(o -> o.value()).toList());
        }
    }

    @Test
    void aMappingThatForgetsAnOptionIsRefused() {
        CtdcMapping forgetful = new CtdcMapping(MAPPING.instrument(), MAPPING.codebook(), MAPPING.missing(),
                MAPPING.includeClassifications(), MAPPING.columns(), MAPPING.gender(), MAPPING.adult(), MAPPING.minor(),
                MAPPING.ageBroad(), MAPPING.countryOfExploitation(), MAPPING.flags(), MAPPING.notAsked(), List.of());
        assertThat(forgetful.mistakes(V1))
                .contains("option migration-route:irregular is neither mapped nor declared not exported");
    }

    @Test
    void thePublishedColumnsAreCtdcsVariablesEachDefinedOnce() {
        assertThat(MAPPING.columns()).startsWith("yearOfRegistration", "gender", "ageBroad", "majorityStatus", "citizenship")
                .contains("CountryOfExploitation", "isForcedLabour", "isSexualExploit", "meansOfControlDebtBondage",
                        "typeOfLabourDomesticWork", "recruiterRelationFamily")
                .doesNotHaveDuplicates();
        assertThat(MAPPING.missing()).isEqualTo("-99");
        assertThat(MAPPING.codebook().url()).contains("CTDC-codebook");
    }

    @ParameterizedTest(name = "age {0} is in band {1}, {2}")
    @CsvSource(nullValues = "none", value = {
            "0, 0--8, Minor", "8, 0--8, Minor", "9, 9--17, Minor", "17, 9--17, Minor", "18, 18--20, Adult",
            "23, 21--23, Adult", "26, 24--26, Adult", "29, 27--29, Adult", "30, 30--38, Adult", "47, 39--47, Adult",
            "48, 48+, Adult", "91, 48+, Adult"})
    void anAgeOnTheFirstScreeningDayGivesCtdcsBroadAgeAndMajority(int age, String band, String majority) {
        CtdcRow row = row(subject(Sex.FEMALE, age, false, "BD", answers("")));
        assertThat(row.get("ageBroad")).isEqualTo(band);
        assertThat(row.get("majorityStatus")).isEqualTo(majority);
    }

    @Test
    void anUnknownAgeWithSignsOfAChildIsAMinorOfNoKnownBand() {
        CtdcRow child = row(subject(Sex.MALE, null, true, "BD", answers("")));
        assertThat(child.get("ageBroad")).isEqualTo("-99");
        assertThat(child.get("majorityStatus")).isEqualTo("Minor");
        assertThat(row(subject(Sex.MALE, null, false, "BD", answers(""))).get("majorityStatus")).isEqualTo("-99");
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"FEMALE, Female", "MALE, Male", "THIRD_GENDER, Transgender/NonConforming", "UNKNOWN, -99"})
    void theSexGivenAtScreeningIsCtdcsGender(Sex sex, String gender) {
        assertThat(row(subject(sex, 30, false, "BD", answers(""))).get("gender")).isEqualTo(gender);
    }

    @ParameterizedTest(name = "{0}: {1} = {2}")
    @CsvSource(delimiter = '|', value = {
            "coercion-at-destination=debt-bondage | meansOfControlDebtBondage | 1",
            "coercion-at-recruitment=debt-bondage | meansOfControlDebtBondage | 1",
            "coercion-at-destination=isolation | meansOfControlDebtBondage | 0",
            "exploitation=low-or-no-salary | meansOfControlDebtBondage | -99",
            "coercion-at-destination=wages-withheld | meansOfControlTakesEarnings | 1",
            "coercion-at-destination=documents-confiscated | meansOfControlWithholdsDocuments | 1",
            "coercion-at-destination=threat-of-denunciation | meansOfControlThreatOfLawEnforcement | 1",
            "coercion-at-destination=violence | meansOfControlPhysicalAbuse | 1",
            "coercion-at-destination=forced-tasks-or-clients | meansOfControlOther | 1",
            "deception-at-recruitment=wages | meansOfControlFalsePromises | 1",
            "exploitation=excessive-hours | meansOfControlExcessiveWorkingHours | 1",
            "exploitation=hazardous-work | isForcedLabour | 1",
            "exploitation=hazardous-work | isSexualExploit | -99",
            "exploitation=hazardous-work | typeOfLabourConstruction | -99",
            "exploitation=hazardous-work | recruiterRelationFriend | -99",
            "migration-route=internal | CountryOfExploitation | BD",
            "migration-route=regular | CountryOfExploitation | -99",
            "migration-route=irregular | CountryOfExploitation | -99"})
    void anAnswerBecomesTheCtdcFlagItMeans(String answer, String column, String value) {
        assertThat(row(subject(Sex.FEMALE, 30, false, "BD", answers(answer))).get(column)).isEqualTo(value);
    }

    @Test
    void aCountryOfExploitationRecordedAsACodeIsExportedAsItIsAndOutranksTheTravelAnswer() {
        CtdcSubject riyadh = new CtdcSubject(2026, Sex.FEMALE, 30, false, "BD", Classification.PRESUMED_TRAFFICKING_VICTIM,
                answers(""), "SA");
        assertThat(row(riyadh).get("CountryOfExploitation")).isEqualTo("SA");
        CtdcSubject internal = new CtdcSubject(2026, Sex.FEMALE, 30, false, "BD", Classification.PRESUMED_TRAFFICKING_VICTIM,
                answers("migration-route=internal"), "IN");
        assertThat(row(internal).get("CountryOfExploitation")).isEqualTo("IN");
    }

    @Test
    void aScreeningThatFoundNoVictimIsNotACtdcCase() {
        for (Classification c : Classification.values()) {
            CtdcSubject s = new CtdcSubject(2026, Sex.FEMALE, 30, false, "BD", c, answers(""));
            boolean victim = c == Classification.PRESUMED_TRAFFICKING_VICTIM || c == Classification.POSSIBLE_TRAFFICKING_VICTIM;
            assertThat(CtdcRows.row(MAPPING, s).isPresent()).as(c.name()).isEqualTo(victim);
        }
    }

    @Test
    void aRowHoldsEveryPublishedColumnInOrderAndNothingElse() {
        CtdcRow row = row(subject(Sex.FEMALE, 30, false, null, answers("exploitation=hazardous-work")));
        assertThat(List.copyOf(row.values().keySet())).isEqualTo(MAPPING.columns());
        assertThat(row.get("yearOfRegistration")).isEqualTo("2026");
        assertThat(row.get("citizenship")).isEqualTo("-99");
    }

    static CtdcRow row(CtdcSubject subject) {
        return CtdcRows.row(MAPPING, subject).orElseThrow();
    }

    static CtdcSubject subject(Sex sex, Integer age, boolean child, String nationality, Map<String, Object> answers) {
        return new CtdcSubject(2026, sex, age, child, nationality, Classification.PRESUMED_TRAFFICKING_VICTIM, answers);
    }

    /** {@code "question=value,value"}; the travel question is answered "regular" unless given. */
    static Map<String, Object> answers(String spec) {
        Map<String, Object> answers = new HashMap<>();
        answers.put("migration-route", "regular");
        if (spec.isBlank()) return answers;
        String[] kv = spec.split("=", 2);
        Question q = V1.question(kv[0]).orElseThrow();
        answers.put(kv[0], q.type().name().equals("MULTI_CHOICE") ? Arrays.asList(kv[1].split(",")) : kv[1]);
        return answers;
    }
}
