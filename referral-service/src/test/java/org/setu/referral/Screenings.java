package org.setu.referral;

import org.setu.events.screening.AdminArea;
import org.setu.events.screening.Consent;
import org.setu.events.screening.ScreeningAmended;
import org.setu.events.screening.ScreeningCompleted;
import org.setu.events.screening.ScreeningContext;
import org.setu.events.screening.ShareLevel;
import org.setu.events.vocabulary.AgeBand;
import org.setu.events.vocabulary.Classification;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Sex;
import org.setu.events.vocabulary.Urgency;
import org.setu.events.vocabulary.VictimCategory;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Completed screenings as the screening service would publish them. */
public final class Screenings {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Screenings() {
    }

    public static ScreeningCompleted completed(UUID agency, Urgency urgency, AgeBand age, Sex sex, AdminArea current,
                                               AdminArea home, List<String> languages, List<ServiceCategory> needs,
                                               List<ServiceCategory> consented) {
        return new ScreeningCompleted(UUID.randomUUID(), caseRef(), UUID.randomUUID(), agency, ScreeningContext.SHELTER_INTAKE,
                Classification.PRESUMED_TRAFFICKING_VICTIM, urgency, needs, age, sex, current, home, languages,
                VictimCategory.TRAFFICKING_VICTIM, new Consent(consented, ShareLevel.BASIC), Instant.now());
    }

    /** An adult woman, high urgency, who consents to what she needs. */
    public static ScreeningCompleted adultIn(UUID agency, AdminArea current, ServiceCategory... needs) {
        return completed(agency, Urgency.HIGH, AgeBand.ADULT_25_39, Sex.FEMALE, current, null, List.of("bn"),
                List.of(needs), List.of(needs));
    }

    public static ScreeningCompleted withUrgency(ScreeningCompleted e, Urgency urgency) {
        return new ScreeningCompleted(e.caseId(), e.caseRef(), e.screeningId(), e.agencyId(), e.context(), e.classification(),
                urgency, e.needs(), e.ageBand(), e.sex(), e.currentLocation(), e.homeLocation(), e.languages(),
                e.victimCategory(), e.consent(), e.occurredAt());
    }

    public static ScreeningCompleted withNationality(ScreeningCompleted e, String nationality) {
        return new ScreeningCompleted(e.caseId(), e.caseRef(), e.screeningId(), e.agencyId(), e.context(), e.classification(),
                e.urgency(), e.needs(), e.ageBand(), e.sex(), e.currentLocation(), e.homeLocation(), e.languages(),
                e.victimCategory(), e.consent(), e.occurredAt(), nationality);
    }

    /** The same screening amended (revision 1) to the given urgency, current location, needs and consent. */
    public static ScreeningAmended amended(ScreeningCompleted e, Urgency urgency, AdminArea current, List<ServiceCategory> needs,
                                           List<ServiceCategory> consented) {
        return new ScreeningAmended(e.caseId(), e.caseRef(), e.screeningId(), 1, e.agencyId(), e.context(),
                e.classification(), urgency, needs, e.ageBand(), e.sex(), current, e.homeLocation(), e.languages(),
                e.victimCategory(), new Consent(consented, ShareLevel.BASIC), Instant.now(), e.nationality());
    }

    public static AdminArea area(String division, String district, String upazila) {
        return new AdminArea(division, district, upazila);
    }

    static String caseRef() {
        StringBuilder b = new StringBuilder("BD-");
        for (int i = 0; i < 9; i++) b.append(i == 4 ? '-' : ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        return b.toString();
    }
}
