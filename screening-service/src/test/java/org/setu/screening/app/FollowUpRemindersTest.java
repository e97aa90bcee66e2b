package org.setu.screening.app;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.setu.events.Topics;
import org.setu.events.screening.AdminArea;
import org.setu.events.screening.ClosureReason;
import org.setu.events.screening.Consent;
import org.setu.events.screening.ErasureReason;
import org.setu.events.screening.ScreeningContext;
import org.setu.events.screening.ShareLevel;
import org.setu.events.testing.SchemaValidator;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Sex;
import org.setu.kit.security.Caller;
import org.setu.screening.Requests;
import org.setu.screening.domain.PersonDetails;
import org.setu.screening.domain.reintegration.ContactChannel;
import org.setu.screening.domain.reintegration.ReintegrationPlan;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.setu.devstack.testing.TopicReader.json;
import static org.setu.devstack.testing.TopicReader.ofKey;
import static org.setu.devstack.testing.TopicReader.value;

/**
 * Reminders of a plan's follow-up days: the days due soon and overdue are announced once each, to the case's agency,
 * with the case reference and the day and nothing of the person; a day the person was reached on, a closed case and
 * an erased case are announced no more.
 */
@QuarkusTest
class FollowUpRemindersTest {

    static final ZoneId DHAKA = ZoneId.of("Asia/Dhaka");
    static final String TYPE = "setu.screening.follow-up-reminder.v1";
    static final AtomicInteger PERSONS = new AtomicInteger();
    static final Caller CASE_WORKER = new Caller("sub-cw", "caseworker", Set.of("case-worker"),
            Optional.of(UUID.fromString(Requests.DHAKA_NGO)));

    @Inject
    FollowUpReminders reminders;
    @Inject
    ScreeningService screenings;
    @Inject
    PlanService plans;
    @Inject
    FollowUpService followUps;
    @Inject
    CaseService cases;
    @Inject
    DataSource dataSource;

    @Test
    void anOverdueDayAndOneComingUpAreEachAnnouncedOnceToTheCasesAgencyWithoutPersonalData() throws SQLException {
        LocalDate today = LocalDate.now(DHAKA);
        Screened s = plannedCase("Reminda", List.of(today.minusDays(20), today.plusDays(2), today.plusMonths(3)));

        reminders.announceDue(Instant.now());
        reminders.announceDue(Instant.now());

        var events = ofKey(Topics.SCREENING, s.caseId(), TYPE, 2);
        assertThat(events).extracting(r -> json(r).get("kind").asText()).containsExactly("OVERDUE", "DUE_SOON");
        assertThat(events).extracting(r -> json(r).get("dueOn").asText())
                .containsExactly(today.minusDays(20).toString(), today.plusDays(2).toString());
        for (var r : events) {
            SchemaValidator.requireValid(TYPE, value(r));
            assertThat(json(r).get("agencyId").asText()).isEqualTo(Requests.DHAKA_NGO);
            assertThat(json(r).get("caseRef").asText()).isEqualTo(s.caseRef());
            assertThat(value(r)).doesNotContain("Reminda").doesNotContain("Shibpur").doesNotContain("17116");
        }
        assertThat(announcements(s.caseId())).as("announced once, however often the job runs").isEqualTo(2);
    }

    @Test
    void aDayDueSoonIsAnnouncedAgainAsOverdueWhenItsWindowClosesUnanswered() throws SQLException {
        LocalDate today = LocalDate.now(DHAKA);
        Screened s = plannedCase("Latifa", List.of(today.plusDays(1)));
        reminders.announceDue(Instant.now());
        assertThat(kinds(s.caseId())).containsExactly("DUE_SOON");

        reminders.announceDue(Instant.now().plus(Duration.ofDays(16)));

        assertThat(kinds(s.caseId())).containsExactlyInAnyOrder("DUE_SOON", "OVERDUE");
        assertThat(ofKey(Topics.SCREENING, s.caseId(), TYPE, 2)).extracting(r -> json(r).get("kind").asText())
                .containsExactly("DUE_SOON", "OVERDUE");
    }

    @Test
    void anAttemptThatDidNotReachThePersonLeavesItsDayOverdueAndAClosedCasesDaysAreNotAnnounced() throws SQLException {
        LocalDate today = LocalDate.now(DHAKA);
        Screened reached = plannedCase("Pouchhano", List.of(today.minusDays(20)));
        Screened closed = plannedCase("Bondho", List.of(today.minusDays(20)));
        followUps.record(reached.caseId(), new FollowUpService.NewFollowUp(today.minusDays(20), Instant.now(),
                ContactChannel.PHONE, false, null, null, null, null), CASE_WORKER, "en");
        cases.close(closed.caseId(), ClosureReason.MOVED_WITHIN_COUNTRY, CASE_WORKER);

        reminders.announceDue(Instant.now());

        assertThat(kinds(reached.caseId())).as("an attempt that did not reach her leaves the day waiting").containsExactly("OVERDUE");
        assertThat(kinds(closed.caseId())).as("a closed case").isEmpty();
    }

    @Test
    void anErasedCaseKeepsNoReminders() throws SQLException {
        LocalDate today = LocalDate.now(DHAKA);
        Screened s = plannedCase("Muchhe", List.of(today.minusDays(20)));
        reminders.announceDue(Instant.now());
        assertThat(kinds(s.caseId())).containsExactly("OVERDUE");

        cases.erase(s.caseId(), ErasureReason.PERSON_REQUEST, new Caller("sub-co", "coordinator",
                Set.of("nrm-coordinator"), Optional.empty()));

        assertThat(announcements(s.caseId())).isZero();
    }

    private Screened plannedCase(String givenName, List<LocalDate> days) {
        int n = PERSONS.incrementAndGet();
        PersonInput person = new PersonInput(new PersonDetails(givenName, "Khatun", LocalDate.of(1997, 4, 5), null,
                "+88017116" + String.format("%05d", n), null, "Village Shibpur, Jashore", null), Sex.FEMALE, "BD",
                List.of("bn"), new AdminArea(null, "BD-4041", null));
        Screened s = screenings.submit(new NewScreening("setu-core", 1, ScreeningContext.AIRPORT_RETURNEE,
                new AdminArea("BD-30", "BD-3026", null), person, Requests.trafficked(),
                new Consent(List.of(ServiceCategory.SHELTER), ShareLevel.BASIC)), CASE_WORKER);
        plans.write(s.caseId(), CASE_WORKER, List.of(new ReintegrationPlan.Goal("economic", "A stall at the bazar", List.of())),
                LocalDate.now(DHAKA).minusMonths(1), days, null);
        return s;
    }

    private long announcements(UUID caseId) throws SQLException {
        return kinds(caseId).size();
    }

    private List<String> kinds(UUID caseId) throws SQLException {
        List<String> out = new java.util.ArrayList<>();
        try (var c = dataSource.getConnection();
             var st = c.prepareStatement("SELECT kind FROM follow_up_reminder WHERE case_id = ? ORDER BY announced_at, kind")) {
            st.setObject(1, caseId);
            try (var rs = st.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1));
            }
        }
        return out;
    }
}
