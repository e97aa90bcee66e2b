package org.setu.notification.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.setu.events.notification.Channel;
import org.setu.events.notification.RecipientKind;
import org.setu.events.screening.HandOverDeclineReason;
import org.setu.notification.domain.ArrivalPolicy.Reach;
import org.setu.notification.domain.ArrivalPolicy.Told;
import org.setu.notification.domain.HandOverPolicy.Audience;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class HandOverPolicyTest {

    private final UUID sending = UUID.randomUUID();
    private final UUID receiving = UUID.randomUUID();
    private final UUID sendingEmail = UUID.randomUUID();
    private final UUID sendingSms = UUID.randomUUID();
    private final UUID sendingWebhook = UUID.randomUUID();

    /** The sending agency registered email, SMS and a webhook; the receiving agency only has a service in the directory. */
    private Audience audience(boolean smsEnabled) {
        var channels = List.of(
                new AgencyChannel(sendingEmail, sending, Channel.EMAIL, Set.of("setu.referral.accepted.v1"), "en", true),
                new AgencyChannel(sendingSms, sending, Channel.SMS, Set.of("setu.referral.accepted.v1"), "bn", true),
                new AgencyChannel(sendingWebhook, sending, Channel.WEBHOOK, Set.of("setu.referral.accepted.v1"), "en", true));
        var receivingService = new DirectoryContact(UUID.randomUUID(), receiving, 1, "Focal@Home-NGO.test", "+8801711000000", "bn", false);
        return new Audience(new Reach(receiving, List.of(), List.of(receivingService)), new Reach(sending, channels, List.of()),
                smsEnabled, "en");
    }

    private static List<String> who(List<Told> told) {
        return told.stream().map(t -> t.recipient().kind() + " " + t.recipient().channel() + " " + t.recipient().ref() + " "
                + t.agency()).toList();
    }

    @Test
    void aProposalIsToldToTheReceivingAgencyAloneAsOneThatReceivesThePersonNotAsItsOwner() {
        assertThat(who(HandOverPolicy.recipients(HandOverNotice.PROPOSED, audience(true))))
                .containsExactly("SERVICE_CONTACT EMAIL mailto:focal@home-ngo.test " + receiving);
    }

    @ParameterizedTest
    @EnumSource(value = HandOverNotice.class, names = {"ACCEPTED", "DECLINED"})
    void anAnswerIsToldToTheSendingAgencyAloneOnItsOwnEmailAndSmsNotOnItsWebhook(HandOverNotice notice) {
        assertThat(who(HandOverPolicy.recipients(notice, audience(true)))).containsExactly(
                "REFERRING_AGENCY EMAIL subscription:" + sendingEmail + " " + sending,
                "REFERRING_AGENCY SMS subscription:" + sendingSms + " " + sending);
    }

    @Test
    void withoutAnSmsGatewayTheAnswerGoesByEmailOnly() {
        assertThat(who(HandOverPolicy.recipients(HandOverNotice.DECLINED, audience(false))))
                .containsExactly("REFERRING_AGENCY EMAIL subscription:" + sendingEmail + " " + sending);
    }

    @Test
    void theCaseReferenceIsReadByTheAgencyThatOwnsTheCaseAndByNoOther() {
        var facts = new HandOverFacts(HandOverNotice.DECLINED, UUID.randomUUID(), UUID.randomUUID(), "BD-7K3F-9Q2M", sending,
                HandOverDeclineReason.NO_CAPACITY, Instant.now());
        assertThat(facts.toldTo(RecipientKind.REFERRING_AGENCY).caseRef()).isEqualTo("BD-7K3F-9Q2M");
        for (RecipientKind other : List.of(RecipientKind.SERVICE_CONTACT, RecipientKind.SUBSCRIBER, RecipientKind.NRM_COORDINATOR)) {
            assertThat(facts.toldTo(other).caseRef()).as(other.name()).isNull();
        }
    }
}
