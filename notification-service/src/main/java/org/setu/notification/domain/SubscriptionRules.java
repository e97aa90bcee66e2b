package org.setu.notification.domain;

import org.setu.events.EventCatalog;
import org.setu.events.EventContract;
import org.setu.events.notification.Channel;
import org.setu.events.WebAddresses;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a subscription must look like before it is stored. Each answer names the field and says what is
 * expected, never repeating the value (it could be anything the caller typed).
 */
public final class SubscriptionRules {

    /**
     * The event types an agency may subscribe to: every referral transition of the catalogue, in its current version or
     * an older one still read (a subscription receives every version of the types it names), and the follow-up
     * reminders of the cases the agency follows.
     */
    public static final Set<String> SUBSCRIBABLE = java.util.stream.Stream.concat(EventCatalog.all().stream(),
                    EventCatalog.stillRead().stream())
            .map(EventContract::type)
            .filter(t -> "referral".equals(t.area()) || FollowUpFacts.EVENT_TYPE.equals(t.toString()))
            .map(Object::toString)
            .collect(Collectors.toUnmodifiableSet());

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

    public record Violation(String field, String message) {
    }

    private SubscriptionRules() {
    }

    public static List<Violation> check(Channel channel, String url, String email, String phone, List<String> eventTypes,
                                        String language) {
        List<Violation> out = new ArrayList<>();
        if (channel == null) {
            out.add(new Violation("channel", "must be one of WEBHOOK, EMAIL, SMS"));
        } else {
            switch (channel) {
                case WEBHOOK -> webhookUrl(url).ifPresent(out::add);
                case EMAIL -> {
                    if (WebAddresses.email(email).isEmpty()) {
                        out.add(new Violation("email", "must be an email address"));
                    }
                }
                case SMS -> {
                    if (phone == null || !E164.matcher(phone).matches()) {
                        out.add(new Violation("phone", "must be a phone number in E.164 form, e.g. +8801711000000"));
                    }
                }
            }
        }
        if (eventTypes == null || eventTypes.isEmpty()) {
            out.add(new Violation("eventTypes", "must list at least one event type"));
        } else {
            for (int i = 0; i < eventTypes.size(); i++) {
                if (!SUBSCRIBABLE.contains(eventTypes.get(i))) {
                    out.add(new Violation("eventTypes[" + i + "]", "must be a referral event type such as setu.referral.sent.v1, or setu.screening.follow-up-reminder.v1"));
                }
            }
        }
        if (language != null && !Language.isSupported(language)) {
            out.add(new Violation("language", "must be en or bn"));
        }
        return out;
    }

    /**
     * An absolute http(s) URL with a host, no credentials in it and no fragment: anything else cannot be called safely.
     * An internationalised host is judged, and later called, in its ASCII form.
     */
    static java.util.Optional<Violation> webhookUrl(String url) {
        Violation bad = new Violation("url", "must be an absolute http or https URL without credentials");
        if (url == null || url.length() > 2048) return java.util.Optional.of(bad);
        boolean ok = WebAddresses.httpUrl(url).map(URI::create).filter(u -> u.getRawFragment() == null).isPresent();
        return ok ? java.util.Optional.empty() : java.util.Optional.of(bad);
    }
}
