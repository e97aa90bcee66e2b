package org.setu.referral.domain;

/** The answer of one rule and why, in words a case worker can read. */
public record Decision(boolean passed, String reason) {

    public static Decision pass(String reason) {
        return new Decision(true, reason);
    }

    public static Decision fail(String reason) {
        return new Decision(false, reason);
    }
}
