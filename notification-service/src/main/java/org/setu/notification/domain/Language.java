package org.setu.notification.domain;

import java.util.Locale;

/** The languages notifications are written in. A recipient gets its own; anything else gets the fallback. */
public final class Language {

    public static final String ENGLISH = "en";
    public static final String BANGLA = "bn";

    private Language() {
    }

    /** {@code bn}, {@code bn-BD} and {@code BN} are Bangla; {@code en*} is English; anything else takes the fallback. */
    public static String pick(String requested, String fallback) {
        String r = requested == null ? "" : requested.trim().toLowerCase(Locale.ROOT);
        if (r.startsWith(BANGLA)) return BANGLA;
        if (r.startsWith(ENGLISH)) return ENGLISH;
        return BANGLA.equals(fallback) ? BANGLA : ENGLISH;
    }

    public static boolean isSupported(String language) {
        return ENGLISH.equals(language) || BANGLA.equals(language);
    }
}
