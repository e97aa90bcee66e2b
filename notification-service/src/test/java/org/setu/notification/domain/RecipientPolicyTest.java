package org.setu.notification.domain;

import org.junit.jupiter.api.Test;
import org.setu.events.notification.Channel;
import org.setu.events.notification.RecipientKind;
import org.setu.events.screening.FollowUpReminder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class RecipientPolicyTest {

    private final UUID service = UUID.randomUUID();
    private final UUID provider = UUID.randomUUID();
    private final UUID referring = UUID.randomUUID();
    private final Coordinators coordinators = new Coordinators(List.of("nrm@gov.test"), List.of("+8801700000000"), "bn");

    private ReferralNotice notice(String kind) {
        return new ReferralNotice("setu.referral." + kind + ".v1", kind, UUID.randomUUID(), service, provider, referring);
    }

    private RecipientPolicy.Audience audience(List<AgencyChannel> subs, List<DirectoryContact> referringServices) {
        return new RecipientPolicy.Audience(subs, referringServices, coordinators, true, "en");
    }

    @Test
    void aSentReferralGoesToTheServiceFocalPointByEmailAndSms() {
        List<Recipient> r = RecipientPolicy.recipients(notice("sent"), audience(List.of(), List.of()));
        assertThat(r).extracting(x -> x.kind() + " " + x.channel() + " " + x.ref())
                .containsExactly("SERVICE_CONTACT EMAIL service:" + service, "SERVICE_CONTACT SMS service:" + service);
    }

    @Test
    void anOutcomeGoesToTheReferringAgencysDirectoryContactWhenItRegisteredNoChannel() {
        var contact = new DirectoryContact(UUID.randomUUID(), referring, 1, "Desk@NGO.test", null, "bn", false);
        List<Recipient> r = RecipientPolicy.recipients(notice("declined"), audience(List.of(), List.of(contact)));
        assertThat(r).extracting(x -> x.kind() + " " + x.channel() + " " + x.ref() + " " + x.language())
                .containsExactly("REFERRING_AGENCY EMAIL mailto:desk@ngo.test bn");
    }

    @Test
    void anAgencysOwnEmailChannelReplacesItsDirectoryContact() {
        var contact = new DirectoryContact(UUID.randomUUID(), referring, 1, "desk@ngo.test", null, "bn", false);
        UUID sub = UUID.randomUUID();
        var own = new AgencyChannel(sub, referring, Channel.EMAIL, Set.of("setu.referral.accepted.v1"), "en", true);
        List<Recipient> r = RecipientPolicy.recipients(notice("accepted"), audience(List.of(own), List.of(contact)));
        assertThat(r).extracting(x -> x.kind() + " " + x.ref()).containsExactly("REFERRING_AGENCY subscription:" + sub);
    }

    @Test
    void aCancelledReferralIsAlsoToldToTheServiceThatHeldItSoNobodyKeepsABedForNothing() {
        var contact = new DirectoryContact(UUID.randomUUID(), referring, 1, "desk@ngo.test", null, "bn", false);
        List<Recipient> r = RecipientPolicy.recipients(notice("cancelled"), audience(List.of(), List.of(contact)));
        assertThat(r).extracting(x -> x.kind() + " " + x.channel() + " " + x.ref())
                .containsExactly("SERVICE_CONTACT EMAIL service:" + service, "SERVICE_CONTACT SMS service:" + service,
                        "REFERRING_AGENCY EMAIL mailto:desk@ngo.test");
        assertThat(RecipientPolicy.recipients(notice("accepted"), audience(List.of(), List.of())))
                .extracting(Recipient::kind).doesNotContain(RecipientKind.SERVICE_CONTACT);
    }

    @Test
    void anEscalationGoesToTheCoordinatorsOnly() {
        List<Recipient> r = RecipientPolicy.recipients(notice("escalated"), audience(List.of(), List.of()));
        assertThat(r).extracting(x -> x.kind() + " " + x.channel() + " " + x.ref())
                .containsExactly("NRM_COORDINATOR EMAIL mailto:nrm@gov.test", "NRM_COORDINATOR SMS tel:+8801700000000");
    }

    @Test
    void aWebhookSubscriberGetsOnlyTheTypesItChoseAndOnlyForReferralsItTakesPartIn() {
        UUID hook = UUID.randomUUID();
        UUID stranger = UUID.randomUUID();
        var mine = new AgencyChannel(hook, provider, Channel.WEBHOOK, Set.of("setu.referral.cancelled.v1"), "en", true);
        var theirs = new AgencyChannel(UUID.randomUUID(), stranger, Channel.WEBHOOK, Set.of("setu.referral.cancelled.v1"), "en", true);
        assertThat(RecipientPolicy.recipients(notice("cancelled"), audience(List.of(mine, theirs), List.of())))
                .filteredOn(x -> x.kind() == RecipientKind.SUBSCRIBER)
                .extracting(x -> x.kind() + " " + x.ref()).containsExactly("SUBSCRIBER subscription:" + hook);
        assertThat(RecipientPolicy.recipients(notice("started"), audience(List.of(mine), List.of()))).isEmpty();
    }

    @Test
    void aSubscriberOfCancellationsVersionOneHearsOfThoseNowPublishedAsVersionTwo() {
        UUID hook = UUID.randomUUID();
        var v1 = new AgencyChannel(hook, provider, Channel.WEBHOOK, Set.of("setu.referral.cancelled.v1"), "en", true);
        var v2 = new ReferralNotice("setu.referral.cancelled.v2", "cancelled", UUID.randomUUID(), service, provider, referring);
        assertThat(RecipientPolicy.recipients(v2, audience(List.of(v1), List.of())))
                .filteredOn(x -> x.kind() == RecipientKind.SUBSCRIBER)
                .extracting(Recipient::ref).containsExactly("subscription:" + hook);
        assertThat(v1.wants("setu.referral.cancelled-later.v2")).isFalse();
    }

    @Test
    void aHeldReferralCancelledBeforeTheArrivalEmailsNobodyButReachesTheWebhooksSubscribedToIt() {
        UUID hook = UUID.randomUUID();
        var webhook = new AgencyChannel(hook, provider, Channel.WEBHOOK, Set.of("setu.referral.cancelled.v2"), "en", true);
        var email = new AgencyChannel(UUID.randomUUID(), referring, Channel.EMAIL, Set.of("setu.referral.cancelled.v2"), "en", true);
        var unnamed = new ReferralNotice("setu.referral.cancelled.v2", "cancelled", UUID.randomUUID(), service, provider, referring, true);
        assertThat(RecipientPolicy.recipients(unnamed, audience(List.of(webhook, email), List.of())))
                .extracting(Recipient::ref).containsExactly("subscription:" + hook);
        var named = new ReferralNotice("setu.referral.cancelled.v2", "cancelled", UUID.randomUUID(), service, provider, referring);
        assertThat(RecipientPolicy.recipients(named, audience(List.of(webhook, email), List.of())))
                .as("a cancellation that names its case still tells the focal point and the referring agency")
                .extracting(Recipient::channel).contains(Channel.EMAIL, Channel.WEBHOOK);
    }

    @Test
    void withoutAnSmsGatewayNoSmsIsPlanned() {
        var noSms = new RecipientPolicy.Audience(List.of(), List.of(), coordinators, false, "en");
        assertThat(RecipientPolicy.recipients(notice("sent"), noSms)).extracting(Recipient::channel).containsExactly(Channel.EMAIL);
        assertThat(RecipientPolicy.recipients(notice("escalated"), noSms)).extracting(Recipient::kind)
                .containsExactly(RecipientKind.NRM_COORDINATOR);
    }

    private final UUID agency = UUID.randomUUID();

    private FollowUpFacts reminder(FollowUpReminder.ReminderKind kind) {
        return new FollowUpFacts(UUID.randomUUID(), "BD-7K3F-9Q2M", agency, LocalDate.of(2026, 12, 10), kind, Instant.now());
    }

    @Test
    void anOverdueFollowUpGoesToTheAgencysOwnEmailAndSmsChannelsWhateverTypesTheyList() {
        UUID email = UUID.randomUUID();
        UUID sms = UUID.randomUUID();
        var channels = List.of(new AgencyChannel(email, agency, Channel.EMAIL, Set.of("setu.referral.accepted.v1"), "bn", true),
                new AgencyChannel(sms, agency, Channel.SMS, Set.of("setu.referral.declined.v1"), "en", true));
        var contact = new DirectoryContact(UUID.randomUUID(), agency, 1, "desk@ngo.test", null, "bn", false);
        List<Recipient> r = RecipientPolicy.recipients(reminder(FollowUpReminder.ReminderKind.OVERDUE), audience(channels, List.of(contact)));
        assertThat(r).extracting(x -> x.kind() + " " + x.channel() + " " + x.ref() + " " + x.language())
                .containsExactly("REFERRING_AGENCY EMAIL subscription:" + email + " bn", "REFERRING_AGENCY SMS subscription:" + sms + " en");
        assertThat(r).allSatisfy(x -> assertThat(x.reason()).contains("overdue"));
    }

    @Test
    void anAgencyWithoutChannelsOfItsOwnHearsOfAFollowUpDueSoonAtItsServicesDirectoryContacts() {
        var desk = new DirectoryContact(UUID.randomUUID(), agency, 1, "Desk@NGO.test", "+8801711000001", null, false);
        var noEmail = new DirectoryContact(UUID.randomUUID(), agency, 1, null, "+8801711000002", "bn", false);
        var otherAgency = new DirectoryContact(UUID.randomUUID(), UUID.randomUUID(), 1, "other@ngo.test", null, "bn", false);
        var paused = new AgencyChannel(UUID.randomUUID(), agency, Channel.EMAIL, Set.of("setu.referral.sent.v1"), "en", false);
        List<Recipient> r = RecipientPolicy.recipients(reminder(FollowUpReminder.ReminderKind.DUE_SOON),
                audience(List.of(paused), List.of(desk, noEmail, otherAgency)));
        assertThat(r).extracting(x -> x.kind() + " " + x.channel() + " " + x.ref() + " " + x.language())
                .containsExactly("REFERRING_AGENCY EMAIL mailto:desk@ngo.test en");
        assertThat(r.get(0).reason()).contains("due soon").contains("directory contact");
    }

    @Test
    void onlyTheAgencysOwnWebhooksThatSubscribedToRemindersHearOfThem() {
        UUID wants = UUID.randomUUID();
        var subscribed = new AgencyChannel(wants, agency, Channel.WEBHOOK, Set.of("setu.screening.follow-up-reminder.v1"), "en", true);
        var referralsOnly = new AgencyChannel(UUID.randomUUID(), agency, Channel.WEBHOOK, Set.of("setu.referral.sent.v1"), "en", true);
        var strangersHook = new AgencyChannel(UUID.randomUUID(), UUID.randomUUID(), Channel.WEBHOOK,
                Set.of("setu.screening.follow-up-reminder.v1"), "en", true);
        var strangersEmail = new AgencyChannel(UUID.randomUUID(), UUID.randomUUID(), Channel.EMAIL,
                Set.of("setu.screening.follow-up-reminder.v1"), "en", true);
        List<Recipient> r = RecipientPolicy.recipients(reminder(FollowUpReminder.ReminderKind.OVERDUE),
                audience(List.of(subscribed, referralsOnly, strangersHook, strangersEmail), List.of()));
        assertThat(r).extracting(x -> x.kind() + " " + x.channel() + " " + x.ref())
                .containsExactly("SUBSCRIBER WEBHOOK subscription:" + wants);
    }

    @Test
    void withoutAnSmsGatewayAReminderGoesByEmailOnly() {
        var sms = new AgencyChannel(UUID.randomUUID(), agency, Channel.SMS, Set.of("setu.referral.sent.v1"), "en", true);
        var noGateway = new RecipientPolicy.Audience(List.of(sms), List.of(), coordinators, false, "en");
        assertThat(RecipientPolicy.recipients(reminder(FollowUpReminder.ReminderKind.DUE_SOON), noGateway)).isEmpty();
    }
}
