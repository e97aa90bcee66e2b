package org.setu.referral.api;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/**
 * The body of a transition. {@code reason} is a code (it may travel in events); {@code note} is free text that
 * stays in this service. {@code version} may stand in for {@code If-Match}. {@code serviceId} is a candidate of the
 * ranked preview: approve may name another than the one proposed, and refer-again must name one.
 */
public record TransitionRequest(
        @Pattern(regexp = "[A-Z][A-Z0-9_]{0,63}", message = "must be an UPPER_SNAKE code such as NO_CAPACITY") String reason,
        @Size(max = 2000) String note,
        @PositiveOrZero Long version,
        UUID serviceId) {
}
