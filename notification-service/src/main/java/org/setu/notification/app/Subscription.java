package org.setu.notification.app;

import org.setu.events.notification.Channel;
import org.setu.notification.persistence.SubscriptionRow;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A subscription as the application hands it out. {@code secret} signs webhook calls; only creation and rotation show it. */
public record Subscription(UUID id, UUID agencyId, Channel channel, String address, String language,
                           List<String> eventTypes, String secret, boolean active, long version,
                           Instant createdAt, Instant updatedAt) {

    static Subscription of(SubscriptionRow r) {
        return new Subscription(r.id(), r.agencyId(), r.channel(), r.address(), r.language(), r.eventTypes(), r.secret(),
                r.active(), r.version(), r.createdAt(), r.updatedAt());
    }
}
