package org.setu.screening.domain.repatriation;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ArrivalPolicyTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 8);

    @Test
    void theDeskSeesAReturnWhoseWindowMeetsTheComingDaysAndNoOther() {
        assertThat(ArrivalPolicy.onTheList(ReturnStatus.PLANNED, TODAY.minusDays(3), TODAY, TODAY, 3)).as("ends today").isTrue();
        assertThat(ArrivalPolicy.onTheList(ReturnStatus.PLANNED, TODAY.plusDays(2), TODAY.plusDays(9), TODAY, 3))
                .as("opens on the last day looked at").isTrue();
        assertThat(ArrivalPolicy.onTheList(ReturnStatus.PLANNED, TODAY.plusDays(3), TODAY.plusDays(9), TODAY, 3))
                .as("opens the day after").isFalse();
        assertThat(ArrivalPolicy.onTheList(ReturnStatus.PLANNED, TODAY.minusDays(5), TODAY.minusDays(1), TODAY, 3))
                .as("ended yesterday").isFalse();
        assertThat(ArrivalPolicy.onTheList(ReturnStatus.ARRIVED, TODAY, TODAY, TODAY, 3)).as("already met").isFalse();
        assertThat(ArrivalPolicy.onTheList(ReturnStatus.MISSED, TODAY, TODAY, TODAY, 3)).as("already missed").isFalse();
    }

    @Test
    void anArrivalIsDatedTodayOrUpToAWeekBackButNeverAhead() {
        assertThat(ArrivalPolicy.whyNotArrivedOn(TODAY, TODAY)).isEmpty();
        assertThat(ArrivalPolicy.whyNotArrivedOn(TODAY.minusDays(7), TODAY)).isEmpty();
        assertThat(ArrivalPolicy.whyNotArrivedOn(TODAY.minusDays(8), TODAY)).contains("may be at most 7 days ago");
        assertThat(ArrivalPolicy.whyNotArrivedOn(TODAY.plusDays(1), TODAY)).contains("must not be in the future");
    }

    @Test
    void aNoShowWaitsForTheWindowToOpen() {
        assertThat(ArrivalPolicy.noShowCanBeReported(TODAY.plusDays(1), TODAY)).isFalse();
        assertThat(ArrivalPolicy.noShowCanBeReported(TODAY, TODAY)).isTrue();
        assertThat(ArrivalPolicy.noShowCanBeReported(TODAY.minusDays(4), TODAY)).isTrue();
    }

    @Test
    void aWindowIsMissedOnlyTheDayAfterItEndsAndOnlyIfStillAwaited() {
        assertThat(ArrivalPolicy.windowPassed(ReturnStatus.PLANNED, TODAY, TODAY)).as("its last day").isFalse();
        assertThat(ArrivalPolicy.windowPassed(ReturnStatus.PLANNED, TODAY.minusDays(1), TODAY)).isTrue();
        assertThat(ArrivalPolicy.windowPassed(ReturnStatus.ARRIVED, TODAY.minusDays(1), TODAY)).isFalse();
        assertThat(ArrivalPolicy.lastPassedDay(TODAY)).isEqualTo(TODAY.minusDays(1));
    }

    @Test
    void onlyAnAwaitedReturnIsSettled() {
        assertThat(ArrivalPolicy.isAwaited(ReturnStatus.PLANNED)).isTrue();
        assertThat(ArrivalPolicy.isAwaited(ReturnStatus.ARRIVED)).isFalse();
        assertThat(ArrivalPolicy.isAwaited(ReturnStatus.MISSED)).isFalse();
    }
}
