package org.setu.notification.domain;

import org.setu.events.notification.Channel;

import java.util.Set;
import java.util.UUID;

/** A channel an agency registered (a subscription): which events it wants, where, and in which language. */
public record AgencyChannel(UUID subscriptionId, UUID agencyId, Channel channel, Set<String> eventTypes,
                            String language, boolean active) {

    public boolean wants(String eventType) {
        return active && eventTypes.contains(eventType);
    }
}
