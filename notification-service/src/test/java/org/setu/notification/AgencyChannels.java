package org.setu.notification;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.WireMock;
import org.setu.events.notification.Channel;
import org.setu.kit.security.Caller;
import org.setu.notification.app.Subscription;
import org.setu.notification.app.SubscriptionService;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

/** An agency's own email and SMS channels in the tests of notices to agencies, and what the SMS gateway received. */
final class AgencyChannels {

    /** An agency reached on its own email (and SMS, when it has a phone) channels. */
    record Agency(UUID id, String email, String phone) {
    }

    private AgencyChannels() {
    }

    /**
     * A new agency with an email channel in {@code emailLanguage} and, unless null, an SMS channel in {@code smsLanguage};
     * its address starts with {@code mailbox}, its phone with {@code phonePrefix}.
     */
    static Agency agency(SubscriptionService subscriptions, String mailbox, String phonePrefix, String emailLanguage,
                         String smsLanguage) {
        UUID id = UUID.randomUUID();
        Agency a = new Agency(id, mailbox + "-" + id + "@agency.test", smsLanguage == null ? null : phone(phonePrefix, id));
        subscribe(subscriptions, id, Channel.EMAIL, a.email(), emailLanguage);
        if (smsLanguage != null) subscribe(subscriptions, id, Channel.SMS, a.phone(), smsLanguage);
        return a;
    }

    /** Registers a channel as the agency's admin would; its event types do not matter to the notices to agencies. */
    static Subscription subscribe(SubscriptionService subscriptions, UUID agency, Channel channel, String address, String language) {
        Caller admin = new Caller("admin-" + agency, "agencyadmin", Set.of("agency-admin"), Optional.of(agency));
        return subscriptions.create(admin, new SubscriptionService.Draft(channel, null, channel == Channel.EMAIL ? address : null,
                channel == Channel.SMS ? address : null, List.of("setu.referral.accepted.v1"), language, true));
    }

    /** The texts the SMS gateway received for a phone, in order. */
    static List<String> smsTo(ObjectMapper json, String phone) {
        if (phone == null) return List.of();
        List<String> out = new ArrayList<>();
        for (var r : FarSystems.http().findAll(postRequestedFor(urlEqualTo("/sms")).withRequestBody(WireMock.containing(phone)))) {
            try {
                Map<?, ?> body = json.readValue(r.getBodyAsString(), Map.class);
                if (phone.equals(body.get("to"))) out.add(body.get("text").toString());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    /** A Bangladeshi mobile number of its own for {@code id}, under an operator prefix such as {@code +88018}. */
    static String phone(String prefix, UUID id) {
        return prefix + (10_000_000 + Math.abs(id.hashCode() % 89_999_999));
    }
}
