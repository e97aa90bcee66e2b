package org.setu.notification.domain;

/** The notices about a planned return (docs/notifications.md, "The return from abroad"). */
public enum ArrivalNotice {
    /** A return was planned at a port, or its port or window changed: the desks there get ready. */
    PLANNED,
    /** A referral to a provider's service is held for the arrival: the provider gets ready. */
    HELD,
    /** The window opens tomorrow (Dhaka): the desks and the providers holding referrals for it, once per version. */
    REMINDER,
    /** The desk confirmed the arrival: the agency that owns the case. */
    ARRIVED,
    /** The person did not come (a no-show, or the window passed unconfirmed): the desks, the owner, the coordinators. */
    MISSED
}
