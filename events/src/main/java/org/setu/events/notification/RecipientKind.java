package org.setu.events.notification;

/** Who a notification was for, as a role: the address itself stays in the notification service. */
public enum RecipientKind {
    /** A service's referral contact (its focal point). */
    SERVICE_CONTACT,
    /** The agency that screened the person, made the referral and follows the case (its follow-up reminders too). */
    REFERRING_AGENCY,
    /** The NRM coordinators, e.g. on an escalation. */
    NRM_COORDINATOR,
    /** A partner system's webhook subscription. */
    SUBSCRIBER
}
