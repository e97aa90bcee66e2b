package org.setu.screening.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Whether a new screening is about a person who already has a case, found through the blind index. A
 * document number is the person's own, so a match joins. A phone is often shared within a family, so a
 * phone match joins only when documents cannot tell the two people apart: the new screening or the case
 * has no document number. The oldest matching case wins, so repeated screenings gather in one place.
 */
public final class DuplicatePolicy {

    private DuplicatePolicy() {
    }

    /** A case the blind index found for one of the new screening's numbers. */
    public record Candidate(UUID caseId, Instant openedAt, boolean documentMatches, boolean phoneMatches,
                            boolean caseHasDocument) {
    }

    public record Match(UUID caseId, String reason) {
    }

    public static Optional<Match> existingCase(List<Candidate> candidates, boolean screeningHasDocument) {
        Comparator<Candidate> oldest = Comparator.comparing(Candidate::openedAt).thenComparing(Candidate::caseId);
        Optional<Candidate> byDocument = candidates.stream().filter(Candidate::documentMatches).min(oldest);
        if (byDocument.isPresent()) return Optional.of(new Match(byDocument.get().caseId(), "the document number matches"));
        return candidates.stream()
                .filter(c -> c.phoneMatches() && (!screeningHasDocument || !c.caseHasDocument()))
                .min(oldest)
                .map(c -> new Match(c.caseId(), "the phone number matches and no document number tells them apart"));
    }
}
