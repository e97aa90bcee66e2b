package org.setu.kit;

import org.junit.jupiter.api.Test;
import org.setu.kit.security.Caller;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class CallerTest {

    private static final UUID AGENCY = UUID.fromString("5e7c1f3a-2b4d-4c6e-8f10-a1b2c3d4e501");
    private static final UUID OTHER_AGENCY = UUID.fromString("5e7c1f3a-2b4d-4c6e-8f10-a1b2c3d4e502");

    @Test
    void aCaseWorkerActsForHerOwnAgencyOnly() {
        Caller caseworker = new Caller("sub", "caseworker", Set.of("case-worker"), Optional.of(AGENCY));

        assertThat(caseworker.actsFor(AGENCY)).isTrue();
        assertThat(caseworker.actsFor(OTHER_AGENCY)).isFalse();
        assertThat(caseworker.hasRole("case-worker")).isTrue();
        assertThat(caseworker.hasRole("nrm-coordinator")).isFalse();
    }

    @Test
    void aCallerWithoutAnAgencyClaimActsForNoAgency() {
        Caller auditor = new Caller("sub", "auditor", Set.of("auditor"), Caller.agencyOf(null));

        assertThat(auditor.agencyId()).isEmpty();
        assertThat(auditor.actsFor(AGENCY)).isFalse();
    }

    @Test
    void anAgencyClaimThatIsNotAUuidCountsAsNoAgency() {
        assertThat(Caller.agencyOf("police-unit-7")).isEmpty();
        assertThat(Caller.agencyOf("\"" + AGENCY + "\"")).contains(AGENCY);
    }
}
