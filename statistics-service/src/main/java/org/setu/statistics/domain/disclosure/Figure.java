package org.setu.statistics.domain.disclosure;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * One published figure of a table: the count itself, or a mark in its place. A withheld figure does not carry its
 * count, so nothing downstream of disclosure control can leak it by accident.
 */
public final class Figure {

    /** What a reader is told. */
    public enum Status {
        /** The count as it is (0 included). */
        SHOWN,
        /** A cell of 1 to threshold - 1, shown as {@code "<" + threshold}. */
        BELOW_THRESHOLD,
        /**
         * Withheld, shown as {@code "x"}: on a cell, a count of at least the threshold taken so that the totals cannot
         * give a small cell away; on a total, any count from 1 (a small total is withheld this way too).
         */
        WITHHELD
    }

    /** What a withheld figure reads as. Unlike {@code "<5"} it claims no bound: on a total it stands for 4 as well as for 12. */
    public static final String WITHHELD_MARK = "x";

    private final Status status;
    private final long value;
    private final int threshold;

    private Figure(Status status, long value, int threshold) {
        this.status = status;
        this.value = value;
        this.threshold = threshold;
    }

    static Figure shown(long value) {
        return new Figure(Status.SHOWN, value, 0);
    }

    static Figure belowThreshold(int threshold) {
        return new Figure(Status.BELOW_THRESHOLD, 0, threshold);
    }

    static Figure withheld() {
        return new Figure(Status.WITHHELD, 0, 0);
    }

    public Status status() {
        return status;
    }

    public boolean isShown() {
        return status == Status.SHOWN;
    }

    /** The count, when it is shown. */
    public OptionalLong value() {
        return isShown() ? OptionalLong.of(value) : OptionalLong.empty();
    }

    /** As printed: {@code "12"}, {@code "0"}, {@code "<5"} or {@code "x"}. */
    public String display() {
        switch (status) {
            case SHOWN:
                return Long.toString(value);
            case BELOW_THRESHOLD:
                return "<" + threshold;
            default:
                return WITHHELD_MARK;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Figure f && f.status == status && f.value == value && f.threshold == threshold;
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, value, threshold);
    }

    @Override
    public String toString() {
        return display();
    }
}
