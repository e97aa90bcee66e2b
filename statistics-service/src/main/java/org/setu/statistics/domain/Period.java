package org.setu.statistics.domain;

/** How the figures are bucketed in time, in Dhaka time: by ISO week (Monday first), calendar month or quarter. */
public enum Period {
    WEEK("week"), MONTH("month"), QUARTER("quarter");

    private final String name;

    Period(String name) {
        this.name = name;
    }

    /** The unit's name for PostgreSQL's date_trunc, and the word the API takes. */
    public String unit() {
        return name;
    }
}
