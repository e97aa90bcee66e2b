package org.setu.directory.persistence;

import org.setu.events.directory.LocalizedText;

/** A text in English and Bangla, kept as two columns ({@code *_en}, {@code *_bn}). */
final class Texts {

    private Texts() {
    }

    static LocalizedText of(String en, String bn) {
        return en == null ? null : new LocalizedText(en, bn);
    }

    static String en(LocalizedText t) {
        return t == null ? null : t.en();
    }

    static String bn(LocalizedText t) {
        return t == null ? null : t.bn();
    }
}
