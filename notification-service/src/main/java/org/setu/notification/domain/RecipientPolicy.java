package org.setu.notification.domain;

import org.setu.events.notification.Channel;
import org.setu.events.notification.RecipientKind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Who hears about a referral event or a follow-up reminder, on which channel, and why (docs/notifications.md). Each
 * rule is a small function; each {@code recipients} joins their answers and keeps one per (channel, recipient).
 */
public final class RecipientPolicy {

    /**
     * What the policy needs to know besides the event; the app layer loads it. {@code agencyServices} are the
     * directory contacts of the agency the event reports back to: the referring agency of a referral's outcome, the
     * case's agency of a follow-up reminder.
     */
    public record Audience(List<AgencyChannel> subscriptions, List<DirectoryContact> agencyServices,
                           Coordinators coordinators, boolean smsEnabled, String defaultLanguage) {
    }

    private RecipientPolicy() {
    }

    public static List<Recipient> recipients(ReferralNotice notice, Audience audience) {
        List<Recipient> all = new ArrayList<>();
        all.addAll(serviceFocalPoint(notice, audience.smsEnabled(), audience.defaultLanguage()));
        all.addAll(referringAgencyFromDirectory(notice, audience));
        all.addAll(coordinators(notice, audience.coordinators(), audience.smsEnabled()));
        all.addAll(subscribers(notice, audience.subscriptions(), audience.smsEnabled()));
        // an email or SMS that can name no case tells its reader nothing to act on (a held referral cancelled before
        // the arrival never reached the service's inbox as a referral); webhooks read the ids, so they still hear it.
        // A held referral is the exception, told deliberately to its provider as an expected arrival (ArrivalPolicy),
        // with a notice of its own that needs no reference
        if (notice.unrecognisable()) all.removeIf(r -> r.channel() != Channel.WEBHOOK);
        return once(all);
    }

    /**
     * A follow-up due soon or overdue is for the case worker. Setu holds no case worker's address, so the case's
     * agency is told: on its own email and SMS channels, else at its services' directory contacts, and on the webhooks
     * it subscribed to reminders with.
     */
    public static List<Recipient> recipients(FollowUpFacts reminder, Audience audience) {
        List<Recipient> all = new ArrayList<>();
        all.addAll(caseAgencyChannels(reminder, audience.subscriptions(), audience.smsEnabled()));
        all.addAll(caseAgencyFromDirectory(reminder, audience));
        all.addAll(caseAgencyWebhooks(reminder, audience.subscriptions()));
        return once(all);
    }

    private static List<Recipient> once(List<Recipient> all) {
        Map<String, Recipient> once = new LinkedHashMap<>();
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
        return focalPoint(n.serviceId(), smsEnabled, language, why);
    }

    /** A service's focal point by email and, where SMS is on, by SMS; its address and language are read when sending. */
    static List<Recipient> focalPoint(UUID serviceId, boolean smsEnabled, String language, String why) {
        List<Recipient> out = new ArrayList<>();
        out.add(new Recipient(RecipientKind.SERVICE_CONTACT, Channel.EMAIL, Recipient.service(serviceId), language, why));
        if (smsEnabled) {
            out.add(new Recipient(RecipientKind.SERVICE_CONTACT, Channel.SMS, Recipient.service(serviceId), language, why));
        }
        return out;
    }

    /**
     * The referring agency hears the outcome of its referral. When it registered no email or SMS channel of its own,
     * the referral contacts of its own services in the directory stand in, because an agency is a directory organization.
     */
    static List<Recipient> referringAgencyFromDirectory(ReferralNotice n, Audience a) {
        if (!ReferralNotice.REFERRING_AGENCY_KINDS.contains(n.kind()) || n.referringAgencyId() == null) return List.of();
        return directoryContactsStandingIn(n.referringAgencyId(), a,
                "the referring agency is told the outcome of its referral; it registered no channel, so its directory contact is used");
    }

    /** The focal emails of an agency's own services, when the agency registered no email or SMS channel of its own. */
    private static List<Recipient> directoryContactsStandingIn(UUID agency, Audience a, String why) {
        return directoryContactsStandingIn(agency, a.subscriptions(), a.agencyServices(), a.defaultLanguage(),
                RecipientKind.REFERRING_AGENCY, why);
    }

    /**
     * The focal emails of an agency's own services in the directory stand in for an agency that registered no email or
     * SMS channel of its own, because an agency is a directory organization.
     */
    static List<Recipient> directoryContactsStandingIn(UUID agency, List<AgencyChannel> subscriptions,
                                                       List<DirectoryContact> services, String defaultLanguage,
                                                       RecipientKind kind, String why) {
        boolean registeredOwnChannels = subscriptions.stream()
                .anyMatch(s -> s.active() && agency.equals(s.agencyId()) && s.channel() != Channel.WEBHOOK);
        if (registeredOwnChannels) return List.of();
        return services.stream()
                .filter(c -> agency.equals(c.organizationId()) && c.hasEmail())
                .map(c -> new Recipient(kind, Channel.EMAIL, Recipient.mailto(c.email()),
                        c.language() == null ? defaultLanguage : c.language(), why))
                .toList();
    }

    /** An escalated referral has no service left: the NRM coordinators take over, so they are told at once. */
    static List<Recipient> coordinators(ReferralNotice n, Coordinators c, boolean smsEnabled) {
        if (!"escalated".equals(n.kind())) return List.of();
        return coordinators(c, smsEnabled, "no service is left for this referral; the NRM coordinators take over");
    }

    /** The coordinators' configured addresses: their emails, and their phones when a gateway is configured. */
    static List<Recipient> coordinators(Coordinators c, boolean smsEnabled, String why) {
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

    /**
     * The agency's own email and SMS channels carry its reminders whatever event types they list: they are where the
     * agency asked Setu to reach its people, and a follow-up missed because a channel named only referral outcomes
     * would fail the person. An agency that wants none on a channel pauses it.
     */
    static List<Recipient> caseAgencyChannels(FollowUpFacts r, List<AgencyChannel> subscriptions, boolean smsEnabled) {
        if (r.agencyId() == null) return List.of();
        return ownEmailAndSms(r.agencyId(), subscriptions, smsEnabled, RecipientKind.REFERRING_AGENCY,
                followUp(r) + "; it reaches the agency on the channel it registered");
    }

    /** An agency's own active email and SMS channels, whatever event types they list (SMS only with a gateway). */
    static List<Recipient> ownEmailAndSms(UUID agency, List<AgencyChannel> subscriptions, boolean smsEnabled,
                                          RecipientKind kind, String why) {
        List<Recipient> out = new ArrayList<>();
        for (AgencyChannel s : subscriptions) {
            if (!s.active() || !agency.equals(s.agencyId()) || s.channel() == Channel.WEBHOOK) continue;
            if (s.channel() == Channel.SMS && !smsEnabled) continue;
            out.add(new Recipient(kind, s.channel(), Recipient.subscription(s.subscriptionId()), s.language(), why));
        }
        return out;
    }

    /**
     * An agency that registered no email or SMS channel is reached at the referral contacts of its own services in the
     * directory, as for a referral's outcome, because an agency is a directory organization.
     */
    static List<Recipient> caseAgencyFromDirectory(FollowUpFacts r, Audience a) {
        if (r.agencyId() == null) return List.of();
        return directoryContactsStandingIn(r.agencyId(), a,
                followUp(r) + "; the agency registered no channel, so its directory contact is used");
    }

    /**
     * A partner system or portal of the agency hears of reminders when its webhook subscribed to them; another
     * agency's webhook never does, whatever it subscribed to.
     */
    static List<Recipient> caseAgencyWebhooks(FollowUpFacts r, List<AgencyChannel> subscriptions) {
        if (r.agencyId() == null) return List.of();
        List<Recipient> out = new ArrayList<>();
        for (AgencyChannel s : subscriptions) {
            if (s.channel() != Channel.WEBHOOK || !r.agencyId().equals(s.agencyId()) || !s.wants(FollowUpFacts.EVENT_TYPE)) continue;
            out.add(new Recipient(RecipientKind.SUBSCRIBER, Channel.WEBHOOK, Recipient.subscription(s.subscriptionId()),
                    s.language(), "the agency follows this case and subscribed its webhook to follow-up reminders"));
        }
        return out;
    }

    private static String followUp(FollowUpFacts r) {
        return "a follow-up of a case this agency follows is " + (r.overdue() ? "overdue" : "due soon");
    }
}
