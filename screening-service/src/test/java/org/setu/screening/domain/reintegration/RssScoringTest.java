package org.setu.screening.domain.reintegration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.setu.events.text.Reason;
import org.setu.screening.app.TraceText;
import org.setu.screening.domain.Text;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The survey's scores against worked examples. Each expectation is worked out by hand from the options' scores in
 * reintegration/iom-rss/v1.yaml and v1's equal weights: an indicator is the mean of its scored answers, a dimension
 * the mean of its scored indicators (economic and psychosocial have five, social five), the composite the mean of
 * the three dimensions. Every answer not named in a row is the one that scores 1.
 */
class RssScoringTest {

    static final TraceText TEXT = new TraceText();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        a person reintegrated in every respect scores 1 everywhere | - | 1 | 1 | 1 | 1
        a person with stable income and no debt scores high on the economic dimension | economic-satisfaction=satisfied | 0.95 | 1 | 1 | 0.9833333333
        a person without income, in debt beyond it and going hungry scores low on the economic dimension | income-source=none; food-cut-back=often; debt-burden=cannot-repay; can-borrow=no; work-status=not-working; economic-satisfaction=very-dissatisfied | 0.05 | 1 | 1 | 0.6833333333
        a debt that can be repaid counts half within the debt indicator | income-source=irregular; debt-burden=manageable; can-borrow=yes | 0.85 | 1 | 1 | 0.95
        an answer the person would not give is left out rather than counted as zero | debt-burden=manageable; can-borrow=not-said | 0.9 | 1 | 1 | 0.9666666667
        a household without school-age children is not marked down for schooling | housing=temporary; children-in-school=no-children | 1 | 0.875 | 1 | 0.9583333333
        a person who is isolated and in distress scores low on the psychosocial dimension | someone-to-rely-on=nobody; social-activities=never; feels-part-of-community=no; treated-badly-for-returning=often; distress=often; feels-safe=mostly | 1 | 1 | 0.15 | 0.7166666667
        a person half-way in every dimension gets a composite near the middle | income-source=irregular; food-cut-back=sometimes; debt-burden=manageable; can-borrow=no; work-status=some-days; economic-satisfaction=neither; housing=temporary; health-care=sometimes; children-in-school=some; identity-documents=applied; justice-access=no; public-support=not-entitled; someone-to-rely-on=one; social-activities=sometimes; feels-part-of-community=partly; treated-badly-for-returning=sometimes; distress=rarely; feels-safe=always | 0.45 | 0.4375 | 0.65 | 0.5125
        a dimension without any scored answer leaves the composite unscored | housing=not-said; health-care=not-needed; children-in-school=no-children; identity-documents=not-said; justice-access=not-said; public-support=not-entitled | 1 | - | 1 | -
        """)
    void scoresMatchTheWorkedExample(String example, String changes, Double economic, Double social, Double psychosocial,
                                     Double composite) {
        RssScore score = RssScoring.score(IomRss.V1, IomRss.answers(changes));
        assertScore(score.dimension("economic").orElse(null), economic, "economic");
        assertScore(score.dimension("social").orElse(null), social, "social");
        assertScore(score.dimension("psychosocial").orElse(null), psychosocial, "psychosocial");
        assertScore(score.composite(), composite, "composite");
        assertThat(score.dimensions()).extracting(RssScore.DimensionScore::dimension).isEqualTo(ReintegrationPlan.DIMENSIONS);
    }

    @Test
    void theInterimEqualWeightsAreReportedAsInterimAndNoVerdictIsGivenWithoutAPublishedThreshold() {
        RssScore score = RssScoring.score(IomRss.V1, IomRss.answers(null));
        assertThat(score.interimWeights()).isTrue();
        assertThat(score.sustainable()).isNull();
        assertThat(score.trace().get(0).code()).isEqualTo("rss.weights.interim");
        assertThat(score.trace().get(score.trace().size() - 1).code()).isEqualTo("rss.threshold.none");
    }

    @Test
    void weightsAreDataAnIndicatorWeightedThreeTimesCountsThreeTimesAndAPublishedThresholdGivesAVerdict() {
        // economic: indicator a (weight 3) scores 1, b (weight 1) scores 0 -> (3*1 + 1*0) / 4 = 0.75
        // social 0.5, psychosocial 0; dimension weights 2, 1, 1 -> (2*0.75 + 0.5 + 0) / 4 = 0.5, at the threshold 0.5
        ReintegrationSurvey weighted = new ReintegrationSurvey("weighted", 1, text("Weighted"), null,
                List.of(new ReintegrationSurvey.Source("pub", "A publication", "https://example.org", "annex", "weights")),
                new ReintegrationSurvey.Threshold(0.5, "pub"), List.of(
                dimension("economic", 2, indicator("a", 3, "q-a"), indicator("b", 1, "q-b")),
                dimension("social", 1, indicator("c", 1, "q-c")),
                dimension("psychosocial", 1, indicator("d", 1, "q-d"))));
        assertThat(weighted.mistakes()).isEmpty();

        RssScore score = RssScoring.score(weighted, Map.of("q-a", "high", "q-b", "low", "q-c", "middle", "q-d", "low"));
        assertScore(score.dimension("economic").orElseThrow(), 0.75, "economic");
        assertScore(score.composite(), 0.5, "composite");
        assertThat(score.interimWeights()).isFalse();
        assertThat(score.sustainable()).isTrue();
        assertThat(score.trace()).extracting(Reason::code).doesNotContain("rss.weights.interim").endsWith("rss.threshold.met");

        RssScore lower = RssScoring.score(weighted, Map.of("q-a", "middle", "q-b", "low", "q-c", "middle", "q-d", "low"));
        assertThat(lower.sustainable()).as("(2*0.375 + 0.5) / 4 = 0.3125").isFalse();
    }

    @Test
    void answersThatDoNotFitAreRefusedWithoutRepeatingTheirValues() {
        Map<String, Object> answers = IomRss.answers("housing=a-palace");
        assertThatThrownBy(() -> RssScoring.score(IomRss.V1, answers))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("housing").hasMessageNotContaining("palace");
    }

    @Test
    void theTraceReadsInEnglishAndInBanglaWithBanglaDigits() {
        List<Reason> trace = RssScoring.score(IomRss.V1, IomRss.answers("economic-satisfaction=satisfied; can-borrow=not-said")).trace();
        assertThat(TEXT.missing(trace, "en")).isEmpty();
        assertThat(TEXT.missing(trace, "bn")).isEmpty();

        List<String> english = TEXT.render(trace, "en");
        assertThat(english).contains(
                "The weights of iom-rss v1 are Setu's interim equal weights: IOM's published weights were not found.",
                "Economic-satisfaction: answer 'Satisfied' scores 0.75.",
                "Can-borrow: answer 'Does not know or prefers not to say' has no score and is left out.",
                "Indicator 'Debt and borrowing' scores 1.00 (questions scored: 1 of 2).",
                "The economic dimension scores 0.95 (indicators scored: 5 of 5).",
                "Composite score 0.98: the weighted mean of economic 0.95 (weight 1.00); social 1.00 (weight 1.00); "
                        + "psychosocial 1.00 (weight 1.00).",
                "No published threshold for sustainable reintegration was found, so no verdict is given.");

        List<String> bangla = TEXT.render(trace, "bn");
        assertThat(bangla).contains("economic-satisfaction: উত্তর 'সন্তুষ্ট'-এর স্কোর ০.৭৫।",
                "অর্থনৈতিক মাত্রার স্কোর ০.৯৫ (স্কোর পাওয়া সূচক: ৫টির মধ্যে ৫টি)।");
        assertThat(String.join("\n", bangla)).as("no English sentence is left").doesNotContain("scores", "weight", "Indicator");
    }

    private static void assertScore(Double actual, Double expected, String what) {
        if (expected == null) {
            assertThat(actual).as(what).isNull();
        } else {
            assertThat(actual).as(what).isNotNull();
            assertThat(actual).as(what).isCloseTo(expected, within(1e-9));
        }
    }

    private static Text text(String en) {
        return new Text(en, en + " (বাংলা)");
    }

    private static ReintegrationSurvey.Dimension dimension(String code, double weight, ReintegrationSurvey.SurveyIndicator... indicators) {
        return new ReintegrationSurvey.Dimension(code, text(code), new Weight(weight, "pub"), List.of(indicators));
    }

    private static ReintegrationSurvey.SurveyIndicator indicator(String code, double weight, String question) {
        SurveyQuestion q = new SurveyQuestion(question, text(question), true, "pub", new Weight(1, "pub"), List.of(
                new SurveyQuestion.ScoredOption("high", text("high"), 1.0),
                new SurveyQuestion.ScoredOption("middle", text("middle"), 0.5),
                new SurveyQuestion.ScoredOption("low", text("low"), 0.0)));
        return new ReintegrationSurvey.SurveyIndicator(code, text(code), "pub", new Weight(weight, "pub"), List.of(q));
    }
}
