package org.setu.screening.domain.export;

import org.setu.events.vocabulary.Classification;
import org.setu.events.vocabulary.Sex;

import java.util.Map;

/**
 * What the export reads of one case, in memory only: the year the case was opened, the person's sex, age and
 * nationality as first screened, and the latest screening's classification and answers. Nothing here leaves Setu
 * as it is; {@link CtdcRows} turns it into codes.
 *
 * @param age   whole years on the day of the first screening, null when neither a birth date nor an estimate was given
 * @param child whether the first screening treated the person as a child (used when the age is unknown)
 * @param countryOfExploitation the ISO 3166-1 alpha-2 code the latest screening recorded, null when none
 */
public record CtdcSubject(int yearOfRegistration, Sex sex, Integer age, boolean child, String nationality,
                          Classification classification, Map<String, Object> answers, String countryOfExploitation) {

    /** A case whose screenings recorded no country of exploitation, as every one did before issue #19. */
    public CtdcSubject(int yearOfRegistration, Sex sex, Integer age, boolean child, String nationality,
                       Classification classification, Map<String, Object> answers) {
        this(yearOfRegistration, sex, age, child, nationality, classification, answers, null);
    }
}
