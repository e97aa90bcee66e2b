package org.setu.kit.api;

import java.util.List;
import java.util.Locale;

/** The languages Setu writes for people (English and Bangla), and which one a request's Accept-Language asks for. */
public final class Languages {

    public static final List<String> WRITTEN = List.of("en", "bn");

    private Languages() {
    }

    /** Bangla when the header prefers it to English, English otherwise (also for a malformed or absent header). */
    public static String preferred(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) return "en";
        try {
            String tag = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), WRITTEN);
            return tag == null ? "en" : tag;
        } catch (IllegalArgumentException e) {
            return "en";   // a malformed header is no reason to refuse the answer
        }
    }
}
