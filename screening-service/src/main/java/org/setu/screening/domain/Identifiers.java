package org.setu.screening.domain;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The forms in which document and phone numbers are compared, so that "+880 1711-000000", "01711000000" and
 * "8801711000000" find each other. Only these normalised forms are hashed into the blind index.
 */
public final class Identifiers {

    private Identifiers() {
    }

    /** Letters and digits only, upper case: "a 123-456" and "A123456" are the same document. */
    public static Optional<String> document(String raw) {
        if (raw == null) return Optional.empty();
        String s = raw.toUpperCase().replaceAll("[^A-Z0-9]", "");
        return s.length() < 4 ? Optional.empty() : Optional.of(s);
    }

    /** Digits in international form; a Bangladeshi mobile number written locally (01...) gets its 880. */
    public static Optional<String> phone(String raw) {
        if (raw == null) return Optional.empty();
        String digits = raw.replaceAll("[^0-9]", "");
        if (digits.startsWith("00")) digits = digits.substring(2);
        if (digits.length() == 11 && digits.startsWith("01")) digits = "88" + digits;
        return digits.length() < 7 ? Optional.empty() : Optional.of(digits);
    }

    /**
     * The full name with the date of birth: "Rahima  Begum" born 2001-03-04 and "begum rahima" born the same day
     * are the same. Letters of any script are kept (Bangla names stay Bangla), case and order are ignored.
     * Absent when the name or the date of birth is missing: an estimated age is too coarse to tell people apart.
     */
    public static Optional<String> nameAndBirth(String givenName, String familyName, LocalDate dateOfBirth) {
        if (dateOfBirth == null) return Optional.empty();
        String name = Normalizer.normalize((nullToEmpty(givenName) + " " + nullToEmpty(familyName)), Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{M}]+", " ").trim();
        if (name.isEmpty()) return Optional.empty();
        String words = Arrays.stream(name.split(" ")).sorted().collect(Collectors.joining(" "));
        return Optional.of(words + "|" + dateOfBirth);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
