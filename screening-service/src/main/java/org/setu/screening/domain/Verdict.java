package org.setu.screening.domain;

import org.setu.events.text.Reason;

/**
 * What a screening policy concluded about one question (is this a child, is the case due for erasure, does a need
 * hold) and why, as a {@link Reason} a case worker can check in their language. The reasons become the trace.
 */
public record Verdict(Kind kind, Reason reason) {

    public enum Kind { POSITIVE, NEGATIVE, NOT_APPLICABLE }

    public static Verdict positive(Reason reason) {
        return new Verdict(Kind.POSITIVE, reason);
    }

    public static Verdict negative(Reason reason) {
        return new Verdict(Kind.NEGATIVE, reason);
    }

    public static Verdict notApplicable() {
        return new Verdict(Kind.NOT_APPLICABLE, null);
    }

    public boolean holds() {
        return kind == Kind.POSITIVE;
    }
}
