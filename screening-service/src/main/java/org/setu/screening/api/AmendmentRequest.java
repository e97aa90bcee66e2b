package org.setu.screening.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code POST /api/v1/screenings/{id}/amendments}: the complete corrected answers, the person when their details
 * changed too, the place the person is now when they moved, and the country of exploitation when it is corrected
 * (each omitted: the recorded one stays). The screening is evaluated again, and referrals not yet accepted follow a new
 * place. A screening abroad keeps its place.
 */
public record AmendmentRequest(@NotNull Map<String, Object> answers, @Valid ScreeningRequest.Person person,
                               @Valid ScreeningRequest.Area location,
                               @Pattern(regexp = ScreeningRequest.COUNTRY, message = ScreeningRequest.COUNTRY_MESSAGE)
                               String countryOfExploitation) {

    Map<String, Object> answersCopy() {
        return new LinkedHashMap<>(answers);
    }
}
