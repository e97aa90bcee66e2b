package org.setu.notification;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.setu.events.referral.ReferralAccepted;
import org.setu.events.referral.ReferralSent;
import org.setu.events.testing.SchemaValidator;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Email and SMS on real Kafka, real PostgreSQL and a real SMTP server (GreenMail). */
@QuarkusTest
class EmailNotificationTest {

    // long enough for one retry (the first comes 15 to 30 s after a failed send): on a loaded two-core machine an
    // SMTP exchange can time out once, and these tests are about what is sent, not how fast
    private static final Duration WAIT = Duration.ofSeconds(75);

    @Inject
    ObjectMapper json;

    @Inject
    DataSource dataSource;

    @Test
    void aSentReferralEmailsTheServiceFocalPointOnceInBanglaWithNoneOfThePersonsData() throws Exception {
        UUID service = UUID.randomUUID();
        UUID provider = UUID.randomUUID();
        String focal = "focal-" + service + "@shelter.test";
        Events.publish(json, Events.service(service, provider, focal, null, "bn"));
        Db.awaitContact(dataSource, service);
        String caseRef = Events.caseRef();
        UUID caseId = UUID.randomUUID();
        UUID referral = UUID.randomUUID();
        ReferralSent sent = Events.sent(referral, caseId, caseRef, service, provider, UUID.randomUUID());

        String eventId = Events.publish(json, sent);
        Events.await(() -> mailsTo(focal).size() == 1, WAIT, "an email to the focal point");
        Events.publish(json, sent, eventId);   // the relay delivers at least once

        // a later event on the same partition (same case) shows the redelivered copy was consumed before it
        UUID otherService = UUID.randomUUID();
        String otherFocal = "focal-" + otherService + "@shelter.test";
        Events.publish(json, Events.service(otherService, provider, otherFocal, null, "en"));
        Db.awaitContact(dataSource, otherService);
        Events.publish(json, Events.sent(UUID.randomUUID(), caseId, caseRef, otherService, provider, UUID.randomUUID()));
        Events.await(() -> mailsTo(otherFocal).size() == 1, WAIT, "the marker email");
        Thread.sleep(300);

        List<MimeMessage> mails = mailsTo(focal);
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails.get(0);
        String body = mail.getContent().toString();
        assertThat(mail.getSubject()).contains("নতুন রেফারেল").contains(caseRef);
        assertThat(body).contains(caseRef).contains("আশ্রয়").contains("জরুরি")
                .contains("http://localhost:8080/referrals/" + referral)
                .doesNotContain("New referral");
        // a reference, the category, the urgency, the deadline and a link: no internal ids, no codes about the person
        assertThat(body).doesNotContain(caseId.toString()).doesNotContain(provider.toString()).doesNotContain("ROUTED")
                .doesNotContain("null");

        List<Map<String, Object>> deliveries = Db.deliveriesOf(dataSource, eventId);
        assertThat(deliveries).extracting(d -> d.get("channel") + " " + d.get("status"))
                .containsExactlyInAnyOrder("EMAIL DELIVERED", "SMS SKIPPED");   // the service has no SMS phone
        Map<String, Object> email = deliveries.stream().filter(d -> "EMAIL".equals(d.get("channel"))).findFirst().orElseThrow();
        List<Map<String, Object>> events = Db.outboxOf(dataSource, email.get("id"));
        assertThat(events).extracting(e -> e.get("event_type")).containsExactly("setu.notification.delivered.v1");
        SchemaValidator.requireValid("setu.notification.delivered.v1", events.get(0).get("payload").toString());
    }

    @Test
    void anEnglishSpeakingServiceGetsItsEmailAndSmsInEnglish() throws Exception {
        UUID service = UUID.randomUUID();
        String focal = "focal-" + service + "@clinic.test";
        String phone = "+88017" + (10_000_000 + Math.abs(service.hashCode() % 89_999_999));
        Events.publish(json, Events.service(service, UUID.randomUUID(), focal, phone, "en"));
        Db.awaitContact(dataSource, service);
        String caseRef = Events.caseRef();
        Events.publish(json, Events.sent(UUID.randomUUID(), UUID.randomUUID(), caseRef, service, UUID.randomUUID(), UUID.randomUUID()));

        Events.await(() -> mailsTo(focal).size() == 1, WAIT, "an English email");
        MimeMessage mail = mailsTo(focal).get(0);
        assertThat(mail.getSubject()).isEqualTo("[Setu] New referral for your service - " + caseRef);
        assertThat(mail.getContent().toString()).contains("Case reference: " + caseRef).contains("Service: Shelter")
                .contains("Urgency: Immediate").contains("Answer by: ");

        Events.await(() -> !FarSystems.http().findAll(com.github.tomakehurst.wiremock.client.WireMock
                .postRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo("/sms"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing(caseRef))).isEmpty(), WAIT, "an SMS");
        var sms = FarSystems.http().findAll(com.github.tomakehurst.wiremock.client.WireMock
                .postRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo("/sms"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing(caseRef)));
        assertThat(sms).hasSize(1);
        Map<?, ?> smsBody = json.readValue(sms.get(0).getBodyAsString(), Map.class);
        assertThat(smsBody.get("to")).isEqualTo(phone);
        assertThat(smsBody.get("text").toString()).startsWith("Setu: New referral for your service.").contains(caseRef);
    }

    @Test
    void aBanglaSpeakingServiceGetsItsSmsInBanglaWithinThreePartsWithTheLinkWhole() throws Exception {
        UUID service = UUID.randomUUID();
        String phone = "+88018" + (10_000_000 + Math.abs(service.hashCode() % 89_999_999));
        Events.publish(json, Events.service(service, UUID.randomUUID(), "focal-" + service + "@shelter.test", phone, "bn"));
        Db.awaitContact(dataSource, service);
        String caseRef = Events.caseRef();
        UUID referral = UUID.randomUUID();
        Events.publish(json, Events.sent(referral, UUID.randomUUID(), caseRef, service, UUID.randomUUID(), UUID.randomUUID()));

        var toGateway = com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                        com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo("/sms"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing(caseRef));
        Events.await(() -> !FarSystems.http().findAll(toGateway).isEmpty(), WAIT, "a Bangla SMS");
        String text = json.readValue(FarSystems.http().findAll(toGateway).get(0).getBodyAsString(), Map.class).get("text").toString();
        assertThat(text).startsWith("সেতু:").contains("আশ্রয়").endsWith("http://localhost:8080/referrals/" + referral);
        assertThat(org.setu.notification.domain.SmsSegments.encodingOf(text)).isEqualTo(org.setu.notification.domain.SmsSegments.Encoding.UCS_2);
        assertThat(org.setu.notification.domain.SmsSegments.parts(text)).isBetween(2, 3);
    }

    @Test
    void anEscalatedReferralGoesToTheNrmCoordinatorsInTheirLanguage() throws Exception {
        String caseRef = Events.caseRef();
        Events.publish(json, Events.escalated(UUID.randomUUID(), caseRef, UUID.randomUUID()));

        Events.await(() -> mailsTo(FarSystems.COORDINATORS).stream().anyMatch(m -> subject(m).contains(caseRef)), WAIT,
                "an email to the coordinators");
        MimeMessage mail = mailsTo(FarSystems.COORDINATORS).stream().filter(m -> subject(m).contains(caseRef)).findFirst().orElseThrow();
        assertThat(mail.getSubject()).contains("এনআরএম সমন্বয়কারী");
        assertThat(mail.getContent().toString()).contains("আইনি সহায়তা").doesNotContain("উত্তর দেওয়ার শেষ সময়");
    }

    @Test
    void theReferringAgencyHearsTheOutcomeAtItsDirectoryContactWhenItRegisteredNoChannel() throws Exception {
        UUID referringAgency = UUID.randomUUID();
        String agencyMail = "referrals-" + referringAgency + "@ngo.test";
        UUID agencyService = UUID.randomUUID();
        Events.publish(json, Events.service(agencyService, referringAgency, agencyMail, null, "en"));
        Db.awaitContact(dataSource, agencyService);
        ReferralAccepted accepted = Events.accepted(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), referringAgency);
        Events.publish(json, accepted);

        Events.await(() -> mailsTo(agencyMail).size() == 1, WAIT, "an email to the referring agency");
        assertThat(mailsTo(agencyMail).get(0).getSubject()).isEqualTo("[Setu] Your referral was accepted - " + accepted.caseRef());
    }

    static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(FarSystems.mail().getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equalsIgnoreCase(address));
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            return "";
        }
    }
}
