package org.setu.screening.api;

import org.setu.screening.app.Screened;
import org.setu.screening.app.TraceText;
import org.setu.screening.app.Views;

import java.util.UUID;

/** The answer to a recorded or amended screening (docs/screening.md). */
public record ScreeningAnswer(UUID id, UUID caseId, String caseRef, Views.OutcomeView outcome, UUID duplicateOfCase,
                              int revision) {

    static ScreeningAnswer of(Screened s, TraceText text, String language) {
        return new ScreeningAnswer(s.id(), s.caseId(), s.caseRef(), Views.OutcomeView.of(s.outcome().classification(),
                s.outcome().urgency(), s.outcome().needs(), s.outcome().trace(), text, language), s.duplicateOfCase(), s.revision());
    }
}
