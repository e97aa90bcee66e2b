package org.setu.events.vocabulary;

import java.time.Duration;

/** How soon a person must be helped; it sets the time a provider has to answer a referral. */
public enum Urgency {
    IMMEDIATE(Duration.ofHours(24)),
    HIGH(Duration.ofHours(72)),
    ROUTINE(Duration.ofDays(14));

    private final Duration responseTime;

    Urgency(Duration responseTime) {
        this.responseTime = responseTime;
    }

    /** The deadline a referral of this urgency gets, counted from when it is sent. */
    public Duration responseTime() {
        return responseTime;
    }
}
