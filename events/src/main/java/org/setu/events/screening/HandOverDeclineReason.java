package org.setu.events.screening;

/** Why an agency declined to take over a case: codes only, never free text, so nothing of the person can slip in. */
public enum HandOverDeclineReason {
    /** The person's home is outside the areas the agency serves. */
    NOT_OUR_AREA,
    /** The agency cannot take another case now. */
    NO_CAPACITY,
    OTHER
}
