package org.setu.screening.domain.reintegration;

import org.setu.events.text.Reason;

import java.util.List;
import java.util.Optional;

/**
 * The scores of one set of survey answers, each from 0 (least reintegrated) to 1 (most), and how they were reached.
 *
 * @param composite      null when a dimension has no score
 * @param interimWeights true when a weight used is Setu's stand-in for one not found in IOM's publication
 * @param sustainable    null when the survey has no published threshold (or there is no composite)
 * @param trace          the steps, as codes and arguments, rendered in the reader's language like the screening's
 */
public record RssScore(String surveyCode, int surveyVersion, List<DimensionScore> dimensions, Double composite,
                       boolean interimWeights, Boolean sustainable, List<Reason> trace) {

    /** @param score null when none of the dimension's answers is scored */
    public record DimensionScore(String dimension, Double score) {
    }

    public RssScore {
        dimensions = List.copyOf(dimensions);
        trace = List.copyOf(trace);
    }

    public Optional<Double> dimension(String code) {
        return dimensions.stream().filter(d -> d.dimension().equals(code)).findFirst().map(DimensionScore::score);
    }
}
