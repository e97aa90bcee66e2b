package org.setu.notification.domain;

import org.setu.events.notification.Channel;
import org.setu.events.notification.RecipientKind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who hears about a referral event, on which channel, and why (docs/notifications.md). Each rule is a
 * small function; {@link #recipients} joins their answers and keeps one per (channel, recipient).
 */
public final class RecipientPolicy {

    /** What the policy needs to know besides the event; the app layer loads it. */
    public record Audience(List<AgencyChannel> subscriptions, List<DirectoryContact> referringAgencyServices,
                           Coordinators coordinators, boolean smsEnabled, String defaultLanguage) {
    }

    private RecipientPolicy() {
    }

    public static List<Recipient> recipients(ReferralNotice notice, Audience audience) {
        Map<String, Recipient> once = new LinkedHashMap<>();
        List<Recipient> all = new ArrayList<>();
        all.addAll(serviceFocalPoint(notice, audience.smsEnabled(), audience.defaultLanguage()));
        all.addAll(referringAgencyFromDirectory(notice, audience));
        all.addAll(coordinators(notice, audience.coordinators(), audience.smsEnabled()));
        all.addAll(subscribers(notice, audience.subscriptions(), audience.smsEnabled()));
        for (Recipient r : all) once.putIfAbsent(r.channel() + " " + r.ref(), r);
        return List.copyOf(once.values());
    }

    /**
     * A referral sent to a service goes to that service's focal point by email and, where it has a phone, by SMS;
     * so does its cancellation (consent withdrawn, the case worker's decision), so that nobody keeps a bed for a
     * person who is no longer coming. The address is looked up when sending, so a directory snapshot that arrives
     * after the referral still counts.
     */
    static List<Recipient> serviceFocalPoint(ReferralNotice n, boolean smsEnabled, String language) {
        if (!ReferralNotice.SERVICE_KINDS.contains(n.kind()) || n.serviceId() == null) return List.of();
        String why = "sent".equals(n.kind())
                ? "the referral was sent to this service; its focal point must answer by the deadline"
                : "the referral this service holds was cancelled; it need not act on it any more";
        List<Recipient> out = new ArrayList<>();
        out.add(new Recipient(RecipientKind.SERVICE_CONTACT, Channel.EMAIL, Recipient.service(n.serviceId()), language, why));
        if (smsEnabled) {
            out.add(new Recipient(RecipientKind.SERVICE_CONTACT, Channel.SMS, Recipient.service(n.serviceId()), language, why));
        }
        return out;
    }

    /**
     * The referring agency hears the outcome of its referral. When it registered no email or SMS channel of its own,
     * the referral contacts of its own services in the directory stand in, because an agency is a directory organization.
     */
    static List<Recipient> referringAgencyFromDirectory(ReferralNotice n, Audience a) {
        if (!ReferralNotice.REFERRING_AGENCY_KINDS.contains(n.kind()) || n.referringAgencyId() == null) return List.of();
        boolean registeredOwnChannels = a.subscriptions().stream()
                .anyMatch(s -> s.active() && n.referringAgencyId().equals(s.agencyId()) && s.channel() != Channel.WEBHOOK);
        if (registeredOwnChannels) return List.of();
        String why = "the referring agency is told the outcome of its referral; it registered no channel, so its directory contact is used";
        return a.referringAgencyServices().stream()
                .filter(c -> n.referringAgencyId().equals(c.organizationId()) && c.hasEmail())
                .map(c -> new Recipient(RecipientKind.REFERRING_AGENCY, Channel.EMAIL, Recipient.mailto(c.email()),
                        c.language() == null ? a.defaultLanguage() : c.language(), why))
                .toList();
    }

    /** An escalated referral has no service left: the NRM coordinators take over, so they are told at once. */
    static List<Recipient> coordinators(ReferralNotice n, Coordinators c, boolean smsEnabled) {
        if (!"escalated".equals(n.kind())) return List.of();
        String why = "no service is left for this referral; the NRM coordinators take over";
        List<Recipient> out = new ArrayList<>();
        c.emails().forEach(e -> out.add(new Recipient(RecipientKind.NRM_COORDINATOR, Channel.EMAIL, Recipient.mailto(e), c.language(), why)));
        if (smsEnabled) {
            c.phones().forEach(p -> out.add(new Recipient(RecipientKind.NRM_COORDINATOR, Channel.SMS, Recipient.tel(p), c.language(), why)));
        }
        return out;
    }

    /**
     * Agencies that take part in the referral get the event types they subscribed to. The referring agency's own
     * email and SMS channels count as the referring agency; everything else is a subscriber.
     */
    static List<Recipient> subscribers(ReferralNotice n, List<AgencyChannel> subscriptions, boolean smsEnabled) {
        List<Recipient> out = new ArrayList<>();
        for (AgencyChannel s : subscriptions) {
            if (!n.concerns(s.agencyId()) || !s.wants(n.eventType())) continue;
            if (s.channel() == Channel.SMS && !smsEnabled) continue;
            boolean referring = s.agencyId().equals(n.referringAgencyId()) && s.channel() != Channel.WEBHOOK
                    && ReferralNotice.REFERRING_AGENCY_KINDS.contains(n.kind());
            out.add(new Recipient(referring ? RecipientKind.REFERRING_AGENCY : RecipientKind.SUBSCRIBER, s.channel(),
                    Recipient.subscription(s.subscriptionId()), s.language(),
                    "the agency subscribed to " + n.eventType() + " and takes part in this referral"));
        }
        return out;
    }
}
