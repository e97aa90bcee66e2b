package org.setu.events.vocabulary;

import java.util.Optional;

/**
 * A person's age as a band, never a date of birth: narrow enough to match a service's age range, wide
 * enough not to single anyone out together with a district and a sex. The bands split at 18 (the child
 * rule of the Palermo Protocol) and at 12, where child-protection services usually split.
 */
public enum AgeBand {
    CHILD_0_11(0, 11),
    CHILD_12_17(12, 17),
    ADULT_18_24(18, 24),
    ADULT_25_39(25, 39),
    ADULT_40_59(40, 59),
    ADULT_60_PLUS(60, null),
    /** Nothing is known. When the age is only in doubt, the screening service presumes a child band instead. */
    UNKNOWN(null, null);

    private final Integer minAge;
    private final Integer maxAge;

    AgeBand(Integer minAge, Integer maxAge) {
        this.minAge = minAge;
        this.maxAge = maxAge;
    }

    public boolean isChild() {
        return this == CHILD_0_11 || this == CHILD_12_17;
    }

    public Optional<Integer> minAge() {
        return Optional.ofNullable(minAge);
    }

    public Optional<Integer> maxAge() {
        return Optional.ofNullable(maxAge);
    }

    /** The band of an age in whole years, e.g. from a date of birth or a worker's estimate. */
    public static AgeBand of(int age) {
        if (age < 0) throw new IllegalArgumentException("an age is not negative: " + age);
        for (AgeBand band : values()) {
            if (band.minAge != null && age >= band.minAge && (band.maxAge == null || age <= band.maxAge)) {
                return band;
            }
        }
        throw new IllegalStateException("no band for age " + age);
    }
}
