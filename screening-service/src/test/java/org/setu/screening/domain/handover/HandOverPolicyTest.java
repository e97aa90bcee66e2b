package org.setu.screening.domain.handover;

import org.junit.jupiter.api.Test;
import org.setu.screening.domain.abroad.AgencyLocation;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class HandOverPolicyTest {

    static final AgencyLocation RIYADH = new AgencyLocation("SA", "Riyadh");
    static final AgencyLocation KOLKATA = new AgencyLocation("IN", "Kolkata");
    static final AgencyLocation JASHORE = AgencyLocation.IN_BANGLADESH;

    @Test
    void aCaseFromRiyadhToJashoreCrossesABorderAndOneWithinBangladeshDoesNot() {
        assertThat(HandOverPolicy.crossesBorder(RIYADH, JASHORE)).isTrue();
        assertThat(HandOverPolicy.crossesBorder(KOLKATA, RIYADH)).isTrue();
        assertThat(HandOverPolicy.crossesBorder(JASHORE, new AgencyLocation("BD", "Khulna"))).isFalse();
    }

    @Test
    void onlyAnExplicitYesLetsACaseCrossTheBorder() {
        assertThat(HandOverPolicy.consentAllows(true, Boolean.TRUE)).isTrue();
        assertThat(HandOverPolicy.consentAllows(true, Boolean.FALSE)).isFalse();
        assertThat(HandOverPolicy.consentAllows(true, null)).as("never asked is not a yes").isFalse();
        assertThat(HandOverPolicy.consentAllows(false, null)).as("within one country").isTrue();
    }

    @Test
    void aCaseIsHandedToAnotherAgencyNeverToItsOwner() {
        UUID owner = UUID.randomUUID();
        assertThat(HandOverPolicy.goesElsewhere(owner, owner)).isFalse();
        assertThat(HandOverPolicy.goesElsewhere(owner, UUID.randomUUID())).isTrue();
    }

    @Test
    void onlyAProposalStillOpenIsAnswered() {
        assertThat(HandOverPolicy.isOpen(HandOverStatus.PROPOSED)).isTrue();
        for (HandOverStatus settled : new HandOverStatus[]{HandOverStatus.ACCEPTED, HandOverStatus.DECLINED, HandOverStatus.WITHDRAWN}) {
            assertThat(HandOverPolicy.isOpen(settled)).as(settled.name()).isFalse();
        }
    }
}
