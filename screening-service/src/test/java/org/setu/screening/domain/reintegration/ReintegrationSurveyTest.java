package org.setu.screening.domain.reintegration;

import org.junit.jupiter.api.Test;
import org.setu.screening.domain.AnswerProblem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The survey as served: honest about its sources, in both languages, and strict about the answers it takes. */
class ReintegrationSurveyTest {

    @Test
    void theSurveyHasNoMistakesAndMeasuresTheSameThreeDimensionsAsTheReintegrationPlan() {
        assertThat(IomRss.V1.mistakes()).isEmpty();
        assertThat(IomRss.V1.dimensions()).extracting(ReintegrationSurvey.Dimension::code).isEqualTo(ReintegrationPlan.DIMENSIONS);
        assertThat(IomRss.V1.dimensions()).allSatisfy(d -> assertThat(d.indicators()).hasSize(5));
    }

    @Test
    void weightsAndWordingThatWereNotFoundInIomsPublicationSaySoInsteadOfPretending() {
        assertThat(IomRss.V1.interimWeights()).isTrue();
        assertThat(IomRss.V1.threshold()).isNull();
        for (ReintegrationSurvey.Dimension d : IomRss.V1.dimensions()) {
            assertThat(d.weight().source()).as(d.code()).isEqualTo(Weight.NOT_FOUND);
            d.indicators().forEach(i -> assertThat(i.weight().source()).as(i.code()).isEqualTo(Weight.NOT_FOUND));
        }
        assertThat(IomRss.V1.questions()).allSatisfy(q -> {
            assertThat(q.weight().source()).as(q.id()).isEqualTo(Weight.NOT_FOUND);
            assertThat(q.wording()).as(q.id()).isEqualTo(SurveyQuestion.NOT_VERIFIED);
        });
        assertThat(IomRss.V1.sources()).allSatisfy(s -> assertThat(s.url()).startsWith("https://"));
    }

    @Test
    void everyQuestionAndOptionIsLabelledInEnglishAndBangla() {
        for (SurveyQuestion q : IomRss.V1.questions()) {
            assertThat(q.label().en()).as(q.id()).isNotBlank();
            assertThat(q.label().bn()).as(q.id()).isNotBlank().matches(".*[\\u0980-\\u09FF].*");
            q.options().forEach(o -> assertThat(o.label().bn()).as(q.id() + "/" + o.value()).matches(".*[\\u0980-\\u09FF].*"));
        }
    }

    @Test
    void answersThatFitTheSurveyHaveNoProblems() {
        assertThat(IomRss.V1.check(IomRss.answers("can-borrow=not-said; children-in-school=no-children"))).isEmpty();
    }

    @Test
    void anUnknownQuestionIsNamed() {
        Map<String, Object> answers = IomRss.answers(null);
        answers.put("favourite-colour", "blue");
        assertThat(IomRss.V1.check(answers)).containsExactly(
                new AnswerProblem("favourite-colour", "is not a question of survey iom-rss v1"));
    }

    @Test
    void anOptionOutsideTheQuestionsOptionsIsNamedWithTheOptionsButNotTheValue() {
        Map<String, Object> answers = IomRss.answers("work-status=sometimes-abroad");
        answers.put("can-borrow", true);
        answers.put("distress", 3);
        List<AnswerProblem> problems = IomRss.V1.check(answers);
        assertThat(problems).extracting(AnswerProblem::questionId).containsExactly("can-borrow", "distress", "work-status");
        assertThat(problems).contains(new AnswerProblem("work-status", "must be one of full-time, some-days, not-working, not-said"));
        assertThat(problems.toString()).doesNotContain("sometimes-abroad");
    }

    @Test
    void aMissingRequiredAnswerIsNamedAndSoIsANullOne() {
        Map<String, Object> answers = new HashMap<>(IomRss.answers(null));
        answers.remove("housing");
        answers.put("distress", null);
        assertThat(IomRss.V1.check(answers)).containsExactly(
                new AnswerProblem("distress", "is required"), new AnswerProblem("housing", "is required"));
    }
}
