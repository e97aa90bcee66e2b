package org.setu.statistics.domain;

/**
 * What a figure can be broken down by. Each indicator allows the dimensions that mean something for it
 * ({@link Indicator#allows}); the request names them in its {@code by} parameter, at most two.
 */
public enum Dimension {
    DIVISION("division"),
    DISTRICT("district"),
    AGENCY("agency"),
    CONTEXT("context"),
    SEX("sex"),
    AGE_BAND("ageBand"),
    /** CHILD (under 18), ADULT or UNKNOWN, from the age band */
    CHILD("child"),
    NATIONALITY("nationality"),
    CLASSIFICATION("classification"),
    CATEGORY("category"),
    /** the transition: SENT, ACCEPTED, DECLINED, EXPIRED, ESCALATED, STARTED, COMPLETED, CANCELLED, PROPOSED */
    OUTCOME("outcome"),
    REASON("reason"),
    CHANNEL("channel");

    private final String parameter;

    Dimension(String parameter) {
        this.parameter = parameter;
    }

    /** The name in the API's {@code by} parameter and in the answer's rows. */
    public String parameter() {
        return parameter;
    }

    public static Dimension ofParameter(String name) {
        for (Dimension d : values()) {
            if (d.parameter.equals(name)) return d;
        }
        throw new IllegalArgumentException(name);
    }
}
