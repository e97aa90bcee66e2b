package org.setu.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.setu.events.Topics;
import org.setu.events.notification.Channel;
import org.setu.events.screening.CaseErased;
import org.setu.events.screening.ErasureReason;
import org.setu.events.screening.FollowUpReminder;
import org.setu.events.screening.FollowUpReminder.ReminderKind;
import org.setu.events.testing.SchemaValidator;
import org.setu.kit.security.Caller;
import org.setu.notification.app.DeliveryLog;
import org.setu.notification.app.Subscription;
import org.setu.notification.app.SubscriptionService;
import org.setu.notification.domain.SmsSegments;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/**
 * A follow-up due soon or overdue reaches the case worker through the case's agency, on real Kafka, PostgreSQL,
 * SMTP (GreenMail) and an SMS gateway and webhook receiver (WireMock): the case reference and the day, nothing of the
 * person, once.
 */
@QuarkusTest
class FollowUpReminderTest {

    private static final Duration WAIT = Duration.ofSeconds(75);
    private static final LocalDate DAY = LocalDate.of(2026, 12, 10);
    /** The agency whose case worker reads the delivery log in {@link #theAgencysCaseWorkerSeesItsReminderDeliveriesInTheLogAndAnotherAgencyDoesNot}. */
    private static final String REMINDED_AGENCY = "5e7c1f3a-2b4d-4c6e-8f10-a1b2c3d4e5a1";
    private static final String REMINDER_TYPE = "setu.screening.follow-up-reminder.v1";

    @Inject
    ObjectMapper json;

    @Inject
    DataSource dataSource;

    @Inject
    SubscriptionService subscriptions;

    @Inject
    DeliveryLog log;

    @Test
    void anOverdueFollowUpIsToldToTheAgencyByEmailAndSmsInItsLanguage() throws Exception {
        UUID agency = UUID.randomUUID();
        String desk = "desk-" + agency + "@ngo.test";
        String phone = phone(agency);
        // the agency's channels name referral outcomes only: reminders come to them all the same
        Subscription email = subscribe(agency, Channel.EMAIL, desk, "bn", "setu.referral.accepted.v1");
        Subscription sms = subscribe(agency, Channel.SMS, phone, "en", "setu.referral.declined.v1");
        UUID caseId = UUID.randomUUID();
        String caseRef = Events.caseRef();

        String eventId = Events.publish(json, reminder(caseId, caseRef, agency, ReminderKind.OVERDUE));

        Events.await(() -> EmailNotificationTest.mailsTo(desk).size() == 1, WAIT, "the Bangla email");
        MimeMessage mail = EmailNotificationTest.mailsTo(desk).get(0);
        String body = mail.getContent().toString();
        assertThat(mail.getSubject()).isEqualTo("[সেতু] কেস " + caseRef + "-এর ফলো-আপের সময় পেরিয়ে গেছে (১০ ডিসেম্বর ২০২৬ তারিখে নির্ধারিত ছিল)");
        assertThat(body).contains("কেস রেফারেন্স: " + caseRef).contains("১০ ডিসেম্বর ২০২৬").contains("http://localhost:8080/")
                .doesNotContain("Follow-up").doesNotContain("2026-12-10");
        assertThat(mail.getSubject() + body).as("no id of the case or the agency, no code, nothing empty")
                .doesNotContain(caseId.toString()).doesNotContain(agency.toString()).doesNotContain("OVERDUE")
                .doesNotContain("null");

        RequestPatternBuilder toGateway = postRequestedFor(urlEqualTo("/sms")).withRequestBody(WireMock.containing(caseRef));
        Events.await(() -> !FarSystems.http().findAll(toGateway).isEmpty(), WAIT, "the English SMS");
        var sent = FarSystems.http().findAll(toGateway);
        assertThat(sent).hasSize(1);
        Map<?, ?> message = json.readValue(sent.get(0).getBodyAsString(), Map.class);
        assertThat(message.get("to")).isEqualTo(phone);
        String text = message.get("text").toString();
        assertThat(text).isEqualTo("Setu: Follow-up overdue (due on 10 Dec 2026) for case " + caseRef + ". http://localhost:8080/");
        assertThat(SmsSegments.parts(text)).isEqualTo(1);

        List<Map<String, Object>> deliveries = Db.deliveriesOf(dataSource, eventId);
        assertThat(deliveries).extracting(d -> d.get("recipient_kind") + " " + d.get("channel") + " " + d.get("recipient"))
                .containsExactlyInAnyOrder("REFERRING_AGENCY EMAIL subscription:" + email.id(),
                        "REFERRING_AGENCY SMS subscription:" + sms.id());
        assertThat(deliveries).allSatisfy(d -> {
            assertThat(d).containsEntry("reminder_kind", "OVERDUE").containsEntry("case_ref", caseRef)
                    .containsEntry("organization_id", agency).containsEntry("referral_id", null);
            assertThat(d.get("follow_up_due_on")).hasToString("2026-12-10");
        });
        unsubscribe(agency, email, sms);
    }

    @Test
    void aFollowUpDueSoonReachesAnAgencyWithoutChannelsOfItsOwnAtItsServicesDirectoryContact() throws Exception {
        UUID agency = UUID.randomUUID();
        UUID service = UUID.randomUUID();
        String focal = "focal-" + service + "@ngo.test";
        Events.publish(json, Events.service(service, agency, focal, null, "en"));
        Db.awaitContact(dataSource, service);
        String caseRef = Events.caseRef();

        Events.publish(json, reminder(UUID.randomUUID(), caseRef, agency, ReminderKind.DUE_SOON));

        Events.await(() -> EmailNotificationTest.mailsTo(focal).size() == 1, WAIT, "the email to the directory contact");
        MimeMessage mail = EmailNotificationTest.mailsTo(focal).get(0);
        assertThat(mail.getSubject()).isEqualTo("[Setu] Follow-up due on 10 Dec 2026 for case " + caseRef);
        assertThat(mail.getContent().toString()).contains("A follow-up is due soon").contains("Case reference: " + caseRef)
                .contains("Follow-up day in the plan: 10 Dec 2026").contains("http://localhost:8080/");
    }

    @Test
    void aWebhookOfTheAgencyThatSubscribedToRemindersGetsTheEventsDataAndAnotherAgencysDoesNot() throws Exception {
        UUID agency = UUID.randomUUID();
        String path = "/hooks/reminders-" + agency;
        String strangersPath = "/hooks/strangers-" + agency;
        FarSystems.http().stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(204)));
        FarSystems.http().stubFor(post(urlEqualTo(strangersPath)).willReturn(aResponse().withStatus(204)));
        Subscription hook = subscribe(agency, Channel.WEBHOOK, FarSystems.url(path), "en", REMINDER_TYPE);
        UUID stranger = UUID.randomUUID();
        Subscription strangersHook = subscribe(stranger, Channel.WEBHOOK, FarSystems.url(strangersPath), "en", REMINDER_TYPE);
        UUID caseId = UUID.randomUUID();
        FollowUpReminder reminder = reminder(caseId, Events.caseRef(), agency, ReminderKind.DUE_SOON);

        String eventId = Events.publish(json, reminder);

        Events.await(() -> !FarSystems.http().findAll(postRequestedFor(urlEqualTo(path))).isEmpty(), WAIT, "the webhook call");
        JsonNode event = json.readTree(FarSystems.http().findAll(postRequestedFor(urlEqualTo(path))).get(0).getBodyAsString());
        assertThat(event.get("id").asText()).isEqualTo(eventId);
        assertThat(event.get("type").asText()).isEqualTo(REMINDER_TYPE);
        assertThat(event.get("subject").asText()).isEqualTo(caseId.toString());
        assertThat(event.get("dataschema").asText()).endsWith("/schemas/screening/follow-up-reminder.v1.json");
        JsonNode data = event.get("data");
        assertThat(json.treeToValue(data, FollowUpReminder.class)).isEqualTo(reminder);
        SchemaValidator.requireValid(REMINDER_TYPE, data.toString());
        assertThat(Db.deliveriesOf(dataSource, eventId)).extracting(d -> d.get("recipient_kind") + " " + d.get("recipient"))
                .containsExactly("SUBSCRIBER subscription:" + hook.id());
        assertThat(FarSystems.http().findAll(postRequestedFor(urlEqualTo(strangersPath)))).isEmpty();
        unsubscribe(agency, hook);
        unsubscribe(stranger, strangersHook);
    }

    @Test
    void aRedeliveredReminderSendsNothingTwice() throws Exception {
        Desk own = newAgencysDesk();
        UUID agency = own.agency();
        String desk = own.address();
        UUID caseId = UUID.randomUUID();
        String caseRef = Events.caseRef();
        FollowUpReminder dueSoon = reminder(caseId, caseRef, agency, ReminderKind.DUE_SOON);
        String eventId = Events.publish(json, dueSoon);
        Events.await(() -> EmailNotificationTest.mailsTo(desk).size() == 1, WAIT, "the first email");

        Events.publish(json, dueSoon, eventId);   // the screening service's relay delivers at least once
        // a later reminder of the same case travels on the same partition: once it is told, the copy was consumed
        Events.publish(json, reminder(caseId, caseRef, agency, ReminderKind.OVERDUE));
        Events.await(() -> EmailNotificationTest.mailsTo(desk).size() == 2, WAIT, "the overdue email");
        Thread.sleep(300);

        assertThat(EmailNotificationTest.mailsTo(desk)).extracting(EmailNotificationTest::subject)
                .containsExactlyInAnyOrder("[Setu] Follow-up due on 10 Dec 2026 for case " + caseRef,
                        "[Setu] Follow-up overdue (due on 10 Dec 2026) for case " + caseRef);
        assertThat(Db.deliveriesOf(dataSource, eventId)).hasSize(1);
        unsubscribe(agency, own.subscription());
    }

    @Test
    void anErasedCasesReminderDeliveriesArePurgedAndALaterReminderOfItIsNeverSent() throws Exception {
        Desk own = newAgencysDesk();
        UUID agency = own.agency();
        String desk = own.address();
        UUID caseId = UUID.randomUUID();
        String caseRef = Events.caseRef();
        String told = Events.publish(json, reminder(caseId, caseRef, agency, ReminderKind.DUE_SOON));
        Events.await(() -> delivered(told), WAIT, "the reminder before the erasure");

        Events.publish(json, new CaseErased(caseId, ErasureReason.PERSON_REQUEST, Instant.now()));
        Events.await(() -> !Db.rows(dataSource, "SELECT 1 FROM erased_case WHERE case_id = ?", caseId).isEmpty(), WAIT, "the erasure");
        String late = Events.publish(json, reminder(caseId, caseRef, agency, ReminderKind.OVERDUE));
        Events.await(() -> !Db.deliveriesOf(dataSource, late).isEmpty(), WAIT, "the late reminder, counted");

        Map<String, Object> purged = Db.deliveriesOf(dataSource, told).get(0);
        assertThat(purged).containsEntry("status", "DELIVERED").containsEntry("case_id", null).containsEntry("case_ref", null)
                .containsEntry("follow_up_due_on", null).containsEntry("reminder_kind", null).containsEntry("event_subject", null)
                .containsEntry("occurred_at", null).containsEntry("source_event_type", REMINDER_TYPE)
                .containsEntry("organization_id", agency);
        assertThat(Db.deliveriesOf(dataSource, late)).extracting(d -> d.get("status") + " " + d.get("last_reason") + " " + d.get("case_ref"))
                .containsExactly("SKIPPED CASE_ERASED null");
        String table = String.valueOf(Db.rows(dataSource, "SELECT string_agg(t::text, ' ') AS dump FROM delivery t").get(0).get("dump"));
        assertThat(table).doesNotContain(caseRef).doesNotContain(caseId.toString());
        assertThat(EmailNotificationTest.mailsTo(desk)).as("only the reminder before the erasure").hasSize(1);
        unsubscribe(agency, own.subscription());
    }

    @Test
    void aMalformedReminderGoesToTheDeadLetterTopicAndLeavesNoWriteBehind() {
        Desk own = newAgencysDesk();
        UUID agency = own.agency();
        String desk = own.address();
        UUID caseId = UUID.randomUUID();
        String noAgency = UUID.randomUUID().toString();
        String badDay = UUID.randomUUID().toString();
        Events.publishRaw(Topics.SCREENING, caseId.toString(), noAgency, REMINDER_TYPE, "{\"caseId\":\"" + caseId
                + "\",\"caseRef\":\"BD-7K3F-9Q2M\",\"dueOn\":\"2026-12-10\",\"kind\":\"OVERDUE\",\"occurredAt\":\"2026-12-24T18:00:00Z\"}");
        Events.publishRaw(Topics.SCREENING, caseId.toString(), badDay, REMINDER_TYPE, "{\"caseId\":\"" + caseId
                + "\",\"caseRef\":\"BD-7K3F-9Q2M\",\"agencyId\":\"" + agency + "\",\"dueOn\":\"10/12/2026\",\"kind\":\"OVERDUE\","
                + "\"occurredAt\":\"2026-12-24T18:00:00Z\"}");
        String caseRef = Events.caseRef();
        Events.publish(json, reminder(caseId, caseRef, agency, ReminderKind.DUE_SOON));

        Events.await(() -> EmailNotificationTest.mailsTo(desk).size() == 1, WAIT, "the later reminder's email");
        ConsumerRecord<String, String> withoutAgency = DeadLetterTest.readDeadLetter(noAgency, Duration.ofSeconds(30));
        assertThat(DeadLetterTest.header(withoutAgency, "dead-letter-reason")).contains("no agencyId");
        ConsumerRecord<String, String> unreadableDay = DeadLetterTest.readDeadLetter(badDay, Duration.ofSeconds(30));
        assertThat(DeadLetterTest.header(unreadableDay, "dead-letter-reason")).contains("unreadable " + REMINDER_TYPE + " event at dueOn")
                .doesNotContain("10/12/2026");
        for (String poison : List.of(noAgency, badDay)) {
            assertThat(Db.deliveriesOf(dataSource, poison)).isEmpty();
            assertThat(Db.rows(dataSource, "SELECT 1 FROM kit_inbox WHERE event_id = ?", poison)).isEmpty();
        }
        assertThat(EmailNotificationTest.subject(EmailNotificationTest.mailsTo(desk).get(0))).contains(caseRef);
        unsubscribe(agency, own.subscription());
    }

    @Test
    @TestSecurity(user = "caseworker", roles = "case-worker")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = REMINDED_AGENCY))
    void theAgencysCaseWorkerSeesItsReminderDeliveriesInTheLogAndAnotherAgencyDoesNot() {
        UUID agency = UUID.fromString(REMINDED_AGENCY);
        String desk = "desk-" + UUID.randomUUID() + "@reminded.test";
        Subscription email = subscribe(agency, Channel.EMAIL, desk, "en", REMINDER_TYPE);
        String eventId = Events.publish(json, reminder(UUID.randomUUID(), Events.caseRef(), agency, ReminderKind.OVERDUE));
        Events.await(() -> delivered(eventId), WAIT, "the reminder");
        String id = Db.deliveriesOf(dataSource, eventId).get(0).get("id").toString();

        given().when().get("/api/v1/notifications?sourceEventId=" + eventId).then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(id))
                .body("items[0].sourceEventType", equalTo(REMINDER_TYPE))
                .body("items[0].recipientKind", equalTo("REFERRING_AGENCY"))
                .body("items[0].referralId", nullValue())
                .body("items[0].status", equalTo("DELIVERED"));
        given().when().get("/api/v1/notifications/" + id).then().statusCode(200)
                .body("attemptLog[0].outcome", equalTo("DELIVERED"));
        Caller stranger = new Caller("other", "caseworker2", Set.of("case-worker"), Optional.of(UUID.randomUUID()));
        assertThat(log.page(stranger, new DeliveryLog.Filter(null, null, null, null, eventId), 0, 20).items()).isEmpty();
        unsubscribe(agency, email);
    }

    record Desk(UUID agency, String address, Subscription subscription) {
    }

    /** A new agency's English email channel, registered for referral outcomes only. */
    private Desk newAgencysDesk() {
        UUID agency = UUID.randomUUID();
        String address = "desk-" + agency + "@ngo.test";
        return new Desk(agency, address, subscribe(agency, Channel.EMAIL, address, "en", "setu.referral.accepted.v1"));
    }

    private static FollowUpReminder reminder(UUID caseId, String caseRef, UUID agency, ReminderKind kind) {
        // in microseconds, as the producer's database keeps its times and this service's keeps the delivery's
        return new FollowUpReminder(caseId, caseRef, agency, DAY, kind, Instant.now().truncatedTo(ChronoUnit.MICROS));
    }

    private Subscription subscribe(UUID agency, Channel channel, String address, String language, String eventType) {
        return subscriptions.create(admin(agency), new SubscriptionService.Draft(channel,
                channel == Channel.WEBHOOK ? address : null, channel == Channel.EMAIL ? address : null,
                channel == Channel.SMS ? address : null, List.of(eventType), language, true));
    }

    private void unsubscribe(UUID agency, Subscription... each) {
        for (Subscription s : each) subscriptions.delete(admin(agency), s.id());
    }

    private static Caller admin(UUID agency) {
        return new Caller("admin-" + agency, "agencyadmin", Set.of("agency-admin"), Optional.of(agency));
    }

    private static String phone(UUID agency) {
        return "+88019" + (10_000_000 + Math.abs(agency.hashCode() % 89_999_999));
    }

    private boolean delivered(String eventId) {
        List<Map<String, Object>> d = Db.deliveriesOf(dataSource, eventId);
        return !d.isEmpty() && d.stream().allMatch(x -> "DELIVERED".equals(x.get("status")));
    }
}
