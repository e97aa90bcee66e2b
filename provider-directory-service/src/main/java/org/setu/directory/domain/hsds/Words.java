package org.setu.directory.domain.hsds;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How free text from another publisher is compared with Setu's vocabularies and place names: NFC, lower case,
 * apostrophes dropped ("Cox's" and "Coxs" are one word), everything that is neither a letter, a combining mark
 * (Bangla vowel signs are marks) nor a digit turned into a space.
 */
public final class Words {

    private Words() {
    }

    /** The words of a text, folded: "Cox's Bazar District" gives [coxs, bazar, district]. */
    public static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) return out;
        String folded = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replaceAll("['’‘`]", "")
                .replaceAll("[^\\p{L}\\p{M}\\p{N}]+", " ").strip();
        if (folded.isEmpty()) return out;
        for (String w : folded.split(" ")) out.add(w);
        return out;
    }

    /** The words joined without spaces: "Cox's Bazar", "Coxs Bazar" and "Coxsbazar" all give "coxsbazar". */
    public static String compact(String text) {
        return String.join("", of(text));
    }

    /** The words joined by one space, for phrase lookups. */
    public static String folded(String text) {
        return String.join(" ", of(text));
    }

    /** Whether the text is written (partly) in the Bangla script. */
    public static boolean isBangla(String text) {
        if (text == null) return false;
        return text.codePoints().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.BENGALI);
    }
}
