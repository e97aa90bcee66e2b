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
    ESCALATED
}
