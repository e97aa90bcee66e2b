package org.setu.notification.domain;

import org.setu.events.notification.Channel;
import org.setu.events.notification.RecipientKind;

import java.util.UUID;

/**
 * One addressee of a notification on one channel, and why it gets it. {@code ref} names the recipient, not
 * always its address: a service's focal point ({@code service:<id>}) and a subscription
 * ({@code subscription:<id>}) are looked up when the message is sent, so a directory snapshot or a rotated
 * secret that arrives later is still used; a literal address is {@code mailto:...} or {@code tel:...}.
 * (event id, ref, channel) is what the service delivers at most once.
 */
public record Recipient(RecipientKind kind, Channel channel, String ref, String language, String reason) {

    public static String service(UUID serviceId) {
        return "service:" + serviceId;
    }

    public static String subscription(UUID subscriptionId) {
        return "subscription:" + subscriptionId;
    }

    public static String mailto(String email) {
        return "mailto:" + email.trim().toLowerCase();
    }

    public static String tel(String phone) {
        return "tel:" + phone.trim();
    }
}
