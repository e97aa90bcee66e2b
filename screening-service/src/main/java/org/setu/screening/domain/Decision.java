package org.setu.screening.domain;

/** What a policy concluded and why, in words a case worker can check. The reasons become the trace. */
public record Decision(Verdict verdict, String reason) {

    public enum Verdict { POSITIVE, NEGATIVE, NOT_APPLICABLE }

    public static Decision positive(String reason) {
        return new Decision(Verdict.POSITIVE, reason);
    }

    public static Decision negative(String reason) {
        return new Decision(Verdict.NEGATIVE, reason);
    }

    public static Decision notApplicable() {
        return new Decision(Verdict.NOT_APPLICABLE, "");
    }

    public boolean holds() {
        return verdict == Verdict.POSITIVE;
    }
}
