package org.setu.screening.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code POST /api/v1/screenings/{id}/amendments}: the complete corrected answers, and the person when their
 * details changed too (omitted: the recorded person stays). The screening is evaluated again.
 */
public record AmendmentRequest(@NotNull Map<String, Object> answers, @Valid ScreeningRequest.Person person) {

    Map<String, Object> answersCopy() {
        return new LinkedHashMap<>(answers);
    }
}
