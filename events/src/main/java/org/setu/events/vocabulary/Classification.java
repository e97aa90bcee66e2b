package org.setu.events.vocabulary;

/** What a screening concluded. A presumption, never the formal identification by the authorities. */
public enum Classification {
    PRESUMED_TRAFFICKING_VICTIM,
    POSSIBLE_TRAFFICKING_VICTIM,
    SMUGGLED_MIGRANT,
    VULNERABLE_MIGRANT,
    NO_PROTECTION_NEED
}
