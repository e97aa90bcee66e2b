package org.setu.notification.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.setu.notification.domain.AgencyChannel;
import org.setu.notification.domain.ArrivalPolicy.Reach;
import org.setu.notification.persistence.ContactRepository;
import org.setu.notification.persistence.SubscriptionRepository;
import org.setu.notification.persistence.SubscriptionRow;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * How agencies are reached when a notice is for the agency as a whole (a desk, a case's owner, either side of a
 * hand-over): each one's own active channels and its services' contacts in the directory, for the policies to choose.
 */
@ApplicationScoped
public class AgencyReaches {

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    ContactRepository contacts;

    /** @return each agency's reach, by its id */
    public Map<UUID, Reach> of(Collection<UUID> agencies) {
        List<AgencyChannel> channels = subscriptions.activeOf(agencies).stream().map(SubscriptionRow::toChannel).toList();
        Map<UUID, Reach> out = new LinkedHashMap<>();
        for (UUID agency : agencies) {
            out.computeIfAbsent(agency, a -> new Reach(a, channels.stream().filter(c -> a.equals(c.agencyId())).toList(),
                    contacts.ofOrganization(a)));
        }
        return out;
    }
}
