package org.setu.screening.domain.reintegration;

import org.setu.screening.domain.AnswerProblem;
import org.setu.screening.domain.Text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A versioned Reintegration Sustainability Survey: dimensions, their indicators, the questions that measure them,
 * the score of each answer and the weights that combine them. It is data (a YAML resource) that names the source of
 * each weight and wording, so that a weight found later in IOM's publication is a new version, not a code change.
 *
 * @param threshold the composite score from which reintegration counts as sustainable; null when none is published
 */
public record ReintegrationSurvey(String code, int version, Text title, Text description, List<Source> sources,
                                  Threshold threshold, List<Dimension> dimensions) {

    /** Where a fact of the survey comes from: a publication, its section, and what it was used for. */
    public record Source(String id, String title, String url, String section, String supports) {
    }

    public record Threshold(double value, String source) {
    }

    /** @param code one of {@link ReintegrationPlan#DIMENSIONS} */
    public record Dimension(String code, Text label, Weight weight, List<SurveyIndicator> indicators) {
        public Dimension {
            indicators = indicators == null ? List.of() : List.copyOf(indicators);
        }
    }

    /** @param basis the id of the source the indicator rests on */
    public record SurveyIndicator(String code, Text label, String basis, Weight weight, List<SurveyQuestion> questions) {
        public SurveyIndicator {
            questions = questions == null ? List.of() : List.copyOf(questions);
        }
    }

    public ReintegrationSurvey {
        sources = sources == null ? List.of() : List.copyOf(sources);
        dimensions = dimensions == null ? List.of() : List.copyOf(dimensions);
    }

    public String name() {
        return code + " v" + version;
    }

    public List<SurveyQuestion> questions() {
        return dimensions.stream().flatMap(d -> d.indicators().stream()).flatMap(i -> i.questions().stream()).toList();
    }

    public Optional<SurveyQuestion> question(String id) {
        return questions().stream().filter(q -> q.id().equals(id)).findFirst();
    }

    /** Whether any weight stands in for one that was not found in the published survey. */
    public boolean interimWeights() {
        return weights().stream().anyMatch(w -> !w.published());
    }

    /**
     * What is wrong with a set of answers: an unknown question, a value that is not one of its options, a required
     * question left out. Empty when the answers fit. A null answer counts as unanswered; the value is never repeated.
     */
    public List<AnswerProblem> check(Map<String, Object> answers) {
        List<AnswerProblem> problems = new ArrayList<>();
        answers.forEach((id, value) -> {
            Optional<SurveyQuestion> question = question(id);
            if (question.isEmpty()) {
                problems.add(new AnswerProblem(id, "is not a question of survey " + name()));
            } else if (value != null && question.get().option(value).isEmpty()) {
                problems.add(new AnswerProblem(id, "must be one of "
                        + question.get().options().stream().map(SurveyQuestion.ScoredOption::value).collect(Collectors.joining(", "))));
            }
        });
        for (SurveyQuestion q : questions()) {
            if (q.required() && answers.get(q.id()) == null) problems.add(new AnswerProblem(q.id(), "is required"));
        }
        problems.sort((a, b) -> a.questionId().compareTo(b.questionId()));
        return problems;
    }

    /** Mistakes in the survey itself, found when it is loaded rather than when a follow-up meets them. */
    public List<String> mistakes() {
        List<String> found = new ArrayList<>();
        if (code == null || code.isBlank() || version < 1) found.add("a survey needs a code and a version >= 1");
        if (title == null) found.add("a survey needs a title");
        Set<String> sourceIds = sources.stream().map(Source::id).collect(Collectors.toSet());
        if (sourceIds.size() != sources.size()) found.add("source ids must be distinct");
        List<String> codes = dimensions.stream().map(Dimension::code).toList();
        if (!codes.equals(ReintegrationPlan.DIMENSIONS)) {
            found.add("the dimensions must be " + ReintegrationPlan.DIMENSIONS + " in that order, not " + codes);
        }
        if (threshold != null && (!(threshold.value() >= 0 && threshold.value() <= 1) || !sourceIds.contains(threshold.source()))) {
            found.add("the threshold must be from 0 to 1 and name one of the sources");
        }
        Set<String> ids = new HashSet<>();
        for (Dimension d : dimensions) {
            weightMistake(d.code(), d.weight(), sourceIds).ifPresent(found::add);
            if (d.label() == null || d.indicators().isEmpty()) found.add(d.code() + ": needs a label and indicators");
            for (SurveyIndicator i : d.indicators()) {
                weightMistake(i.code(), i.weight(), sourceIds).ifPresent(found::add);
                if (i.code() == null || !ids.add("indicator:" + i.code())) found.add("indicator code missing or repeated: " + i.code());
                if (i.label() == null || i.questions().isEmpty()) found.add(i.code() + ": needs a label and questions");
                if (!sourceIds.contains(i.basis())) found.add(i.code() + ": its basis must name one of the sources");
                i.questions().forEach(q -> found.addAll(questionMistakes(q, ids, sourceIds)));
            }
        }
        return found;
    }

    private static List<String> questionMistakes(SurveyQuestion q, Set<String> ids, Set<String> sourceIds) {
        List<String> found = new ArrayList<>();
        if (q.id() == null || !ids.add(q.id())) found.add("question id missing or repeated: " + q.id());
        if (q.label() == null) found.add(q.id() + ": needs a label");
        if (!SurveyQuestion.NOT_VERIFIED.equals(q.wording()) && !sourceIds.contains(q.wording())) {
            found.add(q.id() + ": wording must name one of the sources or say '" + SurveyQuestion.NOT_VERIFIED + "'");
        }
        weightMistake(q.id(), q.weight(), sourceIds).ifPresent(found::add);
        Set<String> values = new HashSet<>();
        for (SurveyQuestion.ScoredOption o : q.options()) {
            if (o.value() == null || !values.add(o.value()) || o.label() == null) {
                found.add(q.id() + ": option value missing or repeated, or without a label: " + o.value());
            }
            if (o.score() != null && !(o.score() >= 0 && o.score() <= 1)) found.add(q.id() + "/" + o.value() + ": score must be from 0 to 1");
        }
        if (q.options().stream().noneMatch(o -> o.score() != null)) found.add(q.id() + ": needs at least one scored option");
        return found;
    }

    private static Optional<String> weightMistake(String owner, Weight w, Set<String> sourceIds) {
        if (w == null) return Optional.of(owner + ": needs a weight");
        if (!(w.value() > 0) || Double.isInfinite(w.value())) return Optional.of(owner + ": weight must be above 0");
        if (w.published() && !sourceIds.contains(w.source())) {
            return Optional.of(owner + ": weight source must name one of the sources or say '" + Weight.NOT_FOUND + "'");
        }
        return Optional.empty();
    }

    private List<Weight> weights() {
        List<Weight> all = new ArrayList<>();
        for (Dimension d : dimensions) {
            all.add(d.weight());
            for (SurveyIndicator i : d.indicators()) {
                all.add(i.weight());
                i.questions().forEach(q -> all.add(q.weight()));
            }
        }
        return all;
    }
}
