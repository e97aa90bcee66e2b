package org.setu.notification.domain;

/**
 * Where a delivery stands. {@code PENDING} waits for its next attempt; {@code DELIVERED} reached its channel;
 * {@code DEAD} used up its attempts (or failed for good) and waits for a manual retry; {@code SKIPPED} had
 * nowhere to go (the service has no SMS phone, the subscription was removed), which is not a failure.
 */
public enum DeliveryStatus {
    PENDING,
    DELIVERED,
    DEAD,
    SKIPPED
}
