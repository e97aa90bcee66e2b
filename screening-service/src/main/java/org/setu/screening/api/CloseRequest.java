package org.setu.screening.api;

import jakarta.validation.constraints.NotNull;
import org.setu.events.screening.ClosureReason;

/** The body of {@code POST /cases/{id}/close}: why the agency stops following the person. */
public record CloseRequest(@NotNull ClosureReason reason) {
}
