package org.setu.notification.domain;

import java.time.Instant;

/**
 * The event a delivery is about, as it came on the bus: its CloudEvent id, type, subject and time. A webhook repeats
 * them, so that its receiver can de-duplicate by id. A ping is an event of the service's own, about a subscription.
 */
public record SourceEvent(String id, String type, String subject, Instant time) {

    public static final String PING_TYPE = "setu.notification.ping.v1";

    public boolean isPing() {
        return PING_TYPE.equals(type);
    }
}
