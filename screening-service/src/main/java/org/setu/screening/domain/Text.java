package org.setu.screening.domain;

import org.setu.events.text.Reason;

/** A label in English and Bangla, so that a portal can render the instrument in the worker's language. */
public record Text(String en, String bn) {

    /** The label as an argument of a reason, rendered in the reader's language. */
    public Reason.Label asLabel() {
        return new Reason.Label(en, bn);
    }
}
