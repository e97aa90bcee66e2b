package org.setu.screening.domain;

import org.setu.events.screening.ShareLevel;

import java.util.Set;

/**
 * What an accepting provider may read of a person, by the consent the person gave. The levels are
 * cumulative; NONE shows only the case reference and what the referral already told the provider.
 */
public final class SharingPolicy {

    public static final Set<String> BASIC = Set.of("givenName", "age", "sex", "languages", "phone");
    public static final Set<String> FULL = Set.of("givenName", "familyName", "dateOfBirth", "age", "sex", "languages",
            "phone", "nationality", "documentNumber", "address", "home", "notes");

    private SharingPolicy() {
    }

    public static Set<String> fieldsFor(ShareLevel level) {
        return switch (level) {
            case NONE -> Set.of();
            case BASIC -> BASIC;
            case FULL -> FULL;
        };
    }
}
