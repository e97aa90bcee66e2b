package org.setu.screening.domain;

import org.setu.events.text.Reason;
import org.setu.events.vocabulary.Classification;
import org.setu.events.vocabulary.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * The Palermo Protocol read through the ILO/EC elements: the act (a recruitment element), the purpose
 * (exploitation) and, for adults only, the means (coercion or abuse of vulnerability at destination).
 * Each rule is tried in order of protection; the first that holds decides.
 */
public final class ClassificationPolicy {

    private ClassificationPolicy() {
    }

    public record Result(Classification classification, List<Reason> reasons) {
    }

    public static Result classify(Findings f, boolean child) {
        List<Reason> reasons = new ArrayList<>();
        Verdict presumed = presumedVictim(f, child);
        if (presumed.holds()) return decided(Classification.PRESUMED_TRAFFICKING_VICTIM, presumed, reasons);
        reasons.add(Reason.of("classification.notPresumed", Reason.nested(presumed.reason())));
        Verdict possible = possibleVictim(f, child);
        if (possible.holds()) return decided(Classification.POSSIBLE_TRAFFICKING_VICTIM, possible, reasons);
        reasons.add(Reason.of("classification.notPossible", Reason.nested(possible.reason())));
        Verdict smuggled = smuggledMigrant(f);
        if (smuggled.holds()) return decided(Classification.SMUGGLED_MIGRANT, smuggled, reasons);
        Verdict vulnerable = vulnerableMigrant(f);
        if (vulnerable.holds()) return decided(Classification.VULNERABLE_MIGRANT, vulnerable, reasons);
        return decided(Classification.NO_PROTECTION_NEED, Verdict.positive(Reason.of("noProtectionNeed")), reasons);
    }

    private static Result decided(Classification c, Verdict d, List<Reason> reasons) {
        reasons.add(Reason.of("classification.decided", Reason.value(c), Words.of(c), Reason.nested(d.reason())));
        return new Result(c, reasons);
    }

    /** Children are presumed victims without means: the Palermo Protocol (art. 3(c)) does not require them. */
    static Verdict presumedVictim(Findings f, boolean child) {
        if (child) {
            return f.recruitment() && f.exploitation()
                    ? Verdict.positive(Reason.of("presumed.child", f.positiveOf(Findings.RECRUITMENT)))
                    : Verdict.negative(Reason.of("presumed.child.not", Reason.nested(missing(f, false))));
        }
        return f.recruitment() && f.exploitation() && f.means()
                ? Verdict.positive(Reason.of("presumed.adult", f.positiveOf(Findings.RECRUITMENT), f.positiveOf(Findings.MEANS)))
                : Verdict.negative(Reason.of("presumed.adult.not", Reason.nested(missing(f, true))));
    }

    /**
     * Partial evidence, so that nobody who may have been trafficked is let go without a full assessment:
     * two of the three parts for an adult, one of the two for a child, or any strong sign of exploitation.
     */
    static Verdict possibleVictim(Findings f, boolean child) {
        int parts = (f.recruitment() ? 1 : 0) + (f.exploitation() ? 1 : 0) + (!child && f.means() ? 1 : 0);
        if (child && parts >= 1) return Verdict.positive(Reason.of("possible.child", present(f, false)));
        if (!child && parts >= 2) {
            return Verdict.positive(Reason.of("possible.adult", present(f, true), Reason.nested(missing(f, true))));
        }
        if (f.of(Element.EXPLOITATION).hasStrongIndicator()) return Verdict.positive(Reason.of("possible.strong"));
        return Verdict.negative(Reason.of(child ? "possible.child.not" : "possible.adult.not"));
    }

    static Verdict smuggledMigrant(Findings f) {
        return f.positive(Element.SMUGGLING)
                ? Verdict.positive(Reason.of("smuggled"))
                : Verdict.negative(Reason.of("smuggled.not"));
    }

    /**
     * A trafficking element without the combination trafficking needs (say, coercion at destination with no
     * recruitment act) is no presumption of trafficking, but it is a protection risk, like IOM's vulnerability
     * factors and an immediate need.
     */
    static Verdict vulnerableMigrant(Findings f) {
        if (f.positive(Element.IMMEDIATE_NEED)) return Verdict.positive(Reason.of("vulnerable.immediateNeed"));
        if (f.positive(Element.VULNERABILITY)) return Verdict.positive(Reason.of("vulnerable.factors"));
        Reason.Joined alone = f.positiveOf(Findings.TRAFFICKING);
        if (!alone.items().isEmpty()) return Verdict.positive(Reason.of("vulnerable.elementAlone", alone));
        return Verdict.negative(Reason.of("vulnerable.not"));
    }

    private static Reason.Joined present(Findings f, boolean withMeans) {
        List<Reason.Arg> parts = new ArrayList<>();
        if (f.recruitment()) parts.add(Reason.term("part.recruitment"));
        if (f.exploitation()) parts.add(Reason.term("part.exploitation"));
        if (withMeans && f.means()) parts.add(Reason.term("part.means"));
        return Reason.and(parts);
    }

    private static Reason missing(Findings f, boolean withMeans) {
        List<Reason.Arg> parts = new ArrayList<>();
        if (!f.recruitment()) parts.add(Reason.term("part.recruitment"));
        if (!f.exploitation()) parts.add(Reason.term("part.exploitation"));
        if (withMeans && !f.means()) parts.add(Reason.term("part.means"));
        if (parts.isEmpty()) return Reason.of("missing.none");
        return Reason.of(parts.size() == 1 ? "missing.one" : "missing.many", Reason.and(parts));
    }
}
