package org.setu.directory.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.setu.events.directory.LocalizedText;

/** Names and descriptions in English (required) and Bangla. */
public final class TextJson {

    private TextJson() {
    }

    /** A name: short enough for a list, a notification and the event schema (200 characters). */
    public record Name(@NotBlank @Size(max = 200) String en, @Size(max = 200) String bn) {
        LocalizedText domain() {
            return new LocalizedText(en.strip(), blankToNull(bn));
        }
    }

    /** A description or a schedule in words. */
    public record Long(@NotBlank @Size(max = 4000) String en, @Size(max = 4000) String bn) {
        LocalizedText domain() {
            return new LocalizedText(en.strip(), blankToNull(bn));
        }
    }

    static LocalizedText of(Name n) {
        return n == null ? null : n.domain();
    }

    static LocalizedText of(Long l) {
        return l == null ? null : l.domain();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
