package org.setu.screening.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.setu.events.screening.ShareLevel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PersonPoliciesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        born 18 years ago today: an adult today          | 2008-04-02 | 2026-04-02 | 18 | false
        eighteen tomorrow: still a child today            | 2008-04-03 | 2026-04-02 | 17 | true
        """)
    void ageIsCountedInWholeYearsOnTheDayOfTheScreening(String sentence, LocalDate born, LocalDate screened, int age,
                                                       boolean child) {
        assertThat(AgePolicy.ageOn(screened, born, null)).isEqualTo(age);
        assertThat(AgePolicy.child(age, false).holds()).isEqualTo(child);
    }

    @Test
    void aDateOfBirthWinsOverTheWorkersEstimate() {
        assertThat(AgePolicy.ageOn(LocalDate.of(2026, 1, 1), LocalDate.of(2000, 1, 1), 15)).isEqualTo(26);
        assertThat(AgePolicy.ageOn(LocalDate.of(2026, 1, 1), null, 15)).isEqualTo(15);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        a phone written with the country code and spaces      | +880 1711-000000 | 01711000000
        a phone written with 00 instead of +                   | 00880 1711 000000 | 8801711000000
        """)
    void phoneNumbersWrittenDifferentlyFindEachOther(String sentence, String one, String other) {
        assertThat(Identifiers.phone(one)).isEqualTo(Identifiers.phone(other)).isPresent();
    }

    @Test
    void documentNumbersIgnoreCaseSpacesAndDashes() {
        assertThat(Identifiers.document("ab 123-4567")).isEqualTo(Identifiers.document("AB1234567")).contains("AB1234567");
        assertThat(Identifiers.document("  ")).isEmpty();
    }

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void aMatchingDocumentJoinsTheOldestCase() {
        UUID older = UUID.randomUUID(), newer = UUID.randomUUID();
        var match = DuplicatePolicy.existingCase(List.of(
                new DuplicatePolicy.Candidate(newer, T0.plusSeconds(60), true, false, true),
                new DuplicatePolicy.Candidate(older, T0, true, true, true)), true);
        assertThat(match).map(DuplicatePolicy.Match::caseId).contains(older);
    }

    @Test
    void aSharedPhoneDoesNotJoinTwoPeopleWhoseDocumentsDiffer() {
        var match = DuplicatePolicy.existingCase(List.of(
                new DuplicatePolicy.Candidate(UUID.randomUUID(), T0, false, true, true)), true);
        assertThat(match).isEmpty();
    }

    @Test
    void aMatchingPhoneJoinsWhenNoDocumentTellsThePeopleApart() {
        UUID kase = UUID.randomUUID();
        assertThat(DuplicatePolicy.existingCase(List.of(new DuplicatePolicy.Candidate(kase, T0, false, true, true)), false))
                .map(DuplicatePolicy.Match::caseId).contains(kase);
        assertThat(DuplicatePolicy.existingCase(List.of(new DuplicatePolicy.Candidate(kase, T0, false, true, false)), true))
                .map(DuplicatePolicy.Match::caseId).contains(kase);
    }

    @Test
    void providersSeeOnlyWhatConsentAllows() {
        assertThat(SharingPolicy.fieldsFor(ShareLevel.NONE)).isEmpty();
        assertThat(SharingPolicy.fieldsFor(ShareLevel.BASIC)).containsExactlyInAnyOrder("givenName", "age", "sex", "languages", "phone");
        assertThat(SharingPolicy.fieldsFor(ShareLevel.FULL)).containsAll(SharingPolicy.BASIC).contains("documentNumber", "notes");
    }

    @Test
    void aCaseClosedFiveYearsAgoIsDueForErasureAndOneClosedYesterdayIsNot() {
        Instant now = Instant.parse("2031-06-01T00:00:00Z");
        assertThat(RetentionPolicy.due(Instant.parse("2026-05-31T00:00:00Z"), now, Period.ofYears(5)).holds()).isTrue();
        assertThat(RetentionPolicy.due(now.minusSeconds(86_400), now, Period.ofYears(5)).holds()).isFalse();
        assertThat(RetentionPolicy.due(null, now, Period.ofYears(5)).holds()).isFalse();
    }
}
