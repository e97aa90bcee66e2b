package org.setu.screening.domain.reintegration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.setu.events.screening.FollowUpReminder.ReminderKind;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ReminderPolicyTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    /** Three days' notice, a window of fourteen days either side of the day. */
    @ParameterizedTest(name = "a day {0} days from today calls for {1}")
    @CsvSource({
            "30,  NONE",
            "4,   NONE",
            "3,   DUE_SOON",
            "0,   DUE_SOON",
            "-14, DUE_SOON",
            "-15, OVERDUE",
            "-200, OVERDUE",
    })
    void aDayIsDueSoonWithinItsNoticeAndOverdueOnceItsWindowHasClosed(int fromToday, String expected) {
        var reminder = ReminderPolicy.reminderFor(TODAY.plusDays(fromToday), TODAY, 3, 14);
        assertThat(reminder.map(ReminderKind::name).orElse("NONE")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "window {0}: overdue before {1}")
    @CsvSource({"14, 2026-11-23", "0, 2026-12-07"})
    void theOverdueDaysAreThoseBeforeTheWindowLooksBack(int window, String before) {
        assertThat(ReminderPolicy.overdueBefore(TODAY, window)).isEqualTo(LocalDate.parse(before));
        LocalDate firstOverdue = LocalDate.parse(before).minusDays(1);
        assertThat(ReminderPolicy.reminderFor(firstOverdue, TODAY, 3, window)).contains(ReminderKind.OVERDUE);
    }
}
