package org.setu.screening.domain;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.setu.events.vocabulary.Classification;
import org.setu.events.vocabulary.Urgency;
import org.setu.screening.app.InstrumentCatalog;
import org.setu.screening.app.PracticeCaseReader;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped practice cases are teaching material only while they agree with the engine: a change to the engine
 * or the instrument that changes a case's outcome fails here, and the case (or the change) must be looked at.
 */
class PracticeCasesTest {

    /** What issue #22 asks the cases to cover, besides every classification and every urgency. */
    static final List<String> REQUIRED_TOPICS = List.of("adult", "child", "boundary-17", "boundary-18", "internal",
            "smuggling-only", "debt-bondage", "forced-marriage", "gulf-domestic-work", "fishing", "brick-kiln",
            "cross-border-india", "not-enough-to-say");

    static final List<PracticeCase> CASES = PracticeCaseReader.files(folder()).stream()
            .map(f -> PracticeCaseReader.read(InstrumentCatalog.yamlMapper(), f)).toList();

    static Path folder() {
        URL url = Thread.currentThread().getContextClassLoader().getResource(PracticeCaseReader.FOLDER);
        assertThat(url).as("the practice cases are resources in " + PracticeCaseReader.FOLDER).isNotNull();
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each case under its id, so that a failing run names the case rather than printing the whole record. */
    static List<Named<PracticeCase>> cases() {
        return CASES.stream().map(c -> Named.of(c.id(), c)).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyPracticeCasesExpertAnswersFitTheInstrumentItWasWrittenFor(PracticeCase c) {
        assertThat(c.instrument()).isEqualTo(new PracticeCase.InstrumentRef(SetuCore.V1.code(), SetuCore.V1.version()));
        assertThat(SetuCore.V1.check(c.answers())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyPracticeCasesExpertAnswersLeadTheEngineToItsExpectedOutcome(PracticeCase c) {
        ScreeningOutcome outcome = c.evaluate(SetuCore.V1);
        String why = c.id() + "\n" + String.join("\n", DecisionEngineTest.english(outcome));
        assertThat(outcome.classification()).as(why).isEqualTo(c.expected().classification());
        assertThat(outcome.urgency()).as(why).isEqualTo(c.expected().urgency());
        assertThat(Set.copyOf(outcome.needs())).as(why).isEqualTo(c.expected().needs());
        assertThat(c.expects(outcome)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyPracticeCaseIsToldInEnglishAndBanglaWithANoteForEveryAnswer(PracticeCase c) {
        assertThat(c.mistakes()).isEmpty();
    }

    @Test
    void atLeastTwentyPracticeCasesShipAndNoTwoShareAnId() {
        assertThat(CASES).hasSizeGreaterThanOrEqualTo(20);
        assertThat(CASES.stream().map(PracticeCase::id)).doesNotHaveDuplicates();
    }

    @Test
    void eachCaseIsNamedAfterItsFile() {
        assertThat(PracticeCaseReader.files(folder()).stream().map(f -> f.getFileName().toString()))
                .containsExactlyElementsOf(CASES.stream().map(c -> c.id() + ".yaml").toList());
    }

    @Test
    void thePracticeCasesCoverEveryTopicTheIssueAsksFor() {
        Set<String> covered = CASES.stream().flatMap(c -> c.covers().stream()).collect(Collectors.toCollection(TreeSet::new));
        assertThat(covered).containsAll(REQUIRED_TOPICS);
    }

    @Test
    void thePracticeCasesLeadToEveryClassificationAndEveryUrgency() {
        assertThat(CASES.stream().map(c -> c.expected().classification()).distinct())
                .containsExactlyInAnyOrderElementsOf(Arrays.asList(Classification.values()));
        assertThat(CASES.stream().map(c -> c.expected().urgency()).distinct())
                .containsExactlyInAnyOrderElementsOf(Arrays.asList(Urgency.values()));
    }

    @Test
    void theSeventeenAndEighteenYearOldBoundaryCasesShareTheirAnswersButNotTheirOutcome() {
        PracticeCase seventeen = only("boundary-17");
        PracticeCase eighteen = only("boundary-18");
        assertThat(seventeen.person().age()).isEqualTo(17);
        assertThat(eighteen.person().age()).isEqualTo(18);
        assertThat(seventeen.answers()).isEqualTo(eighteen.answers());
        assertThat(seventeen.expected()).isNotEqualTo(eighteen.expected());
    }

    @Test
    void aCaseWithoutBanglaOrWithAnAnswerLackingItsNoteCannotBeTaught() {
        PracticeCase incomplete = new PracticeCase("incomplete", new PracticeCase.InstrumentRef("setu-core", 1),
                new Text("A title", null), new Text("A story", "একটি গল্প"), new PracticeCase.Person(30, List.of("bn")),
                Map.of("migration-route", "regular", "months-away", 3),
                new PracticeCase.Expected(Classification.NO_PROTECTION_NEED, Urgency.ROUTINE, Set.of()),
                Map.of("months-away", new Text("Three months.", "তিন মাস।"),
                        "smuggling", new Text("Not asked.", "জিজ্ঞেস করা হয়নি।")), List.of());
        assertThat(incomplete.mistakes()).containsExactly("incomplete: title needs English and Bangla",
                "incomplete: answer to migration-route has no teaching note",
                "incomplete: note for smuggling, which is not answered");
    }

    private static PracticeCase only(String topic) {
        List<PracticeCase> found = CASES.stream().filter(c -> c.covers().contains(topic)).toList();
        assertThat(found).as("cases covering " + topic).hasSize(1);
        return found.get(0);
    }
}
