package org.setu.screening.domain;

import org.setu.events.text.Reason;
import org.setu.events.vocabulary.Classification;
import org.setu.events.vocabulary.Element;
import org.setu.events.vocabulary.Urgency;

/** How soon providers must answer: 24 hours, 72 hours or 14 days (the referral deadlines). */
public final class UrgencyPolicy {

    private UrgencyPolicy() {
    }

    public record Result(Urgency urgency, Reason reason) {
    }

    public static Result urgency(Findings f, boolean child, Classification c) {
        Verdict immediate = immediate(f, child, c);
        if (immediate.holds()) return new Result(Urgency.IMMEDIATE, Reason.of("urgency.immediate", Reason.nested(immediate.reason())));
        Verdict high = high(f, child, c);
        if (high.holds()) return new Result(Urgency.HIGH, Reason.of("urgency.high", Reason.nested(high.reason())));
        return new Result(Urgency.ROUTINE, Reason.of("urgency.routine"));
    }

    /** Danger now, a medical emergency, no safe place tonight, an unaccompanied child; or a child who may be trafficked. */
    static Verdict immediate(Findings f, boolean child, Classification c) {
        if (f.positive(Element.IMMEDIATE_NEED)) {
            return Verdict.positive(Reason.of("immediate.need", labels(f.of(Element.IMMEDIATE_NEED))));
        }
        if (child && trafficking(c)) return Verdict.positive(Reason.of("immediate.child"));
        return Verdict.negative(Reason.of("immediate.not"));
    }

    static Verdict high(Findings f, boolean child, Classification c) {
        if (trafficking(c)) return Verdict.positive(Reason.of("high.trafficking", Words.of(c)));
        if (f.positive(Element.COERCION_AT_DESTINATION)) return Verdict.positive(Reason.of("high.coercion"));
        if (child && c != Classification.NO_PROTECTION_NEED) return Verdict.positive(Reason.of("high.child"));
        return Verdict.negative(Reason.of("high.not"));
    }

    private static boolean trafficking(Classification c) {
        return c == Classification.PRESUMED_TRAFFICKING_VICTIM || c == Classification.POSSIBLE_TRAFFICKING_VICTIM;
    }

    private static Reason.Joined labels(ElementFinding finding) {
        return new Reason.Joined("join.semicolon", finding.indicators().stream()
                .map(r -> (Reason.Arg) r.answer().asLabel()).toList());
    }
}
