package org.setu.events;

/**
 * What a topic's Kafka key is. Kafka keeps order only within a key, so the key is the thing whose events
 * must stay in order. The same value is the CloudEvents {@code partitionkey} and {@code subject}.
 */
public enum KeyedBy {
    /** Screening and referral topics: one case's screenings, consent changes and referrals stay in order. */
    CASE_ID,
    /**
     * The one screening event about no case, {@code port-desk-changed}: one agency's designations at the ports stay in
     * order, so a desk designated and then withdrawn is read in that order.
     */
    AGENCY_ID,
    /** The compacted directory topic: the latest value per service is its current snapshot. */
    SERVICE_ID,
    /** The notification topic: only one notification's own outcomes need an order between them. */
    NOTIFICATION_ID
}
