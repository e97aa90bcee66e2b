package org.setu.screening.domain.reintegration;

import org.setu.events.text.Reason;
import org.setu.screening.domain.AnswerProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores answers to a {@link ReintegrationSurvey}: each answer is its option's score (0 to 1); an indicator is the
 * weighted mean of its scored answers, a dimension the weighted mean of its scored indicators, and the composite the
 * weighted mean of the three dimensions. An answer without a score ("does not know") leaves its weight out, so it
 * neither raises nor lowers anything; a composite needs every dimension, as a missing one would hide a weakness.
 */
public final class RssScoring {

    private RssScoring() {
    }

    /** The scores of answers that fit the survey ({@link ReintegrationSurvey#check}); answers that do not are refused. */
    public static RssScore score(ReintegrationSurvey survey, Map<String, Object> answers) {
        List<AnswerProblem> problems = survey.check(answers);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("answers do not fit survey " + survey.name() + ": "
                    + problems.stream().map(AnswerProblem::questionId).toList());
        }
        List<Reason> trace = new ArrayList<>();
        if (survey.interimWeights()) trace.add(Reason.of("rss.weights.interim", Reason.value(survey.name())));
        List<RssScore.DimensionScore> dimensions = new ArrayList<>();
        Mean composite = new Mean();
        List<Reason.Arg> parts = new ArrayList<>();
        String unscored = null;
        for (ReintegrationSurvey.Dimension d : survey.dimensions()) {
            Double score = dimension(d, answers, trace);
            dimensions.add(new RssScore.DimensionScore(d.code(), score));
            if (score == null) {
                if (unscored == null) unscored = d.code();
                continue;
            }
            composite.add(score, d.weight().value());
            parts.add(Reason.nested(Reason.of("rss.part", dimensionTerm(d.code()), number(score), number(d.weight().value()))));
        }
        Double total = unscored == null ? composite.value() : null;
        if (total == null) {
            trace.add(Reason.of("rss.composite.none", dimensionTerm(unscored)));
        } else {
            trace.add(Reason.of("rss.composite", number(total), Reason.joined("join.semicolon", parts)));
        }
        Boolean sustainable = verdict(survey.threshold(), total, trace);
        return new RssScore(survey.code(), survey.version(), dimensions, total, survey.interimWeights(), sustainable, trace);
    }

    private static Double dimension(ReintegrationSurvey.Dimension d, Map<String, Object> answers, List<Reason> trace) {
        Mean mean = new Mean();
        for (ReintegrationSurvey.SurveyIndicator i : d.indicators()) {
            Double score = indicator(i, answers, trace);
            if (score != null) mean.add(score, i.weight().value());
        }
        Double score = mean.value();
        trace.add(score == null ? Reason.of("rss.dimension.none", dimensionTerm(d.code()))
                : Reason.of("rss.dimension", dimensionTerm(d.code()), number(score), Reason.value(mean.count()),
                Reason.value(d.indicators().size())));
        return score;
    }

    private static Double indicator(ReintegrationSurvey.SurveyIndicator i, Map<String, Object> answers, List<Reason> trace) {
        Mean mean = new Mean();
        for (SurveyQuestion q : i.questions()) {
            Object answer = answers.get(q.id());
            if (answer == null) continue;
            SurveyQuestion.ScoredOption chosen = q.option(answer).orElseThrow();
            if (chosen.score() == null) {
                trace.add(Reason.of("rss.answer.unscored", Reason.value(q.id()), chosen.label().asLabel()));
            } else {
                mean.add(chosen.score(), q.weight().value());
                trace.add(Reason.of("rss.answer", Reason.value(q.id()), chosen.label().asLabel(), number(chosen.score())));
            }
        }
        Double score = mean.value();
        trace.add(score == null ? Reason.of("rss.indicator.none", i.label().asLabel())
                : Reason.of("rss.indicator", i.label().asLabel(), number(score), Reason.value(mean.count()),
                Reason.value(i.questions().size())));
        return score;
    }

    private static Boolean verdict(ReintegrationSurvey.Threshold threshold, Double composite, List<Reason> trace) {
        if (composite == null) return null;
        if (threshold == null) {
            trace.add(Reason.of("rss.threshold.none"));
            return null;
        }
        boolean met = composite >= threshold.value();
        trace.add(Reason.of(met ? "rss.threshold.met" : "rss.threshold.notMet", number(composite), number(threshold.value())));
        return met;
    }

    private static Reason.Term dimensionTerm(String code) {
        return Reason.term("dimension." + code);
    }

    /** Two decimals are what a case worker reads; the scores themselves keep their precision. */
    private static Reason.Value number(double v) {
        return Reason.value(String.format(Locale.ROOT, "%.2f", v));
    }

    /** A weighted mean over the parts that have a score. */
    private static final class Mean {
        private double sum;
        private double weights;
        private int count;

        void add(double score, double weight) {
            sum += score * weight;
            weights += weight;
            count++;
        }

        Double value() {
            return count == 0 ? null : sum / weights;
        }

        int count() {
            return count;
        }
    }
}
