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
 * {@code setu.screening.amended.v1}: a screening was corrected and has a new outcome. It carries the whole
 * new picture, not a difference, so a consumer replaces what it knew; {@code revision} counts the
 * amendments of one screening (1 for the first) so a consumer can tell which picture is the latest. Its
 * {@code screeningCountry} and {@code countryOfExploitation} mean what they mean in {@link ScreeningCompleted}.
 */
public record ScreeningAmended(
        UUID caseId,
        String caseRef,
        UUID screeningId,
        int revision,
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

    public ScreeningAmended {
        needs = List.copyOf(needs);
        languages = List.copyOf(languages);
    }

    /** Without the place abroad and the country of exploitation, which were added as optional fields for issue #19. */
    public ScreeningAmended(UUID caseId, String caseRef, UUID screeningId, int revision, UUID agencyId, ScreeningContext context,
            Classification classification, Urgency urgency, List<ServiceCategory> needs, AgeBand ageBand, Sex sex,
            AdminArea currentLocation, AdminArea homeLocation, List<String> languages, VictimCategory victimCategory,
            Consent consent, Instant occurredAt, String nationality) {
        this(caseId, caseRef, screeningId, revision, agencyId, context, classification, urgency, needs, ageBand,
                sex, currentLocation, homeLocation, languages, victimCategory, consent, occurredAt, nationality, null, null);
    }

    /** Without nationality, which was added as an optional field after the first version of the contract. */
    public ScreeningAmended(UUID caseId, String caseRef, UUID screeningId, int revision, UUID agencyId, ScreeningContext context,
            Classification classification, Urgency urgency, List<ServiceCategory> needs, AgeBand ageBand, Sex sex,
            AdminArea currentLocation, AdminArea homeLocation, List<String> languages, VictimCategory victimCategory,
            Consent consent, Instant occurredAt) {
        this(caseId, caseRef, screeningId, revision, agencyId, context, classification, urgency, needs, ageBand,
                sex, currentLocation, homeLocation, languages, victimCategory, consent, occurredAt, null, null, null);
    }
}
