package org.setu.referral.domain;

import org.setu.events.text.Reason;

/** The administrative level a service's coverage names; a closer level serves the person better. */
public enum AreaLevel {
    NATIONAL(0),
    DIVISION(1),
    DISTRICT(2),
    UPAZILA(3);

    private final int closeness;

    AreaLevel(int closeness) {
        this.closeness = closeness;
    }

    /** 3 for an upazila, 0 for the whole country: routing prefers the higher. */
    public int closeness() {
        return closeness;
    }

    /** The level as a word of the explanations' vocabulary ({@code level.DISTRICT}). */
    public Reason.Term term() {
        return Reason.term("level", this);
    }
}
