package org.setu.events.screening;

/** Why a case's personal data was destroyed. */
public enum ErasureReason {
    /** The person asked for it. */
    PERSON_REQUEST,
    /** The case was closed for longer than the retention period. */
    RETENTION_PERIOD_ENDED,
    /** The case should never have been opened (a test, a wrong person). */
    RECORDED_IN_ERROR
}
