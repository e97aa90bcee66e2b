package org.setu.screening.domain;

/** A label in English and Bangla, so that a portal can render the instrument in the worker's language. */
public record Text(String en, String bn) {
}
