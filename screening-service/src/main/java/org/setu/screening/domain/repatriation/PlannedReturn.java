package org.setu.screening.domain.repatriation;

import org.setu.events.screening.TravelMode;
import java.time.LocalDate;

/**
 * When and where a person abroad is expected home (issue #19, item 2). A window rather than a day, because a
 * repatriation date moves until the exit permit and the ticket exist.
 *
 * @param transportRef            the flight or transport reference, where known (with a day, it can single the person out)
 * @param nationalityVerification null when nobody has asked for it
 */
public record PlannedReturn(LocalDate expectedFrom, LocalDate expectedTo, String portOfEntry, TravelMode mode,
                            String transportRef, NationalityVerification nationalityVerification) {
}
