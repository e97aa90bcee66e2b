package org.setu.notification.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.setu.events.notification.Channel;
import org.setu.notification.domain.DirectoryContact;
import org.setu.notification.domain.Recipient;
import org.setu.notification.persistence.ContactRepository;
import org.setu.notification.persistence.DeliveryRow;
import org.setu.notification.persistence.SubscriptionRepository;
import org.setu.notification.persistence.SubscriptionRow;

import java.util.Optional;
import java.util.UUID;

/** Resolves a delivery's recipient reference to where it goes now (see {@code Recipient}). */
@ApplicationScoped
public class Targets {

    public static final String SMTP_ENDPOINT = "smtp:mail-server";
    public static final String SMS_ENDPOINT = "sms:gateway";

    @Inject
    ContactRepository contacts;

    @Inject
    SubscriptionRepository subscriptions;

    Target resolve(DeliveryRow d) {
        Recipient to = d.recipient();
        String ref = to.ref();
        if (ref.startsWith("service:")) return service(d, UUID.fromString(ref.substring("service:".length())));
        if (ref.startsWith("subscription:")) return subscription(d, UUID.fromString(ref.substring("subscription:".length())));
        if (ref.startsWith("mailto:")) return Target.to(ref.substring(7), to.language(), null, SMTP_ENDPOINT);
        if (ref.startsWith("tel:")) return Target.to(ref.substring(4), to.language(), null, SMS_ENDPOINT);
        return Target.fail("RECIPIENT_UNREADABLE");
    }

    /** The endpoint whose circuit a delivery last went through, for a manual retry to reset. */
    public String endpointOf(DeliveryRow d) {
        return switch (d.recipient().channel()) {
            case EMAIL -> SMTP_ENDPOINT;
            case SMS -> SMS_ENDPOINT;
            case WEBHOOK -> d.address() == null ? null : webhookEndpoint(d.address());
        };
    }

    static String webhookEndpoint(String url) {
        return "webhook:" + url;
    }

    /** A service's focal point; a service the read model has not seen yet is retried, as its snapshot may be on its way. */
    private Target service(DeliveryRow d, UUID serviceId) {
        Optional<DirectoryContact> found = contacts.find(serviceId);
        if (found.isEmpty()) return Target.fail("RECIPIENT_UNKNOWN");
        DirectoryContact c = found.get();
        if (c.removed()) return Target.skip("SERVICE_REMOVED");
        String language = c.language() == null ? d.recipient().language() : c.language();
        if (d.recipient().channel() == Channel.EMAIL) {
            return c.hasEmail() ? Target.to(c.email(), language, null, SMTP_ENDPOINT) : Target.skip("NO_EMAIL");
        }
        return c.hasPhone() ? Target.to(c.phone(), language, null, SMS_ENDPOINT) : Target.skip("NO_PHONE");
    }

    private Target subscription(DeliveryRow d, UUID id) {
        Optional<SubscriptionRow> found = subscriptions.find(id);
        if (found.isEmpty()) return Target.skip("SUBSCRIPTION_REMOVED");
        SubscriptionRow s = found.get();
        // a paused subscription gets nothing, not even a test ping: its owner switched it off
        if (!s.active()) return Target.skip("SUBSCRIPTION_PAUSED");
        String endpoint = switch (s.channel()) {
            case EMAIL -> SMTP_ENDPOINT;
            case SMS -> SMS_ENDPOINT;
            case WEBHOOK -> webhookEndpoint(s.address());
        };
        return Target.to(s.address(), s.language(), s.secret(), endpoint);
    }
}
