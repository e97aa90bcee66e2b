package org.setu.notification.domain;

import org.junit.jupiter.api.Test;
import org.setu.events.screening.FollowUpReminder;
import org.setu.events.screening.FollowUpReminder.ReminderKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FollowUpFactsTest {

    @Test
    void aReminderKeepsTheCaseTheAgencyTheDayAndItsKind() {
        UUID caseId = UUID.randomUUID();
        UUID agency = UUID.randomUUID();
        FollowUpFacts f = FollowUpFacts.of(new FollowUpReminder(caseId, "BD-7K3F-9Q2M", agency, LocalDate.of(2026, 12, 10),
                ReminderKind.OVERDUE, Instant.parse("2026-12-24T18:00:00Z")));
        assertThat(f.caseId()).isEqualTo(caseId);
        assertThat(f.agencyId()).isEqualTo(agency);
        assertThat(f.overdue()).isTrue();
        assertThat(FollowUpFacts.EVENT_TYPE).isEqualTo("setu.screening.follow-up-reminder.v1");
    }

    @Test
    void aReminderThatNamesNoAgencyCannotBeToldToAnyoneAndIsRefusedNamingTheFieldOnly() {
        assertThatThrownBy(() -> FollowUpFacts.of(new FollowUpReminder(UUID.randomUUID(), "BD-7K3F-9Q2M", null,
                LocalDate.of(2026, 12, 10), ReminderKind.DUE_SOON, Instant.now())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unreadable setu.screening.follow-up-reminder.v1 event: no agencyId");
        assertThatThrownBy(() -> FollowUpFacts.of(new FollowUpReminder(UUID.randomUUID(), " ", UUID.randomUUID(),
                LocalDate.of(2026, 12, 10), ReminderKind.DUE_SOON, Instant.now())))
                .hasMessageEndingWith("no caseRef");
    }
}
