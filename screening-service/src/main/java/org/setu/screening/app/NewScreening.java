package org.setu.screening.app;

import org.setu.events.screening.AdminArea;
import org.setu.events.screening.Consent;
import org.setu.events.screening.ScreeningContext;
import org.setu.screening.domain.abroad.Abroad;

import java.util.Map;

/**
 * A screening as submitted: where (an area of Bangladesh, or a place {@code abroad} by an agency abroad), with which
 * instrument, about whom, the answers, the consent and, when known, the country of exploitation.
 *
 * @param crossBorder the person's answer to the cross-border question, asked when they are screened abroad
 */
public record NewScreening(String instrumentCode, int instrumentVersion, ScreeningContext context, AdminArea location,
                           PersonInput person, Map<String, Object> answers, Consent consent, Abroad abroad,
                           String countryOfExploitation, Boolean crossBorder) {

    public NewScreening(String instrumentCode, int instrumentVersion, ScreeningContext context, AdminArea location,
                        PersonInput person, Map<String, Object> answers, Consent consent, Abroad abroad,
                        String countryOfExploitation) {
        this(instrumentCode, instrumentVersion, context, location, person, answers, consent, abroad, countryOfExploitation, null);
    }

    /** A screening in Bangladesh without a country of exploitation, as every screening was before issue #19. */
    public NewScreening(String instrumentCode, int instrumentVersion, ScreeningContext context, AdminArea location,
                        PersonInput person, Map<String, Object> answers, Consent consent) {
        this(instrumentCode, instrumentVersion, context, location, person, answers, consent, null, null);
    }
}
