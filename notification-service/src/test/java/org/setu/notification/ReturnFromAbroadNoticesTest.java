package org.setu.notification;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.setu.events.referral.ReferralCancelled;
import org.setu.events.referral.ReferralHeld;
import org.setu.events.screening.CaseErased;
import org.setu.events.screening.ErasureReason;
import org.setu.events.screening.PortDeskChanged;
import org.setu.events.screening.ReturnArrived;
import org.setu.events.screening.ReturnMissed;
import org.setu.events.screening.ReturnMissed.MissedReturnReason;
import org.setu.events.screening.ReturnPlanned;
import org.setu.events.screening.TravelMode;
import org.setu.events.screening.VerificationStatus;
import org.setu.events.vocabulary.ReferralStatus;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Urgency;
import org.setu.notification.app.ArrivalNotices;
import org.setu.notification.AgencyChannels.Agency;
import org.setu.notification.app.SubscriptionService;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The return from abroad (issue #19, item 6), on real Kafka, PostgreSQL, SMTP (GreenMail) and an SMS gateway
 * (WireMock): the desks at the port hear of a planned return, a provider of a referral held for it, both are reminded
 * the day before, the owning agency hears of the arrival, and a missed return reaches the owner, the desks and the
 * coordinators; in English and Bangla, with no name, no flight, and no case reference to a desk or a provider.
 */
@QuarkusTest
class ReturnFromAbroadNoticesTest {

    private static final Duration WAIT = Duration.ofSeconds(75);
    private static final String DHAKA_AIRPORT_EN = "Hazrat Shahjalal International Airport, Dhaka";
    private static final String DHAKA_AIRPORT_BN = "হযরত শাহজালাল আন্তর্জাতিক বিমানবন্দর, ঢাকা";
    /** What the person is called and the flight she comes on: neither travels on the bus, so neither may be in a notice. */
    private static final List<String> NEVER = List.of("Amina", "BG 4042", "BG4042");

    @Inject
    ObjectMapper json;

    @Inject
    DataSource dataSource;

    @Inject
    SubscriptionService subscriptions;

    @Inject
    ArrivalNotices arrivals;

    @Test
    void aPlannedReturnIsToldToEachDeskAtThePortInItsLanguageAndToNoOtherAgency() throws Exception {
        Agency bnDesk = agency("bn", "en");
        UUID directoryDesk = UUID.randomUUID();
        UUID focalService = UUID.randomUUID();
        String focal = "focal-" + focalService + "@desk.test";
        Events.publish(json, Events.service(focalService, directoryDesk, focal, null, "en"));
        Db.awaitContact(dataSource, focalService);
        Agency withdrawn = agency("en", null);
        Agency elsewhere = agency("en", null);
        Agency owner = agency("en", null);
        designate("DAC", bnDesk.id(), directoryDesk, withdrawn.id());
        designate("CGP", elsewhere.id());
        withdraw("DAC", withdrawn.id());
        UUID caseId = UUID.randomUUID();
        LocalDate from = someDay();

        Events.publish(json, plan(caseId, owner.id(), 1, "DAC", from, from.plusDays(2)));

        Events.await(() -> mailsTo(bnDesk).size() == 1 && EmailNotificationTest.mailsTo(focal).size() == 1, WAIT,
                "the desks' emails");
        MimeMessage bangla = mailsTo(bnDesk).get(0);
        assertThat(bangla.getSubject()).isEqualTo("[সেতু] আপনার বন্দরে একজনের আগমন প্রত্যাশিত: " + DHAKA_AIRPORT_BN);
        assertThat(bangla.getContent().toString()).contains("প্রবেশবন্দর: " + DHAKA_AIRPORT_BN)
                .contains(Labels.bn(from) + " থেকে " + Labels.bn(from.plusDays(2)) + "-এর মধ্যে প্রত্যাশিত")
                .doesNotContain("Port of entry");
        MimeMessage english = EmailNotificationTest.mailsTo(focal).get(0);
        assertThat(english.getSubject()).isEqualTo("[Setu] An arrival is expected at your port: " + DHAKA_AIRPORT_EN);
        assertThat(english.getContent().toString()).contains("Port of entry: " + DHAKA_AIRPORT_EN)
                .contains("When: expected between " + Labels.en(from) + " and " + Labels.en(from.plusDays(2)))
                .contains("The arrivals desk's list in Setu shows who is expected");
        Events.await(() -> smsTo(bnDesk.phone()).size() == 1, WAIT, "the desk's English SMS");
        assertThat(smsTo(bnDesk.phone()).get(0)).isEqualTo("Setu: An arrival is expected at your port: expected between "
                + Labels.en(from) + " and " + Labels.en(from.plusDays(2)) + " at " + DHAKA_AIRPORT_EN + ". http://localhost:8080/");

        // a new version that moves nothing tells nobody; a moved window tells the desks again; a redelivery nothing
        Events.publish(json, plan(caseId, owner.id(), 2, "DAC", from, from.plusDays(2)));
        String moved = Events.publish(json, plan(caseId, owner.id(), 3, "DAC", from.plusDays(1), from.plusDays(3)));
        Events.await(() -> mailsTo(bnDesk).size() == 2, WAIT, "the moved window");
        Events.publish(json, plan(caseId, owner.id(), 3, "DAC", from.plusDays(1), from.plusDays(3)), moved);
        Thread.sleep(1_500);
        assertThat(mailsTo(bnDesk)).hasSize(2);
        assertThat(mailsTo(bnDesk).get(1).getContent().toString()).contains(Labels.bn(from.plusDays(1)));
        assertThat(mailsTo(withdrawn)).as("a withdrawn desk").isEmpty();
        assertThat(mailsTo(elsewhere)).as("a desk at another port").isEmpty();
        assertThat(mailsTo(owner)).as("the owner planned it: it is not told").isEmpty();
        // the desks of the other tests at DAC are told too; this test's are these two
        assertThat(Db.rows(dataSource, "SELECT * FROM delivery WHERE case_id = ? AND arrival_notice = 'PLANNED' "
                + "AND organization_id IN (?, ?)", caseId, bnDesk.id(), directoryDesk))
                .hasSize(6).allSatisfy(d -> assertThat(d).containsEntry("recipient_kind", "SERVICE_CONTACT")
                        .containsEntry("case_ref", null).containsEntry("port_of_entry", "DAC")
                        .containsEntry("referring_agency_id", owner.id()));
    }

    @Test
    void aProviderHearsOfAReferralHeldForItAsAnExpectedArrivalNeedingItsServiceWithoutTheCaseReference() throws Exception {
        Provider shelter = provider("bn");
        UUID caseId = UUID.randomUUID();
        UUID owner = UUID.randomUUID();
        LocalDate from = someDay();
        UUID referral = UUID.randomUUID();

        String eventId = Events.publish(json, held(referral, caseId, shelter, owner, "DAC", from, from.plusDays(5)));

        Events.await(() -> EmailNotificationTest.mailsTo(shelter.focal()).size() == 1, WAIT, "the provider's email");
        MimeMessage mail = EmailNotificationTest.mailsTo(shelter.focal()).get(0);
        assertThat(mail.getSubject()).isEqualTo("[সেতু] আপনার সেবার জন্য একজনের আগমন প্রত্যাশিত: " + DHAKA_AIRPORT_BN);
        assertThat(mail.getContent().toString()).contains("প্রয়োজনীয় সেবা: আশ্রয়").contains("এখন উত্তর দেওয়ার কিছু নেই")
                .doesNotContain("কেস রেফারেন্স");
        Events.await(() -> smsTo(shelter.phone()).size() == 1, WAIT, "the provider's Bangla SMS");
        assertThat(smsTo(shelter.phone()).get(0)).startsWith("সেতু: আপনার সেবার জন্য একজনের আগমন প্রত্যাশিত: " + DHAKA_AIRPORT_BN)
                .contains("প্রয়োজন আশ্রয়");
        assertThat(Db.deliveriesOf(dataSource, eventId)).extracting(d -> d.get("recipient_kind") + " " + d.get("channel") + " "
                        + d.get("arrival_notice") + " " + d.get("service_category") + " " + d.get("referral_id") + " " + d.get("case_ref"))
                .containsExactlyInAnyOrder("SERVICE_CONTACT EMAIL HELD SHELTER " + referral + " null",
                        "SERVICE_CONTACT SMS HELD SHELTER " + referral + " null");

        // its cancellation before the arrival names no case: it releases the referral and emails nobody
        Events.publish(json, new ReferralCancelled(referral, caseId, null, ServiceCategory.SHELTER, shelter.service(),
                shelter.organization(), owner, ReferralStatus.CANCELLED, Urgency.HIGH, null, 1, "BY_CASE_WORKER", Instant.now()));
        Events.await(() -> Db.rows(dataSource, "SELECT 1 FROM held_referral WHERE referral_id = ?", referral).isEmpty(), WAIT,
                "the release of the held referral");
        Thread.sleep(1_000);
        assertThat(EmailNotificationTest.mailsTo(shelter.focal())).hasSize(1);
    }

    @Test
    void theDayBeforeTheWindowOpensTheDesksAndTheProvidersHoldingReferralsAreRemindedOncePerVersion() throws Exception {
        Agency desk = agency("en", null);
        Provider shelter = provider("en");
        UUID owner = UUID.randomUUID();
        UUID caseId = UUID.randomUUID();
        LocalDate from = someDay();
        designate("DAC", desk.id());
        Events.publish(json, plan(caseId, owner, 1, "DAC", from, from.plusDays(2)));
        Events.publish(json, held(UUID.randomUUID(), caseId, shelter, owner, "DAC", from, from.plusDays(2)));
        Events.await(() -> mailsTo(desk).size() == 1 && EmailNotificationTest.mailsTo(shelter.focal()).size() == 1, WAIT,
                "the plan's and the hold's emails");

        assertThat(arrivals.remindDue(dhaka(from.minusDays(2)))).as("two days before").isZero();
        // two replicas at the same moment, then a restart later that day: one reminder
        var first = CompletableFuture.supplyAsync(() -> arrivals.remindDue(dhaka(from.minusDays(1))));
        var second = CompletableFuture.supplyAsync(() -> arrivals.remindDue(dhaka(from.minusDays(1))));
        int again = arrivals.remindDue(dhaka(from.minusDays(1)).plusSeconds(3_600));
        assertThat(first.get() + second.get() + again).isGreaterThanOrEqualTo(1);
        assertThat(Db.rows(dataSource, "SELECT * FROM arrival_reminder WHERE case_id = ?", caseId)).hasSize(1);

        Events.await(() -> mailsTo(desk).size() == 2 && EmailNotificationTest.mailsTo(shelter.focal()).size() == 2, WAIT,
                "the reminders");
        MimeMessage toDesk = mailsTo(desk).get(1);
        assertThat(toDesk.getSubject()).isEqualTo("[Setu] An expected arrival begins tomorrow: " + DHAKA_AIRPORT_EN);
        assertThat(toDesk.getContent().toString()).contains("Please be ready from tomorrow.").doesNotContain("Service needed");
        MimeMessage toShelter = EmailNotificationTest.mailsTo(shelter.focal()).get(1);
        assertThat(toShelter.getSubject()).isEqualTo("[Setu] An expected arrival begins tomorrow: " + DHAKA_AIRPORT_EN);
        assertThat(toShelter.getContent().toString()).contains("Service needed: Shelter");
        arrivals.remindDue(dhaka(from.minusDays(1)).plusSeconds(7_200));
        Thread.sleep(1_500);
        assertThat(mailsTo(desk)).hasSize(2);
        assertThat(EmailNotificationTest.mailsTo(shelter.focal())).hasSize(2);

        // a new version of the plan, opening a day later, is reminded of once more
        Events.publish(json, plan(caseId, owner, 2, "DAC", from.plusDays(1), from.plusDays(2)));
        Events.await(() -> mailsTo(desk).size() == 3, WAIT, "the moved window");
        assertThat(arrivals.remindDue(dhaka(from))).isGreaterThanOrEqualTo(1);
        Events.await(() -> mailsTo(desk).size() == 4, WAIT, "the new version's reminder");
        assertThat(Db.rows(dataSource, "SELECT version FROM arrival_reminder WHERE case_id = ? ORDER BY version", caseId))
                .extracting(r -> r.get("version")).containsExactly(1L, 2L);
    }

    @Test
    void anArrivalIsToldToTheOwningAgencyWithItsCaseReferenceAndToNoDesk() throws Exception {
        Agency owner = agency("en", "bn");
        Agency desk = agency("en", null);
        designate("DAC", desk.id());
        UUID caseId = UUID.randomUUID();
        String caseRef = Events.caseRef();
        LocalDate from = someDay();
        planAfterAReferralThatNamedTheCase(caseId, caseRef, owner.id(), from);
        Events.await(() -> mailsTo(desk).size() == 1, WAIT, "the plan's email to the desk");

        Events.publish(json, new ReturnArrived(caseId, desk.id(), owner.id(), "DAC", from.plusDays(1), Instant.now()));

        Events.await(() -> mailsTo(owner).size() == 1, WAIT, "the owner's email");
        MimeMessage mail = mailsTo(owner).get(0);
        assertThat(mail.getSubject()).isEqualTo("[Setu] A return you planned has arrived: " + DHAKA_AIRPORT_EN + " - " + caseRef);
        assertThat(mail.getContent().toString()).contains("When: arrived on " + Labels.en(from.plusDays(1)))
                .contains("Case reference: " + caseRef).contains("the referrals held for it have gone to their providers");
        Events.await(() -> smsTo(owner.phone()).size() == 1, WAIT, "the owner's Bangla SMS");
        assertThat(smsTo(owner.phone()).get(0)).contains("আপনার পরিকল্পিত প্রত্যাবর্তন সম্পন্ন হয়েছে")
                .contains(Labels.bn(from.plusDays(1)) + " তারিখে পৌঁছেছেন").contains("কেস " + caseRef);
        Thread.sleep(1_000);
        assertThat(mailsTo(desk)).as("the desk confirmed it: only the plan's email").hasSize(1);
        assertThat(Db.rows(dataSource, "SELECT status FROM planned_return WHERE case_id = ?", caseId))
                .extracting(r -> r.get("status")).containsExactly("ARRIVED");
    }

    @Test
    void aMissedReturnIsToldToTheDesksTheOwnerAndTheCoordinatorsWhetherTheDeskReportedItOrTheWindowPassed() throws Exception {
        Agency owner = agency("en", null);
        Agency desk = agency("bn", null);
        designate("DAC", desk.id());
        for (MissedReturnReason reason : MissedReturnReason.values()) {
            UUID caseId = UUID.randomUUID();
            String caseRef = Events.caseRef();
            LocalDate from = someDay();
            int before = mailsTo(desk).size();
            planAfterAReferralThatNamedTheCase(caseId, caseRef, owner.id(), from);

            Events.publish(json, new ReturnMissed(caseId, reason == MissedReturnReason.NO_SHOW ? desk.id() : owner.id(),
                    owner.id(), "DAC", from.plusDays(2), reason, Instant.now()));

            Events.await(() -> mailsTo(desk).size() == before + 2, WAIT, "the plan's and the missed return's emails to the desk");
            MimeMessage toDesk = mailsTo(desk).get(before + 1);
            assertThat(toDesk.getSubject()).isEqualTo("[সেতু] একটি প্রত্যাশিত আগমন ঘটেনি: " + DHAKA_AIRPORT_BN);
            assertThat(toDesk.getContent().toString()).contains(reason == MissedReturnReason.NO_SHOW
                    ? "বন্দরের ডেস্ক জানিয়েছে যে ব্যক্তি আসেননি" : "কোনো ডেস্ক আগমন নিশ্চিত করেনি").doesNotContain(caseRef);
            Events.await(() -> mailsTo(owner).stream().anyMatch(m -> EmailNotificationTest.subject(m).contains(caseRef)), WAIT,
                    "the owner's email");
            MimeMessage toOwner = mailsTo(owner).stream().filter(m -> EmailNotificationTest.subject(m).contains(caseRef))
                    .findFirst().orElseThrow();
            assertThat(toOwner.getSubject()).isEqualTo("[Setu] An expected arrival did not happen: " + DHAKA_AIRPORT_EN + " - " + caseRef);
            assertThat(toOwner.getContent().toString()).contains(reason == MissedReturnReason.NO_SHOW
                    ? "The desk at the port reported that the person did not come"
                    : "No desk confirmed the arrival by the end of the window");
            Events.await(() -> EmailNotificationTest.mailsTo(FarSystems.COORDINATORS).stream()
                    .anyMatch(m -> EmailNotificationTest.subject(m).contains(caseRef)), WAIT, "the coordinators' email");
            MimeMessage toCoordinators = EmailNotificationTest.mailsTo(FarSystems.COORDINATORS).stream()
                    .filter(m -> EmailNotificationTest.subject(m).contains(caseRef)).findFirst().orElseThrow();
            assertThat(toCoordinators.getSubject()).isEqualTo("[সেতু] একটি প্রত্যাশিত আগমন ঘটেনি: " + DHAKA_AIRPORT_BN + " - " + caseRef);
            assertThat(Db.rows(dataSource, "SELECT recipient_kind, missed_reason FROM delivery WHERE case_id = ? "
                    + "AND arrival_notice = 'MISSED' AND (organization_id IS NULL OR organization_id IN (?, ?))", caseId, owner.id(), desk.id()))
                    .extracting(r -> r.get("recipient_kind") + " " + r.get("missed_reason"))
                    .containsExactlyInAnyOrder("REFERRING_AGENCY " + reason, "SERVICE_CONTACT " + reason, "NRM_COORDINATOR " + reason);
        }
    }

    @Test
    void noNoticeOfTheReturnCarriesANameOrTheFlightAndNoneToADeskOrAProviderCarriesTheCaseReference() throws Exception {
        Agency desk = agency("en", "bn");
        Provider medical = provider("en");
        Agency owner = agency("bn", "en");
        designate("DAC", desk.id());
        UUID caseId = UUID.randomUUID();
        String caseRef = Events.caseRef();
        LocalDate from = someDay();
        planAfterAReferralThatNamedTheCase(caseId, caseRef, owner.id(), from);
        Events.publish(json, held(UUID.randomUUID(), caseId, medical, owner.id(), ServiceCategory.MEDICAL, "DAC", from,
                from.plusDays(2)));
        Events.await(() -> mailsTo(desk).size() == 1 && EmailNotificationTest.mailsTo(medical.focal()).size() == 1, WAIT,
                "the plan's and the hold's emails");
        arrivals.remindDue(dhaka(from.minusDays(1)));
        Events.publish(json, new ReturnMissed(caseId, desk.id(), owner.id(), "DAC", from.plusDays(2), MissedReturnReason.NO_SHOW,
                Instant.now()));
        Events.await(() -> mailsTo(desk).size() == 3 && EmailNotificationTest.mailsTo(medical.focal()).size() == 2
                && mailsTo(owner).size() == 1 && smsTo(desk.phone()).size() == 3 && smsTo(medical.phone()).size() == 2, WAIT,
                "every notice to the desk, the provider and the owner");

        List<String> toDeskAndProvider = new ArrayList<>();
        for (MimeMessage m : mailsTo(desk)) toDeskAndProvider.add(m.getSubject() + "\n" + m.getContent());
        for (MimeMessage m : EmailNotificationTest.mailsTo(medical.focal())) toDeskAndProvider.add(m.getSubject() + "\n" + m.getContent());
        toDeskAndProvider.addAll(smsTo(desk.phone()));
        toDeskAndProvider.addAll(smsTo(medical.phone()));
        assertThat(toDeskAndProvider).hasSize(10).allSatisfy(text -> {
            assertThat(text).doesNotContain(caseRef).doesNotContain(caseId.toString()).doesNotContain(owner.id().toString())
                    .doesNotContain("null");
            NEVER.forEach(never -> assertThat(text).doesNotContain(never));
        });
        MimeMessage toOwner = mailsTo(owner).get(0);
        String ownersText = toOwner.getSubject() + "\n" + toOwner.getContent();
        assertThat(ownersText).as("the owner reads its own case's reference").contains(caseRef).doesNotContain(caseId.toString());
        NEVER.forEach(never -> assertThat(ownersText).doesNotContain(never));
        assertThat(Db.rows(dataSource, "SELECT count(*) AS n FROM delivery WHERE arrival_notice IS NOT NULL "
                + "AND recipient_kind NOT IN ('REFERRING_AGENCY', 'NRM_COORDINATOR') AND case_ref IS NOT NULL").get(0).get("n"))
                .as("no delivery to a desk or a provider keeps a case reference, in any test").isEqualTo(0L);
    }

    @Test
    void anErasedCasesReturnIsForgottenItsNoticesPurgedAndItsLaterEventsTellNobody() throws Exception {
        Agency desk = agency("en", null);
        designate("DAC", desk.id());
        UUID caseId = UUID.randomUUID();
        UUID owner = UUID.randomUUID();
        LocalDate from = someDay();
        Events.publish(json, plan(caseId, owner, 1, "DAC", from, from.plusDays(2)));
        Events.await(() -> mailsTo(desk).size() == 1, WAIT, "the plan's email");

        Events.publish(json, new CaseErased(caseId, ErasureReason.RECORDED_IN_ERROR, Instant.now()));
        String missed = Events.publish(json, new ReturnMissed(caseId, owner, owner, "DAC", from.plusDays(2),
                MissedReturnReason.NOT_CONFIRMED, Instant.now()));
        Events.await(() -> !Db.rows(dataSource, "SELECT 1 FROM kit_inbox WHERE event_id = ?", missed).isEmpty(), WAIT,
                "the later event's consumption");

        assertThat(Db.rows(dataSource, "SELECT 1 FROM planned_return WHERE case_id = ?", caseId)).isEmpty();
        assertThat(Db.deliveriesOf(dataSource, missed)).isEmpty();
        assertThat(Db.rows(dataSource, "SELECT * FROM delivery WHERE recipient = ? AND source_event_type = 'setu.screening.return-planned.v1'",
                "subscription:" + subscriptionOf(desk))).hasSize(1).allSatisfy(d -> assertThat(d)
                .containsEntry("case_id", null).containsEntry("arrival_notice", null).containsEntry("port_of_entry", null)
                .containsEntry("expected_from", null));
        Thread.sleep(1_000);
        assertThat(mailsTo(desk)).hasSize(1);
    }

    // ---- helpers

    record Provider(UUID service, UUID organization, String focal, String phone) {
    }

    /** A provider's service whose focal point reads {@code language}, with an email and a phone in the directory. */
    private Provider provider(String language) {
        UUID service = UUID.randomUUID();
        UUID organization = UUID.randomUUID();
        Provider p = new Provider(service, organization, "focal-" + service + "@provider.test", AgencyChannels.phone("+88018", service));
        Events.publish(json, Events.service(service, organization, p.focal(), p.phone(), language));
        Db.awaitContact(dataSource, service);
        return p;
    }

    private Agency agency(String emailLanguage, String smsLanguage) {
        return AgencyChannels.agency(subscriptions, "arrivals", "+88018", emailLanguage, smsLanguage);
    }

    private UUID subscriptionOf(Agency a) {
        return (UUID) Db.rows(dataSource, "SELECT id FROM subscription WHERE agency_id = ? AND channel = 'EMAIL'", a.id()).get(0).get("id");
    }

    private void designate(String port, UUID... agencies) {
        for (UUID a : agencies) Events.publish(json, new PortDeskChanged(port, a, true, Instant.now()));
        Events.await(() -> Db.rows(dataSource, "SELECT 1 FROM port_desk WHERE port_of_entry = ? AND agency_id = ? AND designated",
                port, agencies[agencies.length - 1]).size() == 1, WAIT, "the desks' designation");
    }

    private void withdraw(String port, UUID agency) {
        Events.publish(json, new PortDeskChanged(port, agency, false, Instant.now()));
        Events.await(() -> Db.rows(dataSource, "SELECT 1 FROM port_desk WHERE port_of_entry = ? AND agency_id = ? AND NOT designated",
                port, agency).size() == 1, WAIT, "the end of a designation");
    }

    /**
     * A referral sent before the plan names the case, so the service knows its reference (the return events carry
     * none); then the return is planned at Dhaka airport for three days from {@code from}.
     */
    private void planAfterAReferralThatNamedTheCase(UUID caseId, String caseRef, UUID owner, LocalDate from) {
        Events.publish(json, Events.sent(UUID.randomUUID(), caseId, caseRef, UUID.randomUUID(), UUID.randomUUID(), owner));
        Events.publish(json, plan(caseId, owner, 1, "DAC", from, from.plusDays(2)));
    }

    private static ReturnPlanned plan(UUID caseId, UUID owner, long version, String port, LocalDate from, LocalDate to) {
        return new ReturnPlanned(caseId, owner, version, port, from, to, TravelMode.AIR, VerificationStatus.PENDING, Instant.now());
    }

    private static ReferralHeld held(UUID referral, UUID caseId, Provider p, UUID owner, String port, LocalDate from, LocalDate to) {
        return held(referral, caseId, p, owner, ServiceCategory.SHELTER, port, from, to);
    }

    private static ReferralHeld held(UUID referral, UUID caseId, Provider p, UUID owner, ServiceCategory category, String port,
                                     LocalDate from, LocalDate to) {
        return new ReferralHeld(referral, caseId, category, p.service(), p.organization(), owner, ReferralStatus.ON_HOLD,
                Urgency.HIGH, 1, "AWAITING_ARRIVAL", port, from, to, Instant.now());
    }

    /** A day far enough ahead, and different per test, that no other test's return opens on it. */
    private static LocalDate someDay() {
        return LocalDate.now(org.setu.notification.domain.Labels.BANGLADESH).plusDays(60 + ThreadLocalRandom.current().nextInt(3_000));
    }

    /** Ten in the morning, Dhaka time, on {@code day}. */
    private static Instant dhaka(LocalDate day) {
        return day.atTime(LocalTime.of(10, 0)).atZone(org.setu.notification.domain.Labels.BANGLADESH).toInstant();
    }

    private static List<MimeMessage> mailsTo(Agency a) {
        return EmailNotificationTest.mailsTo(a.email());
    }

    private List<String> smsTo(String phone) {
        return AgencyChannels.smsTo(json, phone);
    }


    /** A day as the notices write it. */
    static final class Labels {
        static String en(LocalDate d) {
            return org.setu.notification.domain.Labels.day(d, "en");
        }

        static String bn(LocalDate d) {
            return org.setu.notification.domain.Labels.day(d, "bn");
        }
    }
}
