package org.setu.referral.domain;

/** Who a history entry names when no person acted. */
public final class Actors {

    /** Routing, deadlines and consent changes: the service itself. */
    public static final String SYSTEM = "system:referral-service";

    private Actors() {
    }
}
