package org.setu.notification.persistence;

import org.setu.events.notification.Channel;
import org.setu.notification.domain.AgencyChannel;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A stored subscription. {@code secret} signs webhook calls; it leaves the service only when created or rotated. */
public record SubscriptionRow(UUID id, UUID agencyId, Channel channel, String address, String language,
                              List<String> eventTypes, String secret, boolean active, long version,
                              Instant createdAt, Instant updatedAt) {

    public SubscriptionRow {
        eventTypes = List.copyOf(eventTypes);
    }

    public AgencyChannel toChannel() {
        return new AgencyChannel(id, agencyId, channel, Set.copyOf(eventTypes), language, active);
    }
}
