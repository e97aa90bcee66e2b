package org.setu.referral.domain;

import java.util.List;
import java.util.UUID;

/** The service routing chose for a referral, and why. */
public record ServiceChoice(UUID serviceId, UUID organizationId, List<String> explanation) {

    public ServiceChoice {
        explanation = List.copyOf(explanation);
    }
}
