package org.setu.screening.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One question of an instrument, with what its answers raise (indicators) and add (needs). */
public record Question(String id, QuestionType type, boolean required, Text label, List<Option> options,
                       List<Indicator> indicators, List<NeedRule> needs) {

    public Question {
        options = options == null ? List.of() : List.copyOf(options);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        needs = needs == null ? List.of() : List.copyOf(needs);
    }

    public boolean hasOption(String value) {
        return options.stream().anyMatch(o -> o.value().equals(value));
    }

    public Optional<Option> option(Object value) {
        return options.stream().filter(o -> o.value().equals(value)).findFirst();
    }

    /**
     * Whether an (already checked) answer has the value a rule waits for: equal for BOOLEAN and
     * SINGLE_CHOICE, contained for MULTI_CHOICE, at least {@code atLeast} for NUMBER.
     */
    public boolean answered(Object answer, Object whenValue, Double atLeast) {
        if (answer == null) return false;
        if (type == QuestionType.MULTI_CHOICE) return answer instanceof List<?> chosen && chosen.contains(whenValue);
        if (type == QuestionType.NUMBER && answer instanceof Number n) {
            if (atLeast != null) return n.doubleValue() >= atLeast;
            return whenValue instanceof Number w && w.doubleValue() == n.doubleValue();
        }
        return Objects.equals(answer, whenValue);
    }

    /** How the answer that raised something reads in a trace: the option's label, or the question's. */
    public Text describe(Object whenValue) {
        return option(whenValue).map(Option::label).orElse(label);
    }
}
