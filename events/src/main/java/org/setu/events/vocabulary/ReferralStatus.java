package org.setu.events.vocabulary;

/** The states of a referral, after the FHIR SDOH referral Task. */
public enum ReferralStatus {
    PROPOSED,
    SENT,
    ACCEPTED,
    DECLINED,
    EXPIRED,
    IN_PROGRESS,
    COMPLETED,
    CANCELLED,
    ESCALATED,
    /**
     * Matched in advance and waiting for the person's arrival from abroad (FHIR Task's {@code on-hold}); no deadline
     * runs, and the provider sees an upcoming arrival without the case reference.
     */
    ON_HOLD
}
