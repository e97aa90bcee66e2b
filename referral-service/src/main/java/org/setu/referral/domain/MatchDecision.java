package org.setu.referral.domain;

import org.setu.events.text.Reason;

/** The answer of one {@link MatchRules} rule, passed or failed, and why, as a reason a case worker reads in her language. */
public record MatchDecision(boolean passed, Reason reason) {

    public static MatchDecision pass(String code, Reason.Arg... args) {
        return new MatchDecision(true, Reason.of(code, args));
    }

    public static MatchDecision fail(String code, Reason.Arg... args) {
        return new MatchDecision(false, Reason.of(code, args));
    }
}
