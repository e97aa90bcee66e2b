package org.setu.screening.domain;

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

    public record Result(Classification classification, List<String> reasons) {
    }

    public static Result classify(Findings f, boolean child) {
        List<String> reasons = new ArrayList<>();
        Verdict presumed = presumedVictim(f, child);
        if (presumed.holds()) return decided(Classification.PRESUMED_TRAFFICKING_VICTIM, presumed, reasons);
        reasons.add("Not a presumed victim: " + presumed.reason());
        Verdict possible = possibleVictim(f, child);
        if (possible.holds()) return decided(Classification.POSSIBLE_TRAFFICKING_VICTIM, possible, reasons);
        reasons.add("Not a possible victim: " + possible.reason());
        Verdict smuggled = smuggledMigrant(f);
        if (smuggled.holds()) return decided(Classification.SMUGGLED_MIGRANT, smuggled, reasons);
        Verdict vulnerable = vulnerableMigrant(f);
        if (vulnerable.holds()) return decided(Classification.VULNERABLE_MIGRANT, vulnerable, reasons);
        return decided(Classification.NO_PROTECTION_NEED, Verdict.positive(
                "no trafficking, smuggling, vulnerability or immediate-need element is positive."), reasons);
    }

    private static Result decided(Classification c, Verdict d, List<String> reasons) {
        reasons.add("Classification " + c + " (" + Words.of(c) + "): " + d.reason());
        return new Result(c, reasons);
    }

    /** Children are presumed victims without means: the Palermo Protocol (art. 3(c)) does not require them. */
    static Verdict presumedVictim(Findings f, boolean child) {
        if (child) {
            return f.recruitment() && f.exploitation()
                    ? Verdict.positive("recruitment (" + f.positiveOf(Findings.RECRUITMENT) + ") and exploitation are "
                    + "positive; for a child the means are not required.")
                    : Verdict.negative("a child needs a recruitment element and exploitation, both positive; "
                    + missing(f, false) + ".");
        }
        return f.recruitment() && f.exploitation() && f.means()
                ? Verdict.positive("recruitment (" + f.positiveOf(Findings.RECRUITMENT) + "), exploitation and a means at "
                + "destination (" + f.positiveOf(Findings.MEANS) + ") are all positive: act, means and purpose.")
                : Verdict.negative("an adult needs a recruitment element, exploitation and a means at destination, all "
                + "positive; " + missing(f, true) + ".");
    }

    /**
     * Partial evidence, so that nobody who may have been trafficked is let go without a full assessment:
     * two of the three parts for an adult, one of the two for a child, or any strong sign of exploitation.
     */
    static Verdict possibleVictim(Findings f, boolean child) {
        int parts = (f.recruitment() ? 1 : 0) + (f.exploitation() ? 1 : 0) + (!child && f.means() ? 1 : 0);
        if (child && parts >= 1) {
            return Verdict.positive("for a child, " + present(f, false) + " is positive but not both recruitment and "
                    + "exploitation: partial evidence, a full assessment is needed.");
        }
        if (!child && parts >= 2) {
            return Verdict.positive("two of the three parts are positive (" + present(f, true) + "), " + missing(f, true)
                    + ": partial evidence, a full assessment is needed.");
        }
        if (f.of(Element.EXPLOITATION).hasStrongIndicator()) {
            return Verdict.positive("a strong indicator of exploitation was raised: partial evidence, a full "
                    + "assessment is needed.");
        }
        return Verdict.negative(child
                ? "for a child, neither recruitment nor exploitation is positive, and no strong exploitation indicator was raised."
                : "fewer than two of recruitment, exploitation and means are positive, and no strong exploitation "
                + "indicator was raised.");
    }

    static Verdict smuggledMigrant(Findings f) {
        return f.positive(Element.SMUGGLING)
                ? Verdict.positive("smuggling is positive: the person's irregular crossing was procured for a benefit.")
                : Verdict.negative("smuggling is not positive.");
    }

    /**
     * A trafficking element without the combination trafficking needs (say, coercion at destination with no
     * recruitment act) is no presumption of trafficking, but it is a protection risk, like IOM's vulnerability
     * factors and an immediate need.
     */
    static Verdict vulnerableMigrant(Findings f) {
        if (f.positive(Element.IMMEDIATE_NEED)) return Verdict.positive("an immediate need is positive.");
        if (f.positive(Element.VULNERABILITY)) return Verdict.positive("vulnerability factors are positive.");
        String alone = f.positiveOf(Findings.TRAFFICKING);
        if (!alone.isEmpty()) {
            return Verdict.positive(alone + " is positive without the other elements trafficking needs: no "
                    + "presumption of trafficking, but a protection risk.");
        }
        return Verdict.negative("no vulnerability, immediate need or trafficking element is positive.");
    }

    private static String present(Findings f, boolean withMeans) {
        List<String> parts = new ArrayList<>();
        if (f.recruitment()) parts.add("recruitment");
        if (f.exploitation()) parts.add("exploitation");
        if (withMeans && f.means()) parts.add("means at destination");
        return String.join(" and ", parts);
    }

    private static String missing(Findings f, boolean withMeans) {
        List<String> parts = new ArrayList<>();
        if (!f.recruitment()) parts.add("recruitment");
        if (!f.exploitation()) parts.add("exploitation");
        if (withMeans && !f.means()) parts.add("means at destination");
        return parts.isEmpty() ? "all are positive" : String.join(" and ", parts) + (parts.size() == 1 ? " is" : " are") + " not positive";
    }
}
