package org.setu.notification.domain;

import org.setu.events.notification.Channel;

import java.util.Set;
import java.util.UUID;

/** A channel an agency registered (a subscription): which events it wants, where, and in which language. */
public record AgencyChannel(UUID subscriptionId, UUID agencyId, Channel channel, Set<String> eventTypes,
                            String language, boolean active) {

    /**
     * A subscription names event types with their version; it receives every version of a type it names, so that a
     * partner subscribed to {@code setu.referral.cancelled.v1} still hears of cancellations now published as v2.
     */
    public boolean wants(String eventType) {
        return active && eventTypes.stream().anyMatch(named -> unversioned(named).equals(unversioned(eventType)));
    }

    private static String unversioned(String type) {
        return type.replaceFirst("\\.v[0-9]+$", "");
    }
}
