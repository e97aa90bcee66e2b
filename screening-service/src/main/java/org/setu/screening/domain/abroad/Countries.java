package org.setu.screening.domain.abroad;

import java.util.Locale;
import java.util.Set;

/** The ISO 3166-1 alpha-2 country codes, as the JDK lists them; a code outside it would count nowhere in the CTDC export. */
public final class Countries {

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    private Countries() {
    }

    public static boolean known(String code) {
        return code != null && CODES.contains(code);
    }
}
