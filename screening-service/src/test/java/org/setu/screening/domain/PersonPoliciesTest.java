package org.setu.screening.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.setu.events.screening.ShareLevel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.setu.screening.domain.DuplicatePolicy.Kind.DOCUMENT;
import static org.setu.screening.domain.DuplicatePolicy.Kind.NAME_BIRTH;
import static org.setu.screening.domain.DuplicatePolicy.Kind.PHONE;

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

    private static final UUID DHAKA = UUID.randomUUID();
    private static final UUID COX = UUID.randomUUID();

    private static DuplicatePolicy.Candidate found(UUID agency, DuplicatePolicy.Kind... agreeing) {
        return new DuplicatePolicy.Candidate(UUID.randomUUID(), agency, Set.of(agreeing), true);
    }

    @Test
    void aSharedFamilyPhoneAloneJoinsNothingAndFlagsNothing() {
        var finding = DuplicatePolicy.decide(List.of(found(DHAKA, PHONE), found(COX, PHONE)), true, DHAKA);
        assertThat(finding.join()).isEmpty();
        assertThat(finding.possibleDuplicates()).isEmpty();
    }

    @Test
    void aDocumentNumberAloneDoesNotDecideEither() {
        assertThat(DuplicatePolicy.decide(List.of(found(DHAKA, DOCUMENT)), true, DHAKA).join()).isEmpty();
    }

    @Test
    void documentNumbersThatDifferTellTwoPeopleApartEvenWhenNamePhoneAndBirthAgree() {
        var sameNameAndPhone = found(DHAKA, PHONE, NAME_BIRTH);
        assertThat(DuplicatePolicy.decide(List.of(sameNameAndPhone), true, DHAKA).join()).isEmpty();
        // without a document on the screening, nothing tells them apart
        assertThat(DuplicatePolicy.decide(List.of(sameNameAndPhone), false, DHAKA).join()).contains(sameNameAndPhone);
    }

    @Test
    void twoAgreeingIdentifiersJoinTheScreenersOwnCase() {
        var own = found(DHAKA, DOCUMENT, NAME_BIRTH);
        var finding = DuplicatePolicy.decide(List.of(own), true, DHAKA);
        assertThat(finding.join()).contains(own);
        assertThat(finding.possibleDuplicates()).isEmpty();
    }

    @Test
    void anotherAgencysCaseIsNeverJoinedOnlyFlaggedHoweverStrongTheMatch() {
        var theirs = found(COX, DOCUMENT, PHONE, NAME_BIRTH);
        var finding = DuplicatePolicy.decide(List.of(theirs), true, DHAKA);
        assertThat(finding.join()).isEmpty();
        assertThat(finding.possibleDuplicates()).containsExactly(theirs);
    }

    @Test
    void numbersPlantedOnAnotherAgencysCaseDoNotPullTheScreeningAwayFromTheOwnCase() {
        var own = found(DHAKA, DOCUMENT, PHONE);
        var planted = found(COX, DOCUMENT, PHONE);
        var finding = DuplicatePolicy.decide(List.of(planted, own), true, DHAKA);
        assertThat(finding.join()).contains(own);
        assertThat(finding.possibleDuplicates()).containsExactly(planted);
    }

    @Test
    void aTieBetweenTwoOwnCasesJoinsNeitherAndLeavesBothToTheCoordinators() {
        var first = found(DHAKA, DOCUMENT, PHONE);
        var second = found(DHAKA, DOCUMENT, NAME_BIRTH);
        var finding = DuplicatePolicy.decide(List.of(first, second), true, DHAKA);
        assertThat(finding.join()).isEmpty();
        assertThat(finding.possibleDuplicates()).containsExactlyInAnyOrder(first, second);
    }

    @Test
    void theOwnCaseWithMoreAgreeingIdentifiersWinsNotTheOldest() {
        var weaker = found(DHAKA, DOCUMENT, PHONE);
        var stronger = found(DHAKA, DOCUMENT, PHONE, NAME_BIRTH);
        assertThat(DuplicatePolicy.decide(List.of(weaker, stronger), true, DHAKA).join()).contains(stronger);
    }

    @Test
    void aNameWithItsDateOfBirthIsComparedWithoutCaseSpacingOrWordOrderInAnyScript() {
        LocalDate born = LocalDate.of(2001, 3, 4);
        assertThat(Identifiers.nameAndBirth("Rahima ", " BEGUM", born)).isEqualTo(Identifiers.nameAndBirth("Begum", "rahima", born)).isPresent();
        assertThat(Identifiers.nameAndBirth("রহিমা", "বেগম", born)).isEqualTo(Identifiers.nameAndBirth("বেগম", "রহিমা", born)).isPresent();
        assertThat(Identifiers.nameAndBirth("Rahima", "Begum", null)).isEmpty();
        assertThat(Identifiers.nameAndBirth(null, " - ", born)).isEmpty();
        assertThat(Identifiers.nameAndBirth("Rahima", "Begum", born)).isNotEqualTo(Identifiers.nameAndBirth("Rahima", "Begum", born.plusDays(1)));
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
