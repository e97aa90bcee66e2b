package org.setu.notification.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ErasurePolicyTest {

    @ParameterizedTest(name = "reason {0}, in the tombstone {1}: gone {2}")
    @CsvSource({
            "CONSENT_WITHDRAWN, true, true",     // the erasure event came first
            "CASE_ERASED, false, true",          // the erasure's own cancellation overtook the erasure event
            "CONSENT_WITHDRAWN, false, false",
            ", false, false"})
    void aCaseIsGoneOnceItsErasureIsKnownByEitherWay(String reason, boolean inTombstone, boolean gone) {
        assertThat(ErasurePolicy.caseIsGone(reason, inTombstone)).isEqualTo(gone);
    }
}
