package org.setu.referral.domain;

/** The answer of one {@link MatchRules} rule, passed or failed, and why, in words a case worker can read. */
public record MatchDecision(boolean passed, String reason) {

    public static MatchDecision pass(String reason) {
        return new MatchDecision(true, reason);
    }

    public static MatchDecision fail(String reason) {
        return new MatchDecision(false, reason);
    }
}
