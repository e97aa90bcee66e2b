package org.setu.screening.domain;

import org.setu.events.vocabulary.Classification;
import org.setu.events.vocabulary.Element;
import org.setu.events.vocabulary.Urgency;

/** How soon providers must answer: 24 hours, 72 hours or 14 days (the referral deadlines). */
public final class UrgencyPolicy {

    private UrgencyPolicy() {
    }

    public record Result(Urgency urgency, String reason) {
    }

    public static Result urgency(Findings f, boolean child, Classification c) {
        Verdict immediate = immediate(f, child, c);
        if (immediate.holds()) return new Result(Urgency.IMMEDIATE, "Urgency IMMEDIATE (24 hours): " + immediate.reason());
        Verdict high = high(f, child, c);
        if (high.holds()) return new Result(Urgency.HIGH, "Urgency HIGH (72 hours): " + high.reason());
        return new Result(Urgency.ROUTINE, "Urgency ROUTINE (14 days): no immediate need, no sign of trafficking "
                + "and no ongoing coercion.");
    }

    /** Danger now, a medical emergency, no safe place tonight, an unaccompanied child; or a child who may be trafficked. */
    static Verdict immediate(Findings f, boolean child, Classification c) {
        if (f.positive(Element.IMMEDIATE_NEED)) {
            return Verdict.positive("an immediate need was raised (" + labels(f.of(Element.IMMEDIATE_NEED)) + ").");
        }
        if (child && trafficking(c)) {
            return Verdict.positive("a child who may have been trafficked is helped at once.");
        }
        return Verdict.negative("no immediate need.");
    }

    static Verdict high(Findings f, boolean child, Classification c) {
        if (trafficking(c)) return Verdict.positive("a " + Words.of(c) + " is seen within three days.");
        if (f.positive(Element.COERCION_AT_DESTINATION)) {
            return Verdict.positive("coercion at destination is positive: the person may still be under someone's control.");
        }
        if (child && c != Classification.NO_PROTECTION_NEED) {
            return Verdict.positive("a child with a protection need is seen within three days.");
        }
        return Verdict.negative("no trafficking presumption and no ongoing coercion.");
    }

    private static boolean trafficking(Classification c) {
        return c == Classification.PRESUMED_TRAFFICKING_VICTIM || c == Classification.POSSIBLE_TRAFFICKING_VICTIM;
    }

    private static String labels(ElementFinding finding) {
        return String.join("; ", finding.indicators().stream().map(RaisedIndicator::answer).toList());
    }
}
