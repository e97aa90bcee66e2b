package org.setu.directory.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Text search in English or Bangla: names and descriptions are folded the same way as the query (Unicode NFC,
 * lower case), so "SHELTER", "shelter" and "আশ্রয়" each find what they should whatever their input form.
 */
public final class SearchText {

    private SearchText() {
    }

    public static String fold(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).strip();
    }

    public static String indexOf(String... parts) {
        return Stream.of(parts).filter(Objects::nonNull).map(SearchText::fold).collect(Collectors.joining(" \u0001 "));
    }
}
