package org.setu.referral.domain;

/**
 * An escalated referral on the coordinators' list, with the district the person is in (their home district when the
 * current one is unknown; null when neither is), so that a coordinator can look for a service there.
 */
public record Escalation(Referral referral, String districtId) {
}
