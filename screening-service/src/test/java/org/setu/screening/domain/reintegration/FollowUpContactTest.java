package org.setu.screening.domain.reintegration;

import org.junit.jupiter.api.Test;
import org.setu.events.text.Reason;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FollowUpContactTest {

    static final LocalDate DUE = LocalDate.of(2027, 3, 1);

    @Test
    void threeUnansweredAttemptsInARowLetTheCaseWorkerCloseTheCaseAsLostContact() {
        assertThat(ContactPolicy.lostContact(List.of(true, false, false, false), 3).holds()).isTrue();
    }

    @Test
    void aPersonReachedBetweenTheAttemptsStartsTheCountAgain() {
        assertThat(ContactPolicy.lostContact(List.of(false, false, true, false, false), 3).holds()).isFalse();
        assertThat(ContactPolicy.lostContact(List.of(), 3).holds()).isFalse();
    }

    @Test
    void theVerdictSaysHowManyAttemptsWentUnansweredAndHowManyAreNeeded() {
        Reason why = ContactPolicy.lostContact(List.of(false, false), 3).reason();
        assertThat(why.code()).isEqualTo("contact.unanswered");
        assertThat(why.args()).containsExactly(Reason.value(2), Reason.value(3));
    }

    @Test
    void aFollowUpWithinTwoWeeksOfItsDayIsOnTimeAndOneAfterThatIsLate() {
        assertThat(FollowUpTiming.onTime(DUE, DUE.minusDays(14), 14)).isTrue();
        assertThat(FollowUpTiming.onTime(DUE, DUE.plusDays(14), 14)).isTrue();
        assertThat(FollowUpTiming.onTime(DUE, DUE.plusDays(15), 14)).isFalse();
        assertThat(FollowUpTiming.onTime(DUE, DUE.minusDays(15), 14)).isFalse();
    }

    @Test
    void aDayIsOverdueOnceItsWindowHasPassedWithNoFollowUpAnsweringIt() {
        LocalDate later = DUE.plusMonths(3);
        assertThat(FollowUpTiming.overdue(List.of(later, DUE), List.of(), DUE.plusDays(15), 14)).containsExactly(DUE);
        assertThat(FollowUpTiming.overdue(List.of(DUE), List.of(), DUE.plusDays(14), 14)).isEmpty();
        assertThat(FollowUpTiming.overdue(List.of(DUE), List.of(DUE), DUE.plusDays(60), 14)).isEmpty();
    }
}
