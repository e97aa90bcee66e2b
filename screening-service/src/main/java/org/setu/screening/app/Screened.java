package org.setu.screening.app;

import org.setu.screening.domain.ScreeningOutcome;

import java.util.UUID;

/** What a submitted or amended screening led to. {@code duplicateOfCase} is set when it joined an existing case. */
public record Screened(UUID id, UUID caseId, String caseRef, ScreeningOutcome outcome, UUID duplicateOfCase, int revision) {
}
