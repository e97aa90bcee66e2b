package org.setu.screening.app;

import org.setu.events.screening.AdminArea;
import org.setu.events.screening.Consent;
import org.setu.events.screening.ScreeningContext;

import java.util.Map;

/** A screening as submitted: where, with which instrument, about whom, the answers and the consent. */
public record NewScreening(String instrumentCode, int instrumentVersion, ScreeningContext context, AdminArea location,
                           PersonInput person, Map<String, Object> answers, Consent consent) {
}
