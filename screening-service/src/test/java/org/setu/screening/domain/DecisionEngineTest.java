package org.setu.screening.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.setu.events.vocabulary.AgeBand;
import org.setu.events.vocabulary.Classification;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Urgency;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DecisionEngineTest {

    static final String DECEIVED = "deception-at-recruitment=nature-of-job,wages";
    static final String EXPLOITED = "exploitation=excessive-hours,low-or-no-salary";
    static final String COERCED = "coercion-at-destination=documents-confiscated,isolation";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        an adult deceived, exploited and coerced at destination is a presumed victim   | 30 | deception-at-recruitment=nature-of-job,wages; exploitation=excessive-hours,low-or-no-salary; coercion-at-destination=documents-confiscated,isolation | PRESUMED_TRAFFICKING_VICTIM | HIGH
        an adult deceived and exploited but with no means at destination is a possible victim | 30 | deception-at-recruitment=nature-of-job,wages; exploitation=excessive-hours,low-or-no-salary | POSSIBLE_TRAFFICKING_VICTIM | HIGH
        a 17-year-old deceived and exploited is a presumed victim without any means     | 17 | deception-at-recruitment=nature-of-job,wages; exploitation=excessive-hours,low-or-no-salary | PRESUMED_TRAFFICKING_VICTIM | IMMEDIATE
        an 18-year-old deceived and exploited needs the means too, so is only a possible victim | 18 | deception-at-recruitment=nature-of-job,wages; exploitation=excessive-hours,low-or-no-salary | POSSIBLE_TRAFFICKING_VICTIM | HIGH
        a person of unknown age who shows signs of a child is judged as a child          | - | appears-under-18=true; deception-at-recruitment=nature-of-job,wages; exploitation=excessive-hours,low-or-no-salary | PRESUMED_TRAFFICKING_VICTIM | IMMEDIATE
        a person of unknown age without signs of a child is judged as an adult           | - | deception-at-recruitment=nature-of-job,wages; exploitation=excessive-hours,low-or-no-salary | POSSIBLE_TRAFFICKING_VICTIM | HIGH
        a known adult age is not overridden by looking young                             | 25 | appears-under-18=true; deception-at-recruitment=nature-of-job,wages; exploitation=excessive-hours,low-or-no-salary | POSSIBLE_TRAFFICKING_VICTIM | HIGH
        means at destination with no recruitment act are no trafficking, but a protection risk | 30 | coercion-at-destination=documents-confiscated,isolation | VULNERABLE_MIGRANT | HIGH
        a single means indicator with no act makes no element positive                  | 30 | coercion-at-destination=violence | NO_PROTECTION_NEED | ROUTINE
        an adult with recruitment and means but no exploitation is a possible victim    | 30 | deception-at-recruitment=nature-of-job,wages; coercion-at-destination=documents-confiscated,isolation | POSSIBLE_TRAFFICKING_VICTIM | HIGH
        a strong exploitation indicator alone is partial evidence                        | 30 | exploitation=excessive-hours | POSSIBLE_TRAFFICKING_VICTIM | HIGH
        a medium exploitation indicator alone is not                                     | 30 | exploitation=low-or-no-salary | NO_PROTECTION_NEED | ROUTINE
        three medium exploitation indicators alone show exploitation, a protection risk  | 30 | exploitation=low-or-no-salary,hazardous-work,wage-manipulation | VULNERABLE_MIGRANT | ROUTINE
        a child with exploitation but no recruitment is a possible victim, helped at once | 15 | exploitation=hazardous-work,low-or-no-salary,wage-manipulation | POSSIBLE_TRAFFICKING_VICTIM | IMMEDIATE
        being deceived about schooling is strong for a child, so a 12-year-old is a presumed victim | 12 | deception-at-recruitment=education,wages; exploitation=excessive-hours,hazardous-work | PRESUMED_TRAFFICKING_VICTIM | IMMEDIATE
        being deceived about schooling is weak for an adult, so the same answers give a possible victim | 30 | deception-at-recruitment=education,wages; exploitation=excessive-hours,hazardous-work | POSSIBLE_TRAFFICKING_VICTIM | HIGH
        someone who paid to be taken across a border is a smuggled migrant               | 30 | smuggling=paid-to-cross-irregularly | SMUGGLED_MIGRANT | ROUTINE
        two medium smuggling indicators are enough too                                   | 30 | smuggling=crossed-without-documents,hidden-in-transport | SMUGGLED_MIGRANT | ROUTINE
        an irregular route alone is not smuggling                                        | 30 | migration-route=irregular | NO_PROTECTION_NEED | ROUTINE
        a smuggled person who was also trafficked is a presumed victim first             | 30 | smuggling=paid-to-cross-irregularly; deception-at-recruitment=nature-of-job,wages; exploitation=excessive-hours,low-or-no-salary; coercion-at-destination=documents-confiscated,isolation | PRESUMED_TRAFFICKING_VICTIM | HIGH
        a household in unpayable debt with no income is a vulnerable migrant             | 30 | vulnerability-household=household-debt,no-household-income | VULNERABLE_MIGRANT | ROUTINE
        one weak vulnerability factor is not enough                                      | 30 | vulnerability-community=discrimination | NO_PROTECTION_NEED | ROUTINE
        no safe place to stay tonight is an immediate need                               | 30 | immediate-needs=no-safe-place-tonight | VULNERABLE_MIGRANT | IMMEDIATE
        a smuggled migrant with a medical emergency is seen within 24 hours              | 30 | smuggling=paid-to-cross-irregularly; immediate-needs=medical-emergency | SMUGGLED_MIGRANT | IMMEDIATE
        an unaccompanied child is an immediate need                                      | 10 | immediate-needs=unaccompanied-child | VULNERABLE_MIGRANT | IMMEDIATE
        the unaccompanied-child option means nothing for an adult                         | 30 | immediate-needs=unaccompanied-child | NO_PROTECTION_NEED | ROUTINE
        a vulnerable child is seen within three days                                     | 16 | vulnerability-household=household-debt,separated-from-family | VULNERABLE_MIGRANT | HIGH
        a returnee with nothing found has no protection need                             | 30 | - | NO_PROTECTION_NEED | ROUTINE
        """)
    void classifiesAndSetsUrgency(String sentence, Integer age, String answers, Classification expected, Urgency urgency) {
        ScreeningOutcome outcome = SetuCore.evaluate(age, answers);
        assertThat(outcome.classification()).as(String.join("\n", english(outcome))).isEqualTo(expected);
        assertThat(outcome.urgency()).as(String.join("\n", english(outcome))).isEqualTo(urgency);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        a 17-year-old always needs child protection, even with nothing found      | 17 | -                                       | CHILD_PROTECTION
        a presumed child of unknown age needs child protection                    | -  | appears-under-18=true                   | CHILD_PROTECTION
        no safe place tonight adds a shelter                                      | 30 | immediate-needs=no-safe-place-tonight   | SHELTER
        wanting to report the crime adds law enforcement                          | 30 | wants-to-report-crime=true              | LAW_ENFORCEMENT
        a presumed victim needs psychosocial support                              | 30 | deception-at-recruitment=nature-of-job,wages; exploitation=excessive-hours,low-or-no-salary; coercion-at-destination=documents-confiscated,isolation | PSYCHOSOCIAL
        a presumed victim needs reintegration                                     | 30 | deception-at-recruitment=nature-of-job,wages; exploitation=excessive-hours,low-or-no-salary; coercion-at-destination=documents-confiscated,isolation | REINTEGRATION
        a smuggled migrant needs legal aid                                        | 30 | smuggling=paid-to-cross-irregularly     | LEGAL_AID
        a household that cannot trace its family needs family tracing             | 30 | vulnerability-household=separated-from-family | FAMILY_TRACING
        """)
    void addsNeeds(String sentence, Integer age, String answers, ServiceCategory need) {
        assertThat(SetuCore.evaluate(age, answers).needs()).contains(need);
    }

    @Test
    void anEighteenYearOldIsNotGivenChildProtectionByAge() {
        assertThat(SetuCore.evaluate(18, null).needs()).doesNotContain(ServiceCategory.CHILD_PROTECTION);
    }

    @Test
    void someoneWhoSpeaksNeitherBanglaNorEnglishNeedsAnInterpreter() {
        ScreeningOutcome outcome = DecisionEngine.evaluate(SetuCore.V1, SetuCore.answers(null), 30, List.of("my"));
        assertThat(outcome.needs()).containsExactly(ServiceCategory.INTERPRETATION);
        assertThat(english(outcome)).contains("Needs INTERPRETATION: the person speaks neither Bangla nor English.");
    }

    @Test
    void needsComeInTheCategoriesOrderWithoutRepeats() {
        ScreeningOutcome outcome = SetuCore.evaluate(10, "immediate-needs=unaccompanied-child,no-safe-place-tonight");
        assertThat(outcome.needs()).containsExactly(ServiceCategory.SHELTER, ServiceCategory.CHILD_PROTECTION,
                ServiceCategory.FAMILY_TRACING);
    }

    @Test
    void theTraceSaysWhichAnswersRaisedWhichIndicatorsAndWhyTheClassificationFollows() {
        ScreeningOutcome outcome = SetuCore.evaluate(30, DECEIVED + ";" + EXPLOITED + ";" + COERCED);
        assertThat(english(outcome)).containsSubsequence(
                "Age 30: an adult.",
                "Answer 'deception-at-recruitment' (Deceived about the nature of the job, location or employer) raised "
                        + "ILO-DR-01: a strong indicator of deceptive recruitment.",
                "Deceptive recruitment is positive: 1 strong, 1 medium and 0 weak indicators meet the rule '1 strong + 1 more'.",
                "Classification PRESUMED_TRAFFICKING_VICTIM (presumed victim of trafficking): recruitment (deceptive "
                        + "recruitment), exploitation and a means at destination (coercion at destination) are all positive: "
                        + "act, means and purpose.",
                "Urgency HIGH (72 hours): a presumed victim of trafficking is seen within three days.");
    }

    @Test
    void theTraceOfAPossibleVictimSaysWhatIsMissing() {
        ScreeningOutcome outcome = SetuCore.evaluate(18, DECEIVED + ";" + EXPLOITED);
        assertThat(english(outcome)).contains(
                "Not a presumed victim: an adult needs a recruitment element, exploitation and a means at destination, all "
                        + "positive; means at destination is not positive.",
                "Classification POSSIBLE_TRAFFICKING_VICTIM (possible victim of trafficking): two of the three parts are "
                        + "positive (recruitment and exploitation), means at destination is not positive: partial evidence, "
                        + "a full assessment is needed.");
    }

    @Test
    void anElementWithSignsButBelowTheRuleSaysWhichRulesItMissed() {
        ScreeningOutcome outcome = SetuCore.evaluate(30, "coercion-at-destination=violence");
        assertThat(english(outcome)).contains("Coercion at destination shows signs but is not positive: 1 strong, 0 medium "
                + "and 0 weak indicator meet none of the rules (2 strong; 1 strong + 1 more; 3 medium or stronger; "
                + "2 medium or stronger + 1 more).");
    }

    @Test
    void aChildOfUnknownAgeTravelsInEventsAsTheOlderChildBand() {
        assertThat(SetuCore.evaluate(null, "appears-under-18=true").ageBand()).isEqualTo(AgeBand.CHILD_12_17);
        assertThat(SetuCore.evaluate(null, null).ageBand()).isEqualTo(AgeBand.UNKNOWN);
        assertThat(SetuCore.evaluate(17, null).ageBand()).isEqualTo(AgeBand.CHILD_12_17);
        assertThat(SetuCore.evaluate(18, null).ageBand()).isEqualTo(AgeBand.ADULT_18_24);
    }

    /** The trace as an English reader gets it. */
    static java.util.List<String> english(ScreeningOutcome outcome) {
        return new org.setu.screening.app.TraceText().render(outcome.trace(), "en");
    }
}
