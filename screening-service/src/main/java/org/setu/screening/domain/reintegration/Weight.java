package org.setu.screening.domain.reintegration;

/**
 * A relative weight among siblings (questions of an indicator, indicators of a dimension, dimensions of the
 * composite) and where it comes from: the id of a source of the survey, or {@link #NOT_FOUND} when the published
 * weight could not be found and Setu's interim value stands in for it.
 */
public record Weight(double value, String source) {

    public static final String NOT_FOUND = "not found";

    public boolean published() {
        return !NOT_FOUND.equals(source);
    }
}
