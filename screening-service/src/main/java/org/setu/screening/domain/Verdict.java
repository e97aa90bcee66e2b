package org.setu.screening.domain;

/**
 * What a screening policy concluded about one question (is this a child, is the case due for erasure, does a need
 * hold) and why, in words a case worker can check. The reasons become the trace.
 */
public record Verdict(Kind kind, String reason) {

    public enum Kind { POSITIVE, NEGATIVE, NOT_APPLICABLE }

    public static Verdict positive(String reason) {
        return new Verdict(Kind.POSITIVE, reason);
    }

    public static Verdict negative(String reason) {
        return new Verdict(Kind.NEGATIVE, reason);
    }

    public static Verdict notApplicable() {
        return new Verdict(Kind.NOT_APPLICABLE, "");
    }

    public boolean holds() {
        return kind == Kind.POSITIVE;
    }
}
