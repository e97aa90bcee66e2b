package org.setu.referral.domain;

import org.setu.events.text.Reason;

import java.util.List;
import java.util.UUID;

/** The service routing chose for a referral, and why. */
public record ServiceChoice(UUID serviceId, UUID organizationId, List<Reason> explanation) {

    public ServiceChoice {
        explanation = List.copyOf(explanation);
    }
}
