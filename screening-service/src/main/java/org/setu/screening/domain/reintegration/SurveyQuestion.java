package org.setu.screening.domain.reintegration;

import org.setu.screening.domain.Text;

import java.util.List;
import java.util.Optional;

/**
 * One question of the Reintegration Sustainability Survey, answered by choosing one option.
 *
 * @param wording the id of the source the wording was checked against, or {@link #NOT_VERIFIED}
 */
public record SurveyQuestion(String id, Text label, boolean required, String wording, Weight weight, List<ScoredOption> options) {

    public static final String NOT_VERIFIED = "not verified";

    /**
     * @param score from 0 (least reintegrated) to 1 (most); null for an answer that is kept but not scored, such as
     *              "does not know or prefers not to say"
     */
    public record ScoredOption(String value, Text label, Double score) {
    }

    public SurveyQuestion {
        options = options == null ? List.of() : List.copyOf(options);
    }

    public Optional<ScoredOption> option(Object value) {
        return options.stream().filter(o -> o.value().equals(value)).findFirst();
    }
}
