package org.setu.events.screening;

import org.setu.events.vocabulary.ServiceCategory;

import java.util.List;

/** What the person agreed to: the service categories they may be referred to, and what providers may read. */
public record Consent(List<ServiceCategory> services, ShareLevel shareWithProviders) {

    public Consent {
        services = List.copyOf(services);
    }

    public boolean allows(ServiceCategory category) {
        return services.contains(category);
    }
}
