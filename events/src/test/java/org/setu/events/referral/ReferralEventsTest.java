package org.setu.events.referral;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.setu.events.EventCatalog;
import org.setu.events.vocabulary.ReferralStatus;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Urgency;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A producer names the status a transition leads to; the factory picks the record, which carries what was given. */
class ReferralEventsTest {

    private static final ReferralEvents.Shared REFERRAL = new ReferralEvents.Shared(UUID.randomUUID(), UUID.randomUUID(),
            "BD-DHK-2026-000001", ServiceCategory.SHELTER, UUID.randomUUID(), Urgency.HIGH);
    private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");

    @ParameterizedTest
    @EnumSource(value = ReferralStatus.class, names = {"PROPOSED", "ON_HOLD"}, mode = EnumSource.Mode.EXCLUDE)
    void eachStatusOfATransitionGivesTheEventWhoseTypeNamesIt(ReferralStatus status) {
        UUID service = UUID.randomUUID();
        UUID organization = UUID.randomUUID();
        ReferralEvent e = ReferralEvents.transitionTo(status, REFERRAL, service, organization, null, 2, "NO_CAPACITY", AT);
        assertThat(e.status()).isEqualTo(status);
        assertThat(EventCatalog.forPayload(e).type().event())
                .isEqualTo(status == ReferralStatus.IN_PROGRESS ? "started" : status.name().toLowerCase());
        assertThat(e.referralId()).isEqualTo(REFERRAL.referralId());
        assertThat(e.caseRef()).isEqualTo(REFERRAL.caseRef());
        assertThat(e.serviceId()).isEqualTo(service);
        assertThat(e.organizationId()).isEqualTo(organization);
        assertThat(e.attempt()).isEqualTo(2);
        assertThat(e.reasonCode()).isEqualTo("NO_CAPACITY");
        assertThat(e.occurredAt()).isEqualTo(AT);
    }

    @Test
    void aProposalIsAnnouncedByCreatedAndHasNoEventOfItsOwn() {
        assertThatThrownBy(() -> ReferralEvents.transitionTo(ReferralStatus.PROPOSED, REFERRAL, null, null, null, 1, null, AT))
                .isInstanceOf(IllegalArgumentException.class);
        ReferralCreated created = ReferralEvents.created(REFERRAL, ReferralStatus.PROPOSED, UUID.randomUUID(),
                UUID.randomUUID(), null, 1, null, AT);
        assertThat(created.status()).isEqualTo(ReferralStatus.PROPOSED);
        assertThat(created.urgency()).isEqualTo(Urgency.HIGH);
    }

    @Test
    void aReferralHeldForAnArrivalNamesThePortAndWindowButNeverTheCaseReference() {
        assertThatThrownBy(() -> ReferralEvents.transitionTo(ReferralStatus.ON_HOLD, REFERRAL, null, null, null, 1, null, AT))
                .isInstanceOf(IllegalArgumentException.class);
        UUID service = UUID.randomUUID();
        ReferralHeld held = ReferralEvents.held(REFERRAL, service, UUID.randomUUID(), 1, "AWAITING_ARRIVAL", "DAC",
                java.time.LocalDate.of(2026, 3, 9), java.time.LocalDate.of(2026, 3, 14), AT);
        assertThat(held.status()).isEqualTo(ReferralStatus.ON_HOLD);
        assertThat(EventCatalog.forPayload(held).type().event()).isEqualTo("held");
        assertThat(held.caseRef()).isNull();
        assertThat(held.dueAt()).isNull();
        assertThat(held.serviceId()).isEqualTo(service);
        assertThat(held.portOfEntry()).isEqualTo("DAC");
    }
}
