package org.setu.screening.domain;

import org.setu.events.text.Reason;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What a new screening does when the blind index finds cases with the same identifiers (docs/screening.md,
 * "Possible duplicates").
 * <ul>
 *   <li>A case counts as the same person only when two kinds of identifier agree: one number alone is too
 *       weak, since a family shares a phone and a broker writes his own phone on many forms.</li>
 *   <li>Document numbers that differ tell two people apart, whatever else agrees: when both the screening and
 *       the case carry a document number and none matches, the case does not count.</li>
 *   <li>Only a case of the screener's own agency can be joined, and only when exactly one such case agrees
 *       most strongly. The oldest case does not win a tie: numbers planted on a case by an amendment must not
 *       pull a person's later screenings into it.</li>
 *   <li>Every other counting case (another agency's, or one of a tie) becomes a possible duplicate for the NRM
 *       coordinators. It grants nothing and the screener is not told of it.</li>
 * </ul>
 */
public final class DuplicatePolicy {

    /** How many kinds of identifier must agree before two records count as one person. */
    static final int KINDS_THAT_MUST_AGREE = 2;

    private DuplicatePolicy() {
    }

    public enum Kind { DOCUMENT, PHONE, NAME_BIRTH }

    /** A live case the blind index found, the agency that owns it, which kinds agree, and whether it has a document. */
    public record Candidate(UUID caseId, UUID owningAgency, Set<Kind> agreeing, boolean caseHasDocument) {
        public Candidate {
            agreeing = agreeing.isEmpty() ? EnumSet.noneOf(Kind.class) : EnumSet.copyOf(agreeing);
        }
    }

    /** The case to join (own agency only), and the cases to record as possible duplicates of the new one. */
    public record Finding(Optional<Candidate> join, List<Candidate> possibleDuplicates) {
    }

    public static boolean samePerson(Candidate c, boolean screeningHasDocument) {
        boolean documentsDiffer = screeningHasDocument && c.caseHasDocument() && !c.agreeing().contains(Kind.DOCUMENT);
        return c.agreeing().size() >= KINDS_THAT_MUST_AGREE && !documentsDiffer;
    }

    public static Finding decide(List<Candidate> found, boolean screeningHasDocument, UUID screenerAgency) {
        List<Candidate> counting = found.stream().filter(c -> samePerson(c, screeningHasDocument))
                .sorted(Comparator.comparing(Candidate::caseId)).toList();
        Optional<Candidate> join = strongestSingle(counting.stream().filter(c -> c.owningAgency().equals(screenerAgency)).toList());
        List<Candidate> possible = counting.stream().filter(c -> join.map(j -> !j.caseId().equals(c.caseId())).orElse(true)).toList();
        return new Finding(join, possible);
    }

    /** Which kinds agreed, as words of the screening's trace. */
    public static Reason.Joined reason(Candidate c) {
        return Reason.and(c.agreeing().stream().map(k -> (Reason.Arg) Reason.term("identifier." + k.name())).toList());
    }

    private static Optional<Candidate> strongestSingle(List<Candidate> own) {
        int best = own.stream().mapToInt(c -> c.agreeing().size()).max().orElse(0);
        List<Candidate> strongest = own.stream().filter(c -> c.agreeing().size() == best).toList();
        return strongest.size() == 1 ? Optional.of(strongest.get(0)) : Optional.empty();
    }
}
