package org.setu.notification.domain;

import org.setu.events.notification.RecipientKind;
import org.setu.events.vocabulary.ServiceCategory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Who hears about a planned return, and when (issue #19, item 6; docs/notifications.md, "The return from abroad"). The
 * rules are small functions; {@link #recipients} joins them for one notice and keeps one per (channel, recipient).
 */
public final class ArrivalPolicy {

    /** A case's planned return as the service keeps it, from the screening service's events. */
    public record KeptReturn(UUID caseId, UUID ownerAgency, long version, String portOfEntry, LocalDate expectedFrom,
                             LocalDate expectedTo, String status) {

        public static final String PLANNED = "PLANNED";
        public static final String CANCELLED = "CANCELLED";
        public static final String ARRIVED = "ARRIVED";
        public static final String MISSED = "MISSED";
    }

    /** How an agency is reached: its own channels (subscriptions) and its services' directory contacts. */
    public record Reach(UUID agency, List<AgencyChannel> channels, List<DirectoryContact> services) {
    }

    /** A referral held for the arrival, at a provider's service. */
    public record Held(UUID referralId, UUID serviceId, UUID organizationId, ServiceCategory category) {
    }

    /** What the policy needs besides the notice; the app layer loads it. */
    public record Audience(List<Reach> desks, Reach owner, List<Held> held, Coordinators coordinators,
                           boolean smsEnabled, String defaultLanguage) {
    }

    /**
     * One recipient, with the agency whose delivery log shows the delivery (none for the coordinators) and, for a
     * provider, the held referral it is told of (its category is in the message).
     */
    public record Told(Recipient recipient, UUID agency, Held held) {
    }

    private ArrivalPolicy() {
    }

    /**
     * A plan is kept when it is newer than the one kept, or when the kept one was cancelled: a new plan may start its
     * versions again. An older or equal version read late changes nothing.
     */
    public static boolean planApplies(KeptReturn kept, long version) {
        return kept == null || version > kept.version() || KeptReturn.CANCELLED.equals(kept.status());
    }

    /**
     * The desks at the port are told of a new plan (none awaited before: first planned, planned again after a
     * cancellation or a missed return) and of a change of port or window, which moves when they must be there. A change
     * of mode or of the verification's status tells them nothing they act on.
     */
    public static Optional<String> whyTellTheDesks(KeptReturn kept, String port, LocalDate from, LocalDate to) {
        if (kept == null || !KeptReturn.PLANNED.equals(kept.status())) return Optional.of("a return was planned at this port");
        if (!kept.portOfEntry().equals(port)) return Optional.of("the return now comes through this port");
        if (!kept.expectedFrom().equals(from) || !kept.expectedTo().equals(to)) return Optional.of("the return's window moved");
        return Optional.empty();
    }

    /** The reminder goes on the Dhaka day before the window opens, for a return still awaited. */
    public static boolean remindToday(KeptReturn r, LocalDate today) {
        return KeptReturn.PLANNED.equals(r.status()) && r.expectedFrom().equals(opensTomorrow(today));
    }

    /** The first day of the windows that today's reminders are about. */
    public static LocalDate opensTomorrow(LocalDate today) {
        return today.plusDays(1);
    }

    public static List<Told> recipients(ArrivalNotice notice, Audience a) {
        List<Told> all = new ArrayList<>();
        switch (notice) {
            case PLANNED -> all.addAll(desks(a, "a return is expected at the port where this agency is the arrivals desk"));
            case HELD -> all.addAll(providers(a, "a referral to this service is held for an arrival; it gets ready for the day"));
            case REMINDER -> {
                all.addAll(desks(a, "the window of a return expected at this agency's port opens tomorrow"));
                all.addAll(providers(a, "the window of the arrival this service holds a referral for opens tomorrow"));
            }
            case ARRIVED -> all.addAll(owner(a, "the person of a return this agency planned arrived; its held referrals are sent"));
            case MISSED -> {
                all.addAll(owner(a, "the person of a return this agency planned did not arrive; it finds out why and plans again"));
                all.addAll(desks(a, "a return expected at this agency's port was missed; it stops waiting for it"));
                all.addAll(coordinators(a, "a missed return is an escalation: the NRM coordinators follow it up"));
            }
        }
        return once(all);
    }

    /** The agencies the coordinators designated as the desk at the port, each on its own channels. */
    static List<Told> desks(Audience a, String why) {
        List<Told> out = new ArrayList<>();
        for (Reach desk : a.desks()) out.addAll(reach(desk, RecipientKind.SERVICE_CONTACT, a, why));
        return out;
    }

    /** The focal point of each service holding a referral for the arrival, as a sent referral's is reached. */
    static List<Told> providers(Audience a, String why) {
        List<Told> out = new ArrayList<>();
        for (Held h : a.held()) {
            RecipientPolicy.focalPoint(h.serviceId(), a.smsEnabled(), a.defaultLanguage(), why)
                    .forEach(r -> out.add(new Told(r, h.organizationId(), h)));
        }
        return out;
    }

    /** The agency that owns the case, as it is reached for its referrals' outcomes and its follow-up reminders. */
    static List<Told> owner(Audience a, String why) {
        return a.owner() == null ? List.of() : reach(a.owner(), RecipientKind.REFERRING_AGENCY, a, why);
    }

    /** The coordinators, as an escalated referral reaches them: their configured emails, and phones with a gateway. */
    static List<Told> coordinators(Audience a, String why) {
        return RecipientPolicy.coordinators(a.coordinators(), a.smsEnabled(), why).stream()
                .map(r -> new Told(r, null, null)).toList();
    }

    private static List<Told> reach(Reach agency, RecipientKind kind, Audience a, String why) {
        return reach(agency, kind, a.smsEnabled(), a.defaultLanguage(), why);
    }

    /** An agency's own email and SMS channels, else its services' focal emails in the directory. */
    static List<Told> reach(Reach agency, RecipientKind kind, boolean smsEnabled, String defaultLanguage, String why) {
        List<Recipient> out = new ArrayList<>(RecipientPolicy.ownEmailAndSms(agency.agency(), agency.channels(),
                smsEnabled, kind, why));
        out.addAll(RecipientPolicy.directoryContactsStandingIn(agency.agency(), agency.channels(), agency.services(),
                defaultLanguage, kind, why + "; it registered no channel, so its directory contact is used"));
        return out.stream().map(r -> new Told(r, agency.agency(), null)).toList();
    }

    /** The first rule that names a (channel, recipient) wins: the owner before a desk, so the owner reads its reference. */
    private static List<Told> once(List<Told> all) {
        Map<String, Told> once = new LinkedHashMap<>();
        for (Told t : all) once.putIfAbsent(t.recipient().channel() + " " + t.recipient().ref(), t);
        return List.copyOf(once.values());
    }
}
