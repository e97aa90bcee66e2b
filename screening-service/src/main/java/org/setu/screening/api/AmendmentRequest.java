package org.setu.screening.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code POST /api/v1/screenings/{id}/amendments}: the complete corrected answers, the person when their details
 * changed too, and the place the person is now when they moved (each omitted: the recorded one stays). The screening
 * is evaluated again, and referrals not yet accepted follow a new place.
 */
public record AmendmentRequest(@NotNull Map<String, Object> answers, @Valid ScreeningRequest.Person person,
                               @Valid ScreeningRequest.Area location) {

    Map<String, Object> answersCopy() {
        return new LinkedHashMap<>(answers);
    }
}
