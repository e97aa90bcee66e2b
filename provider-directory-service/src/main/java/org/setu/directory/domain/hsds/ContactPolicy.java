package org.setu.directory.domain.hsds;

import org.setu.events.text.Reason;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Phones, languages and ages of another publisher's record in the forms Setu keeps: E.164 numbers (the SMS
 * channel needs them), ISO 639 language codes, whole-number ages.
 */
public final class ContactPolicy {

    /** Language names publishers write instead of a code. */
    static final Map<String, String> LANGUAGE_NAMES = Map.ofEntries(
            Map.entry("bangla", "bn"), Map.entry("bengali", "bn"), Map.entry("বাংলা", "bn"),
            Map.entry("english", "en"), Map.entry("ইংরেজি", "en"), Map.entry("burmese", "my"), Map.entry("myanmar", "my"),
            Map.entry("rohingya", "rhg"), Map.entry("chittagonian", "ctg"), Map.entry("hindi", "hi"), Map.entry("urdu", "ur"),
            Map.entry("arabic", "ar"), Map.entry("malay", "ms"));

    private ContactPolicy() {
    }

    /**
     * A phone number in E.164. A Bangladeshi mobile number written the local way (01XXXXXXXXX) gets the country code
     * +880; a number Setu cannot read as E.164 is left out rather than guessed.
     */
    public static MappingDecision<String> e164(String raw) {
        if (raw == null || raw.isBlank()) return MappingDecision.refused(Reason.of("phone.none"));
        String digits = raw.replaceAll("[^0-9+]", "");
        if (digits.startsWith("00")) digits = "+" + digits.substring(2);
        if (digits.matches("^\\+[1-9][0-9]{6,14}$")) return MappingDecision.exact(digits);
        if (digits.matches("^01[3-9][0-9]{8}$")) {
            return MappingDecision.assumed("+88" + digits, Reason.of("phone.local", MappingDecision.asWritten(raw.strip()), MappingDecision.asWritten("+88" + digits)));
        }
        return MappingDecision.refused(Reason.of("phone.notE164", MappingDecision.asWritten(raw.strip())));
    }

    /** An ISO 639 code from an HSDS language's code, else from its name. */
    public static Optional<String> languageCode(String code, String name) {
        if (code != null) {
            String c = code.strip().toLowerCase(Locale.ROOT);
            if (c.matches("^[a-z]{2,3}$")) return Optional.of(c.equals("ben") ? "bn" : c.equals("eng") ? "en" : c);
            if (c.matches("^[a-z]{2,3}[-_].*")) return Optional.of(c.substring(0, c.indexOf(c.contains("-") ? '-' : '_')));
        }
        if (name != null) return Optional.ofNullable(LANGUAGE_NAMES.get(Words.folded(name)));
        return Optional.empty();
    }

    /**
     * HSDS ages are numbers; Setu's are whole years, and an age below 0 or above 130 means nothing.
     *
     * @param which the word of the import's messages naming the field, such as {@code field.minimumAge}
     */
    public static MappingDecision<Integer> age(Double value, String which) {
        if (value == null) return MappingDecision.exact(null);
        if (value < 0 || value > 130) return MappingDecision.assumed(null, Reason.of("age.notAnAge", Reason.term(which), Reason.value(value)));
        int whole = (int) Math.floor(value);
        return whole == value ? MappingDecision.exact(whole) : MappingDecision.assumed(whole, Reason.of("age.rounded", Reason.term(which), Reason.value(value), Reason.value(whole)));
    }

    /** A text cut to what the directory keeps, saying so; {@code what} is the word naming the field, as for {@link #age}. */
    public static MappingDecision<String> atMost(String text, int max, String what) {
        if (text == null || text.length() <= max) return MappingDecision.exact(text);
        return MappingDecision.assumed(text.substring(0, max), Reason.of("text.cut", Reason.term(what), Reason.value(max)));
    }
}
