package org.setu.events.vocabulary;

import java.util.Optional;

/**
 * The population a service is for, derived from a screening's classification. A possible victim of
 * trafficking counts as a trafficking victim here, so that assistance starts while the full assessment runs.
 */
public enum VictimCategory {
    TRAFFICKING_VICTIM,
    SMUGGLED_MIGRANT,
    VULNERABLE_MIGRANT;

    /** Empty for {@code NO_PROTECTION_NEED}: such a person belongs to none of the populations. */
    public static Optional<VictimCategory> of(Classification classification) {
        return Optional.ofNullable(switch (classification) {
            case PRESUMED_TRAFFICKING_VICTIM, POSSIBLE_TRAFFICKING_VICTIM -> TRAFFICKING_VICTIM;
            case SMUGGLED_MIGRANT -> SMUGGLED_MIGRANT;
            case VULNERABLE_MIGRANT -> VULNERABLE_MIGRANT;
            case NO_PROTECTION_NEED -> null;
        });
    }
}
