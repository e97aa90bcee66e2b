package org.setu.screening.domain;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class CaseReferenceTest {

    private final Random random = new Random(7);

    @RepeatedTest(20)
    void aNewReferenceIsShortReadableAndKeepsToTheEventSchema() {
        String ref = CaseReference.next(random);
        assertThat(ref).matches("^[A-Z]{2}-[0-9A-Z]{4}-[0-9A-Z]{4}$").doesNotContain("0", "O", "1", "I", "L", "U");
        assertThat(CaseReference.parse(ref)).contains(ref);
    }

    @Test
    void aReferenceTypedInLowerCaseWithSpacesIsUnderstood() {
        String ref = CaseReference.next(random);
        assertThat(CaseReference.parse(" " + ref.toLowerCase().replace("-", " ") + " ")).contains(ref);
    }

    @Test
    void everySingleMistypedCharacterIsRefusedRatherThanFindingAnotherCase() {
        for (int n = 0; n < 50; n++) {
            String ref = CaseReference.next(random);
            String body = ref.substring(3).replace("-", "");
            for (int i = 0; i < body.length(); i++) {
                for (char c : CaseReference.ALPHABET.toCharArray()) {
                    if (c == body.charAt(i)) continue;
                    String typo = "BD" + body.substring(0, i) + c + body.substring(i + 1);
                    assertThat(CaseReference.parse(typo)).as(typo).isEmpty();
                }
            }
        }
    }

    @Test
    void somethingThatIsNotAReferenceIsRefused() {
        assertThat(CaseReference.parse("BD-7K3F")).isEmpty();
        assertThat(CaseReference.parse("XX-7K3F-9Q2M")).isEmpty();
        assertThat(CaseReference.parse(null)).isEmpty();
    }
}
