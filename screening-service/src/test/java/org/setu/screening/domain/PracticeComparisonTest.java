package org.setu.screening.domain;

import org.junit.jupiter.api.Test;
import org.setu.events.vocabulary.Classification;
import org.setu.events.vocabulary.Element;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A screener's practice reading beside the expert's, through the real engine and the real instrument. */
class PracticeComparisonTest {

    static final String EXPERT = "deception-at-recruitment=nature-of-job,wages; exploitation=excessive-hours,low-or-no-salary;"
            + " coercion-at-destination=documents-confiscated,isolation";

    @Test
    void aScreenerWhoRecordsWhatTheExpertRecordedAgreesOnEverything() {
        PracticeComparison c = compare(30, EXPERT,
                "coercion-at-destination=isolation,documents-confiscated; exploitation=low-or-no-salary,excessive-hours;"
                        + " deception-at-recruitment=wages,nature-of-job");

        assertThat(c.agrees()).isTrue();
        assertThat(c.differences()).as("the order of ticked boxes does not matter").isEmpty();
        assertThat(c.given().classification()).isEqualTo(Classification.PRESUMED_TRAFFICKING_VICTIM);
    }

    @Test
    void aScreenerWhoMissedTheConfiscatedPassportIsToldWhichIndicatorAndWhichElementShePassedOver() {
        PracticeComparison c = compare(30, EXPERT,
                "deception-at-recruitment=nature-of-job,wages; exploitation=excessive-hours,low-or-no-salary");

        assertThat(c.classificationAgrees()).isFalse();
        assertThat(c.given().classification()).isEqualTo(Classification.POSSIBLE_TRAFFICKING_VICTIM);
        assertThat(c.differences()).singleElement().satisfies(d -> {
            assertThat(d.questionId()).isEqualTo("coercion-at-destination");
            assertThat(d.givenAnswer()).isNull();
            assertThat(d.missedIndicators()).isNotEmpty();
            assertThat(d.overReadIndicators()).isEmpty();
        });
        assertThat(c.elements()).filteredOn(e -> !e.agrees()).extracting(PracticeComparison.ElementAgreement::element)
                .containsExactly(Element.COERCION_AT_DESTINATION);
    }

    @Test
    void aScreenerWhoReadSmugglingIntoARegularJourneyIsToldSheOverReadIt() {
        PracticeComparison c = compare(30, "", "smuggling=paid-to-cross-irregularly");

        assertThat(c.expected().classification()).isEqualTo(Classification.NO_PROTECTION_NEED);
        assertThat(c.given().classification()).isEqualTo(Classification.SMUGGLED_MIGRANT);
        assertThat(c.differences()).singleElement().satisfies(d -> {
            assertThat(d.overReadIndicators()).isNotEmpty();
            assertThat(d.missedIndicators()).isEmpty();
        });
        assertThat(c.extraNeeds()).isNotEmpty();
        assertThat(c.missedNeeds()).isEmpty();
    }

    @Test
    void theExpertsReadingOfAChildIsKeptForBothSoThatAMissedChildSignIsADifferenceNotAnotherPerson() {
        PracticeComparison c = compare(null, "appears-under-18=true; " + EXPERT, EXPERT);

        assertThat(c.expected().child()).isTrue();
        assertThat(c.given().child()).isFalse();
        assertThat(c.urgencyAgrees()).isFalse();
        assertThat(c.differences()).extracting(PracticeComparison.QuestionDifference::questionId).containsExactly("appears-under-18");
    }

    private static PracticeComparison compare(Integer age, String expert, String given) {
        Map<String, Object> e = SetuCore.answers(expert);
        Map<String, Object> g = SetuCore.answers(given);
        return PracticeComparison.compare(SetuCore.V1, e, g, age, List.of("bn"));
    }
}
