package org.setu.notification;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.setu.events.screening.CaseErased;
import org.setu.events.screening.CaseHandedOver;
import org.setu.events.screening.ErasureReason;
import org.setu.events.screening.HandOverDeclineReason;
import org.setu.events.screening.HandOverDeclined;
import org.setu.events.screening.HandOverProposed;
import org.setu.events.screening.ReturnArrived;
import org.setu.events.screening.ReturnPlanned;
import org.setu.events.screening.TravelMode;
import org.setu.events.screening.VerificationStatus;
import org.setu.notification.AgencyChannels.Agency;
import org.setu.notification.app.SubscriptionService;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hand-over of a case (issue #19, item 5), on real Kafka, PostgreSQL, SMTP (GreenMail) and an SMS gateway
 * (WireMock): the agency asked to take a case hears that it waits for its answer, without the case's reference; the
 * agency that asked hears that it was taken, or declined and why, with its reference; in English and Bangla, once, and
 * never with a name.
 */
@QuarkusTest
class HandOverNoticesTest {

    private static final Duration WAIT = Duration.ofSeconds(75);
    private static final String PORTAL = "http://localhost:8080/";
    /** What the person is called: it never travels on the bus, so it may be in no notice. */
    private static final List<String> NEVER = List.of("Amina", "Rahima");

    @Inject
    ObjectMapper json;

    @Inject
    DataSource dataSource;

    @Inject
    SubscriptionService subscriptions;

    @Test
    void aProposedHandOverIsToldToTheReceivingAgencyInItsLanguageWithoutTheCaseReferenceAndOnlyOnce() throws Exception {
        Agency receiving = agency("bn", "en");
        Agency sending = agency("en", null);
        Agency bystander = agency("en", null);
        UUID caseId = UUID.randomUUID();
        String caseRef = Events.caseRef();
        aReferralNamedTheCase(caseId, caseRef, sending.id());
        UUID handOver = UUID.randomUUID();

        String eventId = Events.publish(json, new HandOverProposed(caseId, handOver, sending.id(), receiving.id(), Instant.now()));

        Events.await(() -> mailsTo(receiving).size() == 1 && smsTo(receiving.phone()).size() == 1, WAIT,
                "the receiving agency's email and SMS");
        MimeMessage mail = mailsTo(receiving).get(0);
        assertThat(mail.getSubject()).isEqualTo("[সেতু] অন্য একটি সংস্থার একটি কেস আপনার উত্তরের অপেক্ষায়");
        String body = mail.getContent().toString();
        assertThat(body).contains("সেতুতে হস্তান্তর খুলে কেসটি গ্রহণ করুন, অথবা কারণসহ প্রত্যাখ্যান করুন")
                .contains("সেতু: " + PORTAL).doesNotContain("কেস রেফারেন্স").doesNotContain("Hand-overs");
        assertThat(smsTo(receiving.phone()).get(0))
                .isEqualTo("Setu: A case from another agency waits for your answer. " + PORTAL);
        List<String> texts = new ArrayList<>(List.of(mail.getSubject() + "\n" + body));
        texts.addAll(smsTo(receiving.phone()));
        assertThat(texts).allSatisfy(text -> {
            assertThat(text).doesNotContain(caseRef).doesNotContain(caseId.toString()).doesNotContain(handOver.toString())
                    .doesNotContain(sending.id().toString()).doesNotContain("null");
            NEVER.forEach(never -> assertThat(text).doesNotContain(never));
        });
        assertThat(Db.deliveriesOf(dataSource, eventId)).extracting(d -> d.get("recipient_kind") + " " + d.get("channel") + " "
                        + d.get("hand_over_notice") + " " + d.get("organization_id") + " " + d.get("referring_agency_id") + " "
                        + d.get("case_ref"))
                .containsExactlyInAnyOrder(
                        "SERVICE_CONTACT EMAIL PROPOSED " + receiving.id() + " " + sending.id() + " null",
                        "SERVICE_CONTACT SMS PROPOSED " + receiving.id() + " " + sending.id() + " null");

        // the relay may publish it again: nothing is sent twice; the sender and a bystander hear nothing of it
        Events.publish(json, new HandOverProposed(caseId, handOver, sending.id(), receiving.id(), Instant.now()), eventId);
        Events.await(() -> Db.rows(dataSource, "SELECT 1 FROM kit_inbox WHERE event_id = ?", eventId).size() == 1, WAIT,
                "the proposal's consumption");
        Thread.sleep(1_500);
        assertThat(mailsTo(receiving)).hasSize(1);
        assertThat(smsTo(receiving.phone())).hasSize(1);
        assertThat(Db.deliveriesOf(dataSource, eventId)).hasSize(2);
        assertThat(mailsTo(sending)).as("the agency that proposed it").isEmpty();
        assertThat(mailsTo(bystander)).as("an agency not in the hand-over").isEmpty();
    }

    @Test
    void aReceivingAgencyThatRegisteredNoChannelIsToldAtItsServicesDirectoryContact() throws Exception {
        UUID receiving = UUID.randomUUID();
        UUID service = UUID.randomUUID();
        String focal = "focal-" + service + "@home-ngo.test";
        Events.publish(json, Events.service(service, receiving, focal, null, "en"));
        Db.awaitContact(dataSource, service);

        Events.publish(json, new HandOverProposed(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), receiving, Instant.now()));

        Events.await(() -> EmailNotificationTest.mailsTo(focal).size() == 1, WAIT, "the directory contact's email");
        MimeMessage mail = EmailNotificationTest.mailsTo(focal).get(0);
        assertThat(mail.getSubject()).isEqualTo("[Setu] A case from another agency waits for your answer");
        assertThat(mail.getContent().toString())
                .contains("Open Hand-overs in Setu to accept the case, or to decline it with a reason.")
                .contains("Setu: " + PORTAL).doesNotContain("Case reference");
    }

    @Test
    void anAcceptedHandOverIsToldToTheSendingAgencyWithItsReferenceAndTheReturnsArrivalThenToTheNewOwner() throws Exception {
        Agency sending = agency("en", "bn");
        Agency receiving = agency("en", null);
        UUID caseId = UUID.randomUUID();
        String caseRef = Events.caseRef();
        aReferralNamedTheCase(caseId, caseRef, sending.id());
        LocalDate from = LocalDate.now().plusDays(60 + ThreadLocalRandom.current().nextInt(3_000));
        Events.publish(json, new ReturnPlanned(caseId, sending.id(), 1, "BENAPOLE", from, from.plusDays(2), TravelMode.LAND,
                VerificationStatus.VERIFIED, Instant.now()));

        Events.publish(json, new CaseHandedOver(caseId, UUID.randomUUID(), sending.id(), receiving.id(), Instant.now()));

        Events.await(() -> mailsTo(sending).size() == 1 && smsTo(sending.phone()).size() == 1, WAIT,
                "the sending agency's email and SMS");
        MimeMessage mail = mailsTo(sending).get(0);
        assertThat(mail.getSubject()).isEqualTo("[Setu] The agency you proposed a case to took it - " + caseRef);
        assertThat(mail.getContent().toString()).contains("Case reference: " + caseRef)
                .contains("The case is now theirs, and your agency no longer sees it.").doesNotContain("Reason");
        assertThat(smsTo(sending.phone()).get(0)).isEqualTo("সেতু: আপনি যে সংস্থাকে কেস হস্তান্তরের প্রস্তাব দিয়েছিলেন, "
                + "তারা কেসটি গ্রহণ করেছে, কেস " + caseRef + "। " + PORTAL);
        Events.await(() -> Db.rows(dataSource, "SELECT 1 FROM planned_return WHERE case_id = ? AND owner_agency = ?",
                caseId, receiving.id()).size() == 1, WAIT, "the return's new owner");

        // the person arrives: the agency that owns the case now is told, not the one that handed it over
        Events.publish(json, new ReturnArrived(caseId, UUID.randomUUID(), receiving.id(), "BENAPOLE", from, Instant.now()));
        Events.await(() -> mailsTo(receiving).size() == 1, WAIT, "the new owner's arrival notice");
        assertThat(mailsTo(receiving).get(0).getSubject()).isEqualTo("[Setu] A return you planned has arrived: Benapole Land Port - " + caseRef);
        Thread.sleep(1_000);
        assertThat(mailsTo(sending)).as("only its hand-over's notice").hasSize(1);
    }

    @Test
    void aDeclinedHandOverIsToldToTheSendingAgencyWithTheReasonInWordsInEitherLanguageAndNotToTheAgencyThatDeclined()
            throws Exception {
        Agency sending = agency("bn", "en");
        Agency receiving = agency("en", null);
        Map<HandOverDeclineReason, String[]> words = Map.of(
                HandOverDeclineReason.NOT_OUR_AREA, new String[]{"ব্যক্তির বাড়ি ওই সংস্থার কর্মএলাকার বাইরে",
                        "the person's home is outside the areas that agency serves"},
                HandOverDeclineReason.NO_CAPACITY, new String[]{"ওই সংস্থা এখন আর কোনো কেস নিতে পারছে না",
                        "that agency cannot take another case now"},
                HandOverDeclineReason.OTHER, new String[]{"অন্য কোনো কারণ", "another reason"});
        for (HandOverDeclineReason reason : HandOverDeclineReason.values()) {
            UUID caseId = UUID.randomUUID();
            String caseRef = Events.caseRef();
            aReferralNamedTheCase(caseId, caseRef, sending.id());
            int before = mailsTo(sending).size();

            Events.publish(json, new HandOverDeclined(caseId, UUID.randomUUID(), sending.id(), receiving.id(), reason, Instant.now()));

            Events.await(() -> mailsTo(sending).size() == before + 1 && smsTo(sending.phone()).size() == before + 1, WAIT,
                    "the sending agency's email and SMS");
            MimeMessage mail = mailsTo(sending).get(before);
            assertThat(mail.getSubject()).isEqualTo("[সেতু] আপনি যে সংস্থাকে কেস হস্তান্তরের প্রস্তাব দিয়েছিলেন, তারা কেসটি নেয়নি - "
                    + caseRef);
            assertThat(mail.getContent().toString()).contains("কেস রেফারেন্স: " + caseRef).contains("কারণ: " + words.get(reason)[0])
                    .contains("অন্য কোনো সংস্থাকে প্রস্তাব দিতে পারেন");
            assertThat(smsTo(sending.phone()).get(before)).isEqualTo("Setu: The agency you proposed a case to declined it, case "
                    + caseRef + ": " + words.get(reason)[1] + ". " + PORTAL);
        }
        assertThat(Db.rows(dataSource, "SELECT hand_over_reason, recipient_kind FROM delivery WHERE hand_over_notice = 'DECLINED' "
                + "AND organization_id = ?", sending.id())).extracting(r -> r.get("hand_over_reason") + " " + r.get("recipient_kind"))
                .containsExactlyInAnyOrder("NOT_OUR_AREA REFERRING_AGENCY", "NOT_OUR_AREA REFERRING_AGENCY",
                        "NO_CAPACITY REFERRING_AGENCY", "NO_CAPACITY REFERRING_AGENCY", "OTHER REFERRING_AGENCY", "OTHER REFERRING_AGENCY");
        assertThat(mailsTo(receiving)).as("the agency that declined").isEmpty();
    }

    @Test
    void anErasedCasesHandOverNoticesAreForgottenNoneLeftWaitingAndItsLaterHandOverEventsTellNobody() throws Exception {
        Agency receiving = agency("en", "en");
        Agency sending = agency("en", null);
        UUID caseId = UUID.randomUUID();
        String proposed = Events.publish(json, new HandOverProposed(caseId, UUID.randomUUID(), sending.id(), receiving.id(),
                Instant.now()));

        Events.publish(json, new CaseErased(caseId, ErasureReason.RECORDED_IN_ERROR, Instant.now()));
        String declined = Events.publish(json, new HandOverDeclined(caseId, UUID.randomUUID(), sending.id(), receiving.id(),
                HandOverDeclineReason.NO_CAPACITY, Instant.now()));
        Events.await(() -> !Db.rows(dataSource, "SELECT 1 FROM kit_inbox WHERE event_id = ?", declined).isEmpty(), WAIT,
                "the later event's consumption");

        assertThat(Db.deliveriesOf(dataSource, declined)).as("the decline after the erasure").isEmpty();
        // whether or not the worker sent them before the erasure, none is left to send and none keeps the hand-over
        assertThat(Db.deliveriesOf(dataSource, proposed)).hasSize(2).allSatisfy(d -> {
            assertThat(d).containsEntry("case_id", null).containsEntry("hand_over_notice", null).containsEntry("hand_over_id", null)
                    .containsEntry("event_subject", null);
            assertThat(d.get("status")).isIn("DELIVERED", "SKIPPED");
            if ("SKIPPED".equals(d.get("status"))) assertThat(d).containsEntry("last_reason", "CASE_ERASED");
        });
        Thread.sleep(1_000);
        assertThat(mailsTo(receiving).size()).isLessThanOrEqualTo(1);
        assertThat(mailsTo(sending)).isEmpty();
    }

    // ---- helpers

    /** A referral sent for the case before, so the service knows its reference (the hand-over events carry none). */
    private void aReferralNamedTheCase(UUID caseId, String caseRef, UUID owner) {
        String sent = Events.publish(json, Events.sent(UUID.randomUUID(), caseId, caseRef, UUID.randomUUID(), UUID.randomUUID(), owner));
        Events.await(() -> !Db.rows(dataSource, "SELECT 1 FROM kit_inbox WHERE event_id = ?", sent).isEmpty(), WAIT,
                "the referral that names the case");
    }

    private Agency agency(String emailLanguage, String smsLanguage) {
        return AgencyChannels.agency(subscriptions, "hand-overs", "+88019", emailLanguage, smsLanguage);
    }

    private static List<MimeMessage> mailsTo(Agency a) {
        return EmailNotificationTest.mailsTo(a.email());
    }

    private List<String> smsTo(String phone) {
        return AgencyChannels.smsTo(json, phone);
    }
}
