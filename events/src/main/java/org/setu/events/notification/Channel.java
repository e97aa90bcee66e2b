package org.setu.events.notification;

/** How a notification was delivered. */
public enum Channel {
    EMAIL,
    SMS,
    WEBHOOK
}
