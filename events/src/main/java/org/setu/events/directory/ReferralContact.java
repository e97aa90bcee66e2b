package org.setu.events.directory;

/**
 * A service's focal point for referrals. These are an organisation's contact points, not a person's data,
 * so they may travel on the bus; the notification service reads them to reach the provider.
 *
 * @param phone      E.164, for SMS; null when the service takes no SMS
 * @param webhookUrl null when the service has no webhook
 * @param language   the language its notifications are written in, {@code bn} or {@code en}
 */
public record ReferralContact(String email, String phone, String webhookUrl, String language) {
}
