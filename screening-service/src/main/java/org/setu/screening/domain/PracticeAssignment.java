package org.setu.screening.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Practice cases a trainer set for one screener of the agency, perhaps by a day. */
public record PracticeAssignment(UUID id, UUID agencyId, String screener, List<String> caseIds, LocalDate dueOn,
                                 String assignedBy, Instant assignedAt) {

    public PracticeAssignment {
        caseIds = List.copyOf(caseIds);
    }

    /** The screener's latest attempt at the case since it was assigned: a case counts as done once attempted. */
    public Optional<PracticeRecord> latestAttempt(String caseId, List<PracticeRecord> screenersRecords) {
        return screenersRecords.stream()
                .filter(r -> r.caseId().equals(caseId) && !r.attemptedAt().isBefore(assignedAt))
                .max(java.util.Comparator.comparing(PracticeRecord::attemptedAt));
    }
}
