package org.setu.screening.domain;

import org.setu.events.vocabulary.Classification;
import org.setu.events.vocabulary.Element;
import org.setu.events.vocabulary.ServiceCategory;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A versioned screening instrument: its questions, the indicators and needs their answers raise, the rule for
 * when an element is positive, and the needs each classification adds. It is data (a YAML resource), so that
 * grades and rules can be corrected as a new version without a code change.
 *
 * @param elementRules       per element (by name) or {@code default}: the combinations that make it positive
 * @param childSignsQuestion the BOOLEAN question that says a person of unknown age shows signs of a child
 */
public record Instrument(String code, int version, Text title, Text description, String childSignsQuestion,
                         Map<String, List<Combination>> elementRules,
                         Map<Classification, List<ServiceCategory>> classificationNeeds,
                         ConsentForm consent, List<Question> questions) {

    public static final String DEFAULT_RULE = "default";
    static final int MAX_TEXT = 2000;

    public Instrument {
        elementRules = elementRules == null ? Map.of() : Map.copyOf(elementRules);
        classificationNeeds = classificationNeeds == null ? Map.of() : Map.copyOf(classificationNeeds);
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    public Optional<Question> question(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    public List<Combination> ruleFor(Element element) {
        return elementRules.getOrDefault(element.name(), elementRules.getOrDefault(DEFAULT_RULE, List.of()));
    }

    public List<ServiceCategory> needsOf(Classification classification) {
        return classificationNeeds.getOrDefault(classification, List.of());
    }

    public String name() {
        return code + " v" + version;
    }

    /**
     * What is wrong with a set of answers: an unknown question, a value of the wrong type or outside the
     * options, a required question left out. Empty when the answers fit. A null answer counts as unanswered.
     */
    public List<AnswerProblem> check(Map<String, Object> answers) {
        List<AnswerProblem> problems = new ArrayList<>();
        answers.forEach((id, value) -> {
            Optional<Question> question = question(id);
            if (question.isEmpty()) {
                problems.add(new AnswerProblem(id, "is not a question of instrument " + name()));
            } else if (value != null) {
                typeProblem(question.get(), value).ifPresent(m -> problems.add(new AnswerProblem(id, m)));
            }
        });
        for (Question q : questions) {
            if (q.required() && answers.get(q.id()) == null) problems.add(new AnswerProblem(q.id(), "is required"));
        }
        problems.sort((a, b) -> a.questionId().compareTo(b.questionId()));
        return problems;
    }

    private static Optional<String> typeProblem(Question q, Object value) {
        String options = q.options().stream().map(Option::value).collect(Collectors.joining(", "));
        return Optional.ofNullable(switch (q.type()) {
            case BOOLEAN -> value instanceof Boolean ? null : "must be true or false";
            case SINGLE_CHOICE -> value instanceof String s && q.hasOption(s) ? null : "must be one of " + options;
            case MULTI_CHOICE -> multiChoiceProblem(q, value, options);
            case NUMBER -> value instanceof Number n && Double.isFinite(n.doubleValue()) ? null : "must be a number";
            case DATE -> isDate(value) ? null : "must be a date (YYYY-MM-DD)";
            case TEXT -> value instanceof String s && s.length() <= MAX_TEXT ? null
                    : "must be text of at most " + MAX_TEXT + " characters";
        });
    }

    private static String multiChoiceProblem(Question q, Object value, String options) {
        String problem = "must be a list of distinct values among " + options;
        if (!(value instanceof List<?> chosen)) return problem;
        Set<Object> seen = new HashSet<>();
        for (Object c : chosen) {
            if (!(c instanceof String s) || !q.hasOption(s) || !seen.add(s)) return problem;
        }
        return null;
    }

    private static boolean isDate(Object value) {
        if (!(value instanceof String s)) return false;
        try {
            LocalDate.parse(s);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /**
     * Mistakes in the instrument itself, found when it is loaded rather than when a screening meets them: a
     * duplicate question, an indicator or need waiting for a value that is not an option, no default rule.
     */
    public List<String> mistakes() {
        List<String> found = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        if (code == null || code.isBlank() || version < 1) found.add("an instrument needs a code and a version >= 1");
        if (ruleFor(Element.EXPLOITATION).isEmpty()) found.add("no element rule: give a 'default' one");
        for (Question q : questions) {
            if (q.id() == null || !ids.add(q.id())) found.add("question id missing or repeated: " + q.id());
            if (q.type() == null || q.label() == null) found.add(q.id() + ": needs a type and a label");
            boolean choice = q.type() == QuestionType.SINGLE_CHOICE || q.type() == QuestionType.MULTI_CHOICE;
            if (choice && q.options().isEmpty()) found.add(q.id() + ": a choice question needs options");
            for (Indicator i : q.indicators()) {
                if (i.element() == null || i.strength() == null) found.add(q.id() + ": indicator " + i.code() + " needs an element and a strength");
                if (choice && !q.hasOption(String.valueOf(i.whenValue()))) found.add(q.id() + ": indicator " + i.code() + " waits for a value that is not an option");
                if (i.childOnly() && i.adultOnly()) found.add(q.id() + ": indicator " + i.code() + " cannot be both child-only and adult-only");
            }
            for (NeedRule n : q.needs()) {
                if (choice && !q.hasOption(String.valueOf(n.whenValue()))) found.add(q.id() + ": need " + n.category() + " waits for a value that is not an option");
            }
        }
        if (childSignsQuestion != null && question(childSignsQuestion).map(q -> q.type() != QuestionType.BOOLEAN).orElse(true)) {
            found.add("childSignsQuestion must name a BOOLEAN question");
        }
        return found;
    }
}
