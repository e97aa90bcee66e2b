package org.setu.events.directory;

/** A label in English and Bangla; templates and portals pick by the reader's language. */
public record LocalizedText(String en, String bn) {
}
