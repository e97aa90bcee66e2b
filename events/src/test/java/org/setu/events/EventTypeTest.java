package org.setu.events;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventTypeTest {

    @Test
    void aReferralEventTypeNamesItsAreaEventAndVersion() {
        EventType accepted = EventType.parse("setu.referral.accepted.v1");

        assertThat(accepted).isEqualTo(new EventType("referral", "accepted", 1));
        assertThat(accepted.topic()).isEqualTo(Topics.REFERRAL);
        assertThat(accepted.source()).isEqualTo("/referral-service");
        assertThat(accepted).hasToString("setu.referral.accepted.v1");
    }

    @Test
    void aHyphenatedEventKeepsItsHyphens() {
        EventType consent = EventType.parse("setu.screening.consent-changed.v2");

        assertThat(consent.event()).isEqualTo("consent-changed");
        assertThat(consent.version()).isEqualTo(2);
        assertThat(consent.topic()).isEqualTo(Topics.SCREENING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"referral.accepted.v1", "setu.referral.accepted", "setu.referral.accepted.v0",
            "setu.Referral.accepted.v1", "setu.referral.accepted_v1.v1", ""})
    void anythingElseIsRejectedWithTheExpectedShapeInTheMessage(String type) {
        assertThatThrownBy(() -> EventType.parse(type))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("setu.<area>.<event>.v<N>");
    }

    @Test
    void everyTopicHasADeadLetterNameOfItsConsumerAndTheDirectoryIsCompacted() {
        assertThat(Topics.ALL).contains("setu.screening-service.dlq", "setu.referral-service.dlq",
                "setu.notification-service.dlq", "setu.statistics-service.dlq");
        assertThat(Topics.COMPACTED).containsExactly(Topics.DIRECTORY);
        assertThatThrownBy(() -> Topics.deadLetter("Referral Service")).isInstanceOf(IllegalArgumentException.class);
    }
}
