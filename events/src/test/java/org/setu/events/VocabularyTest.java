package org.setu.events;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.setu.events.referral.ReferralAccepted;
import org.setu.events.vocabulary.AgeBand;
import org.setu.events.vocabulary.Classification;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Urgency;
import org.setu.events.vocabulary.VictimCategory;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.setu.events.vocabulary.ReferralStatus.SENT;

class VocabularyTest {

    @ParameterizedTest
    @CsvSource({"0, CHILD_0_11", "11, CHILD_0_11", "12, CHILD_12_17", "17, CHILD_12_17", "18, ADULT_18_24",
            "24, ADULT_18_24", "25, ADULT_25_39", "40, ADULT_40_59", "59, ADULT_40_59", "60, ADULT_60_PLUS", "97, ADULT_60_PLUS"})
    void anAgeFallsInExactlyOneBand(int age, AgeBand band) {
        assertThat(AgeBand.of(age)).isEqualTo(band);
    }

    @Test
    void aPersonUnder18IsAChildForThePalermoRule() {
        assertThat(AgeBand.of(17).isChild()).isTrue();
        assertThat(AgeBand.of(18).isChild()).isFalse();
        assertThat(AgeBand.UNKNOWN.isChild()).isFalse();
        assertThat(AgeBand.ADULT_60_PLUS.maxAge()).isEmpty();
    }

    @Test
    void aPossibleVictimIsServedAsATraffickingVictimWhileTheFullAssessmentRuns() {
        assertThat(VictimCategory.of(Classification.POSSIBLE_TRAFFICKING_VICTIM)).contains(VictimCategory.TRAFFICKING_VICTIM);
        assertThat(VictimCategory.of(Classification.PRESUMED_TRAFFICKING_VICTIM)).contains(VictimCategory.TRAFFICKING_VICTIM);
        assertThat(VictimCategory.of(Classification.NO_PROTECTION_NEED)).isEmpty();
    }

    @Test
    void urgencyGivesTheProviderItsTimeToAnswer() {
        assertThat(Urgency.IMMEDIATE.responseTime()).isEqualTo(Duration.ofHours(24));
        assertThat(Urgency.HIGH.responseTime()).isEqualTo(Duration.ofHours(72));
        assertThat(Urgency.ROUTINE.responseTime()).isEqualTo(Duration.ofDays(14));
        assertThat(ServiceCategory.values()).hasSize(13);
    }

    @Test
    void anAcceptedEventCannotBeBuiltWithAnotherStatus() {
        UUID id = UUID.randomUUID();
        assertThatThrownBy(() -> new ReferralAccepted(id, id, "BD-7K3F-9Q2M", ServiceCategory.SHELTER, id, id, id,
                SENT, Urgency.HIGH, null, 1, null, Instant.now()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ACCEPTED");
    }
}
