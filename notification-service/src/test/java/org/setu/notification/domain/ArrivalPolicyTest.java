package org.setu.notification.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.setu.events.notification.Channel;
import org.setu.events.notification.RecipientKind;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.notification.domain.ArrivalPolicy.Audience;
import org.setu.notification.domain.ArrivalPolicy.Held;
import org.setu.notification.domain.ArrivalPolicy.KeptReturn;
import org.setu.notification.domain.ArrivalPolicy.Reach;
import org.setu.notification.domain.ArrivalPolicy.Told;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ArrivalPolicyTest {

    private static final LocalDate FROM = LocalDate.of(2026, 12, 9);
    private static final LocalDate TO = LocalDate.of(2026, 12, 14);

    private final UUID caseId = UUID.randomUUID();
    private final UUID owner = UUID.randomUUID();
    private final UUID desk = UUID.randomUUID();
    private final UUID otherDesk = UUID.randomUUID();
    private final UUID deskEmail = UUID.randomUUID();
    private final UUID ownerSms = UUID.randomUUID();
    private final UUID shelter = UUID.randomUUID();
    private final UUID shelterNgo = UUID.randomUUID();
    private final Coordinators coordinators = new Coordinators(List.of("nrm@gov.test"), List.of("+8801700000000"), "bn");

    private KeptReturn kept(String status) {
        return new KeptReturn(caseId, owner, 3, "DAC", FROM, TO, status);
    }

    private Audience audience() {
        var deskChannel = new AgencyChannel(deskEmail, desk, Channel.EMAIL, Set.of("setu.referral.accepted.v1"), "bn", true);
        var otherDesksService = new DirectoryContact(UUID.randomUUID(), otherDesk, 1, "Focal@Land.test", null, null, false);
        var ownerChannel = new AgencyChannel(ownerSms, owner, Channel.SMS, Set.of("setu.referral.declined.v1"), "en", true);
        return new Audience(List.of(new Reach(desk, List.of(deskChannel), List.of()),
                new Reach(otherDesk, List.of(), List.of(otherDesksService))),
                new Reach(owner, List.of(ownerChannel), List.of()),
                List.of(new Held(UUID.randomUUID(), shelter, shelterNgo, ServiceCategory.SHELTER)), coordinators, true, "en");
    }

    private static List<String> who(List<Told> told) {
        return told.stream().map(t -> t.recipient().kind() + " " + t.recipient().channel() + " " + t.recipient().ref()).toList();
    }

    @Test
    void aPlanIsToldToEveryDeskAtThePortOnItsOwnChannelsOrItsDirectoryContactAndToNobodyElse() {
        assertThat(who(ArrivalPolicy.recipients(ArrivalNotice.PLANNED, audience()))).containsExactly(
                "SERVICE_CONTACT EMAIL subscription:" + deskEmail, "SERVICE_CONTACT EMAIL mailto:focal@land.test");
    }

    @Test
    void aHeldReferralIsToldToItsServicesFocalPointByEmailAndSmsAsItsProvidersAgency() {
        List<Told> told = ArrivalPolicy.recipients(ArrivalNotice.HELD, audience());
        assertThat(who(told)).containsExactly("SERVICE_CONTACT EMAIL service:" + shelter, "SERVICE_CONTACT SMS service:" + shelter);
        assertThat(told).allSatisfy(t -> {
            assertThat(t.agency()).isEqualTo(shelterNgo);
            assertThat(t.held().category()).isEqualTo(ServiceCategory.SHELTER);
        });
    }

    @Test
    void theDayBeforeRemindsTheDesksAndTheProvidersHoldingReferralsButNotTheOwner() {
        assertThat(who(ArrivalPolicy.recipients(ArrivalNotice.REMINDER, audience()))).containsExactly(
                "SERVICE_CONTACT EMAIL subscription:" + deskEmail, "SERVICE_CONTACT EMAIL mailto:focal@land.test",
                "SERVICE_CONTACT EMAIL service:" + shelter, "SERVICE_CONTACT SMS service:" + shelter);
    }

    @Test
    void anArrivalIsToldToTheAgencyThatOwnsTheCaseOnly() {
        assertThat(who(ArrivalPolicy.recipients(ArrivalNotice.ARRIVED, audience())))
                .containsExactly("REFERRING_AGENCY SMS subscription:" + ownerSms);
    }

    @Test
    void aMissedReturnIsToldToTheOwnerTheDesksAndTheCoordinatorsAsAnEscalation() {
        assertThat(who(ArrivalPolicy.recipients(ArrivalNotice.MISSED, audience()))).containsExactly(
                "REFERRING_AGENCY SMS subscription:" + ownerSms,
                "SERVICE_CONTACT EMAIL subscription:" + deskEmail, "SERVICE_CONTACT EMAIL mailto:focal@land.test",
                "NRM_COORDINATOR EMAIL mailto:nrm@gov.test", "NRM_COORDINATOR SMS tel:+8801700000000");
    }

    @Test
    void anOwnerThatIsAlsoTheDeskIsToldOnceAsTheOwnerSoItReadsItsReference() {
        var shared = new AgencyChannel(UUID.randomUUID(), owner, Channel.EMAIL, Set.of(), "en", true);
        var a = new Audience(List.of(new Reach(owner, List.of(shared), List.of())), new Reach(owner, List.of(shared), List.of()),
                List.of(), coordinators, false, "en");
        assertThat(ArrivalPolicy.recipients(ArrivalNotice.MISSED, a)).extracting(t -> t.recipient().kind())
                .containsExactly(RecipientKind.REFERRING_AGENCY, RecipientKind.NRM_COORDINATOR);
    }

    @Test
    void onlyTheOwnerAndTheCoordinatorsReadTheCaseReference() {
        var facts = new ArrivalFacts(ArrivalNotice.MISSED, caseId, null, "BD-7K3F-9Q2M", owner, "DAC", FROM, TO, null, null,
                null, Instant.now());
        assertThat(facts.toldTo(RecipientKind.REFERRING_AGENCY).caseRef()).isEqualTo("BD-7K3F-9Q2M");
        assertThat(facts.toldTo(RecipientKind.NRM_COORDINATOR).caseRef()).isEqualTo("BD-7K3F-9Q2M");
        assertThat(facts.toldTo(RecipientKind.SERVICE_CONTACT).caseRef()).isNull();
        assertThat(facts.toldTo(RecipientKind.SUBSCRIBER).caseRef()).isNull();
    }

    @ParameterizedTest(name = "kept {0} v3, then v{1} at {2} {3}..{4}: applied {5}, desks told {6}")
    @CsvSource({
            "PLANNED,   4, DAC,      2026-12-09, 2026-12-14, true,  false",   // a new version, same port and window
            "PLANNED,   4, DAC,      2026-12-10, 2026-12-14, true,  true",    // the window moved
            "PLANNED,   4, BENAPOLE, 2026-12-09, 2026-12-14, true,  true",    // the port changed
            "PLANNED,   3, DAC,      2026-12-10, 2026-12-14, false, true",    // an equal version read late changes nothing
            "PLANNED,   2, DAC,      2026-12-10, 2026-12-14, false, true",    // an older one neither
            "CANCELLED, 1, DAC,      2026-12-09, 2026-12-14, true,  true",    // a new plan after a cancellation starts again
            "MISSED,    4, DAC,      2026-12-20, 2026-12-22, true,  true",    // planned again after a missed return
            "ARRIVED,   4, DAC,      2026-12-09, 2026-12-14, true,  true"})
    void aPlanIsKeptWhenNewerAndTheDesksAreToldOfANewPlanOrAMovedPortOrWindow(String status, long version, String port,
                                                                                  LocalDate from, LocalDate to,
                                                                                  boolean applies, boolean tell) {
        assertThat(ArrivalPolicy.planApplies(kept(status), version)).isEqualTo(applies);
        assertThat(ArrivalPolicy.whyTellTheDesks(kept(status), port, from, to).isPresent()).isEqualTo(tell);
    }

    @Test
    void aFirstPlanIsKeptAndToldToTheDesks() {
        assertThat(ArrivalPolicy.planApplies(null, 1)).isTrue();
        assertThat(ArrivalPolicy.whyTellTheDesks(null, "DAC", FROM, TO)).contains("a return was planned at this port");
    }

    @ParameterizedTest(name = "{0} on {1}: remind {2}")
    @CsvSource({"PLANNED, 2026-12-08, true", "PLANNED, 2026-12-07, false", "PLANNED, 2026-12-09, false",
            "CANCELLED, 2026-12-08, false", "ARRIVED, 2026-12-08, false", "MISSED, 2026-12-08, false"})
    void theReminderGoesOnTheDhakaDayBeforeTheWindowOpensForAReturnStillAwaited(String status, LocalDate today, boolean remind) {
        assertThat(ArrivalPolicy.remindToday(kept(status), today)).isEqualTo(remind);
    }
}
