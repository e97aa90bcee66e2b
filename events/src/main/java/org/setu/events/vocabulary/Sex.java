package org.setu.events.vocabulary;

/**
 * The sex a person gave at screening, and what a service's eligibility accepts. {@code THIRD_GENDER} is
 * the category Bangladesh recognises in law (hijra), so shelters that serve it can be matched.
 */
public enum Sex {
    FEMALE,
    MALE,
    THIRD_GENDER,
    UNKNOWN
}
