package org.setu.notification.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.setu.events.notification.Channel;

import java.util.List;

/**
 * A subscription as an agency-admin writes it. {@code url} for a WEBHOOK, {@code email} for EMAIL, {@code phone}
 * (E.164) for SMS; {@code eventTypes} are referral event types such as {@code setu.referral.sent.v1}, or
 * {@code setu.screening.follow-up-reminder.v1} (which an agency's email and SMS channels receive without naming it).
 */
public record SubscriptionRequest(
        @NotNull Channel channel,
        @Size(max = 2048) String url,
        @Size(max = 254) String email,
        @Size(max = 16) String phone,
        @NotNull @Size(min = 1, max = 20) List<@NotNull String> eventTypes,
        @Size(max = 8) String language,
        Boolean active) {
}
