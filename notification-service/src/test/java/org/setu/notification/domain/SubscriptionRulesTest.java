package org.setu.notification.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.setu.events.notification.Channel;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SubscriptionRulesTest {

    private static final List<String> SENT = List.of("setu.referral.sent.v1");

    @ParameterizedTest
    @ValueSource(strings = {"ftp://x.test/h", "javascript:alert(1)", "/relative", "https://user:pw@x.test/h", "https://x.test/h#frag", "http://"})
    void aWebhookUrlMustBeAnAbsoluteHttpUrlWithoutCredentials(String url) {
        assertThat(SubscriptionRules.check(Channel.WEBHOOK, url, null, null, SENT, null))
                .extracting(SubscriptionRules.Violation::field).containsExactly("url");
    }

    @Test
    void httpAndHttpsUrlsAreAccepted() {
        assertThat(SubscriptionRules.check(Channel.WEBHOOK, "https://partner.test/hook?x=1", null, null, SENT, "bn")).isEmpty();
        assertThat(SubscriptionRules.check(Channel.WEBHOOK, "http://127.0.0.1:8099/hook", null, null, SENT, null)).isEmpty();
    }

    @Test
    void aWebhookOrAnEmailAtABanglaDomainIsAccepted() {
        assertThat(SubscriptionRules.check(Channel.WEBHOOK, "https://ঢাকা.বাংলা/hook", null, null, SENT, "bn")).isEmpty();
        assertThat(SubscriptionRules.check(Channel.EMAIL, null, "desk@ঢাকা.বাংলা", null, SENT, "bn")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"desk", "desk@ngo", "desk@@ngo.test", "ডেস্ক@ngo.test", "desk@ngo..test", "desk@ngo.test ", "desk@bad_host.test"})
    void anEmailNoParserAcceptsIsRefusedNamingTheField(String email) {
        assertThat(SubscriptionRules.check(Channel.EMAIL, null, email, null, SENT, null))
                .extracting(SubscriptionRules.Violation::field).containsExactly("email");
    }

    @Test
    void onlyReferralEventTypesAndFollowUpRemindersCanBeSubscribedTo() {
        // nine transitions, cancelled in its current v2 and its older v1, held for an arrival, and the follow-up reminders
        assertThat(SubscriptionRules.SUBSCRIBABLE).hasSize(12)
                .contains("setu.referral.escalated.v1", "setu.referral.cancelled.v2", "setu.referral.cancelled.v1",
                        "setu.screening.follow-up-reminder.v1");
        assertThat(SubscriptionRules.check(Channel.EMAIL, null, "desk@ngo.test", null,
                List.of("setu.referral.sent.v1", "setu.screening.completed.v1", "sent"), null))
                .extracting(SubscriptionRules.Violation::field).containsExactly("eventTypes[1]", "eventTypes[2]");
    }

    @Test
    void smsNeedsAnE164PhoneAndTheLanguageIsEnglishOrBangla() {
        assertThat(SubscriptionRules.check(Channel.SMS, null, null, "01711000000", SENT, "fr"))
                .extracting(SubscriptionRules.Violation::field).containsExactly("phone", "language");
    }
}
