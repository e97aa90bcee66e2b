package org.setu.kit.api;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemTranslationTest {

    static final ProblemTranslation BANGLA = ProblemTranslation.bangla();

    @Test
    void aKnownSentenceIsTranslatedAndAPatternCarriesItsValuesOver() {
        assertThat(BANGLA.text("must be a UUID")).isEqualTo("একটি UUID হতে হবে");
        assertThat(BANGLA.text("must be one of SHELTER, MEDICAL")).isEqualTo("এগুলোর একটি হতে হবে: SHELTER, MEDICAL");
        assertThat(BANGLA.text("must be between 1 and 100")).isEqualTo("1 থেকে 100-এর মধ্যে হতে হবে");
        assertThat(BANGLA.text("approve is not allowed while the referral is SENT"))
                .isEqualTo("রেফারেলটি SENT অবস্থায় থাকলে approve করা যায় না");
        assertThat(BANGLA.text("must be between PT0S and P3650D")).as("an exact sentence before a pattern")
                .isEqualTo("PT0S থেকে P3650D-এর মধ্যে হতে হবে");
        assertThat(BANGLA.text("there is no instrument setu-core v7; see GET /api/v1/instruments")).as("two values")
                .isEqualTo("setu-core v7 নামে কোনো প্রশ্নমালা নেই; GET /api/v1/instruments দেখুন");
    }

    @Test
    void anUnknownSentenceStaysEnglishRatherThanBeingGuessed() {
        assertThat(BANGLA.text("the moon is not in the district")).isEqualTo("the moon is not in the district");
        assertThat(BANGLA.text(null)).isNull();
    }

    @Test
    void everyProblemTheKitWritesReadsInBangla() {
        List<Problem> kit = List.of(InputProblems.malformedJson(), InputProblems.invalid(List.of()), ProblemMappers.unauthenticated(),
                Problem.of(403, "forbidden", "Forbidden", "your role does not allow this action"),
                Problem.of(404, "not-found", "Not Found", "no such resource, or not visible to your agency"),
                Problem.of(409, "conflict", "Conflict", ConflictException.staleVersion("SENT", 4).getMessage()));
        for (Problem p : kit) {
            Problem bn = BANGLA.translate(p);
            assertThat(bn.title()).as(p.title()).isNotEqualTo(p.title()).doesNotContainPattern("[A-Za-z]{4,}");
            assertThat(bn.detail()).as(p.detail()).isNotEqualTo(p.detail());
            assertThat(bn.type()).isEqualTo(p.type());
            assertThat(bn.status()).isEqualTo(p.status());
        }
    }

    @Test
    void fieldNamesStayCodesWhileTheirMessagesAreTranslated() {
        Problem p = InputProblems.invalid(List.of(new Problem.FieldError("person.dateOfBirth", "must be a date (YYYY-MM-DD)")));
        Problem.FieldError e = BANGLA.translate(p).errors().get(0);
        assertThat(e.field()).isEqualTo("person.dateOfBirth");
        assertThat(e.message()).isEqualTo("একটি তারিখ (YYYY-MM-DD) হতে হবে");
    }

    @Test
    void theRequestsAcceptLanguageDecides() {
        assertThat(Languages.preferred("bn-BD,bn;q=0.9,en;q=0.8")).isEqualTo("bn");
        assertThat(Languages.preferred("en-GB,bn;q=0.5")).isEqualTo("en");
        assertThat(Languages.preferred("fr")).isEqualTo("en");
        assertThat(Languages.preferred("';--")).isEqualTo("en");
        assertThat(Languages.preferred(null)).isEqualTo("en");
    }
}
