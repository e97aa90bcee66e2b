package org.setu.notification.domain;

/**
 * When the notification service treats a referral event's case as erased: its id is in the tombstone (the
 * {@code case-erased} event came first), or the event itself says the referral ended because the case was erased
 * (the cancellation may overtake the erasure event: they travel on different topics). Nothing is sent about such a
 * case, because every notice would name it, and what is kept of it is only codes and counts.
 */
public final class ErasurePolicy {

    /** The reason code of deliveries an erasure stopped or purged, and of the referral service's erasure cancellations. */
    public static final String REASON = "CASE_ERASED";

    private ErasurePolicy() {
    }

    public static boolean caseIsGone(String reasonCode, boolean caseInTombstone) {
        return caseInTombstone || REASON.equals(reasonCode);
    }
}
