package org.setu.screening.persistence;

import org.setu.events.screening.AdminArea;
import org.setu.events.screening.ScreeningContext;
import org.setu.events.vocabulary.AgeBand;
import org.setu.events.vocabulary.Classification;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Sex;
import org.setu.events.vocabulary.Urgency;
import org.setu.screening.domain.abroad.Abroad;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * A row of screening: pseudonymous facts in clear, the person and the answers as ciphertext. An amendment keeps what
 * was {@link Recorded} and replaces the {@link Facts}, the {@link Conclusion} and the {@link Ciphertexts}.
 */
public record ScreeningRow(UUID id, UUID caseId, Recorded recorded, Facts facts, Conclusion conclusion,
                           Ciphertexts ciphertexts, int revision, Instant amendedAt) {

    /** By when the screening was recorded, the oldest first. */
    public static final Comparator<ScreeningRow> BY_SCREENED_AT = Comparator.comparing(s -> s.recorded().screenedAt());

    /** Which agency screened, who, in what context, with which instrument, and when. */
    public record Recorded(UUID agencyId, String screenedBy, ScreeningContext context, String instrumentCode,
                           int instrumentVersion, Instant screenedAt) {
    }

    /**
     * Where the screening took place (an area in Bangladesh, or {@code abroad} with a null area) and the person's
     * pseudonymous facts, kept in clear for routing and statistics.
     */
    public record Facts(AdminArea location, Abroad abroad, AdminArea home, Sex sex, AgeBand ageBand, String nationality,
                        List<String> languages, String countryOfExploitation) {
    }

    /** What the decision engine concluded. */
    public record Conclusion(Classification classification, Urgency urgency, List<ServiceCategory> needs) {
    }

    /** The person's details and the answers with their trace, each sealed under the case's key. */
    public record Ciphertexts(byte[] person, byte[] answers) {
    }
}
