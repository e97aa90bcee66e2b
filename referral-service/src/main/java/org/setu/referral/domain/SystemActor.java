package org.setu.referral.domain;

/** Who a history entry names when no person acted. */
public final class SystemActor {

    /** Routing, deadlines and consent changes: the service itself. */
    public static final String NAME = "system:referral-service";

    private SystemActor() {
    }
}
