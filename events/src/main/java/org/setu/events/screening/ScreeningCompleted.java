package org.setu.events.screening;

import org.setu.events.vocabulary.AgeBand;
import org.setu.events.vocabulary.Classification;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Sex;
import org.setu.events.vocabulary.Urgency;
import org.setu.events.vocabulary.VictimCategory;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code setu.screening.completed.v1}: a screening has an outcome. It carries what routing needs to match
 * services (needs, age band, sex, areas, languages, victim category, consent) and nothing that names the
 * person: the details stay encrypted in the screening service and reach a provider only through the
 * shared view, after it accepted.
 *
 * @param homeLocation    null when unknown; reintegration and family tracing need it
 * @param victimCategory  null when the classification is {@code NO_PROTECTION_NEED}
 * @param languages       ISO 639 codes, e.g. {@code bn}
 * @param nationality     ISO 3166-1 alpha-2, e.g. {@code BD}; null when unknown (optional, added after v1's first release)
 * @param screeningCountry ISO 3166-1 alpha-2 of the country where an agency abroad screened the person, e.g. {@code SA};
 *                        null when the screening took place in Bangladesh. Then {@code currentLocation} is the home
 *                        area, because the services that will take the person are there (optional, added for issue #19)
 * @param countryOfExploitation ISO 3166-1 alpha-2 of the country where the person was exploited; null when not
 *                        recorded (optional, added for issue #19)
 */
public record ScreeningCompleted(
        UUID caseId,
        String caseRef,
        UUID screeningId,
        UUID agencyId,
        ScreeningContext context,
        Classification classification,
        Urgency urgency,
        List<ServiceCategory> needs,
        AgeBand ageBand,
        Sex sex,
        AdminArea currentLocation,
        AdminArea homeLocation,
        List<String> languages,
        VictimCategory victimCategory,
        Consent consent,
        Instant occurredAt,
        String nationality,
        String screeningCountry,
        String countryOfExploitation) {

    public ScreeningCompleted {
        needs = List.copyOf(needs);
        languages = List.copyOf(languages);
    }

    /** Without the place abroad and the country of exploitation, which were added as optional fields for issue #19. */
    public ScreeningCompleted(UUID caseId, String caseRef, UUID screeningId, UUID agencyId, ScreeningContext context,
            Classification classification, Urgency urgency, List<ServiceCategory> needs, AgeBand ageBand, Sex sex,
            AdminArea currentLocation, AdminArea homeLocation, List<String> languages, VictimCategory victimCategory,
            Consent consent, Instant occurredAt, String nationality) {
        this(caseId, caseRef, screeningId, agencyId, context, classification, urgency, needs, ageBand, sex,
                currentLocation, homeLocation, languages, victimCategory, consent, occurredAt, nationality, null, null);
    }

    /** Without nationality, which was added as an optional field after the first version of the contract. */
    public ScreeningCompleted(UUID caseId, String caseRef, UUID screeningId, UUID agencyId, ScreeningContext context,
            Classification classification, Urgency urgency, List<ServiceCategory> needs, AgeBand ageBand, Sex sex,
            AdminArea currentLocation, AdminArea homeLocation, List<String> languages, VictimCategory victimCategory,
            Consent consent, Instant occurredAt) {
        this(caseId, caseRef, screeningId, agencyId, context, classification, urgency, needs, ageBand, sex,
                currentLocation, homeLocation, languages, victimCategory, consent, occurredAt, null, null, null);
    }
}
