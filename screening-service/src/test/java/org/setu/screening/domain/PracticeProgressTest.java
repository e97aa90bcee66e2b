package org.setu.screening.domain;

import org.junit.jupiter.api.Test;
import org.setu.events.vocabulary.Element;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PracticeProgressTest {

    static final ZoneId DHAKA = ZoneId.of("Asia/Dhaka");

    @Test
    void aScreenerWhoAgreedInTwoOfThreeAttemptsReadsTwoOfThreeAndEachCaseShowsItsLatestAttempt() {
        PracticeProgress p = PracticeProgress.of("amina", List.of(
                attempt("brick-kiln", "2026-12-02T05:00:00Z", false),
                attempt("brick-kiln", "2026-12-03T05:00:00Z", true),
                attempt("gulf-domestic", "2026-12-04T05:00:00Z", true)), DHAKA);

        assertThat(p.overall()).isEqualTo(new PracticeProgress.Tally(3, 2));
        assertThat(p.cases()).extracting(PracticeProgress.CaseTally::caseId).containsExactly("brick-kiln", "gulf-domestic");
        PracticeProgress.CaseTally kiln = p.cases().get(0);
        assertThat(kiln.tally()).isEqualTo(new PracticeProgress.Tally(2, 1));
        assertThat(kiln.lastAgrees()).as("the later, agreeing attempt is the last").isTrue();
        assertThat(kiln.lastAttemptAt()).isEqualTo(Instant.parse("2026-12-03T05:00:00Z"));
    }

    @Test
    void anAttemptLateOnTheLastEveningOfNovemberInUtcCountsForDecemberInDhaka() {
        PracticeProgress p = PracticeProgress.of("amina", List.of(
                attempt("brick-kiln", "2026-11-30T12:00:00Z", true),
                attempt("brick-kiln", "2026-11-30T19:00:00Z", false)), DHAKA);

        assertThat(p.months()).extracting(PracticeProgress.MonthTally::month)
                .containsExactly(YearMonth.of(2026, 11), YearMonth.of(2026, 12));
        assertThat(p.months().get(1).tally()).isEqualTo(new PracticeProgress.Tally(1, 0));
    }

    @Test
    void anElementIsCountedOnlyInTheAttemptsWhoseComparisonJudgedIt() {
        PracticeRecord judged = new PracticeRecord("gulf-domestic", Instant.parse("2026-12-02T05:00:00Z"), false, false, true, true,
                Set.of(Element.EXPLOITATION), Set.of(Element.DECEPTIVE_RECRUITMENT));
        PracticeRecord silent = new PracticeRecord("brick-kiln", Instant.parse("2026-12-03T05:00:00Z"), true, true, true, true,
                Set.of(Element.EXPLOITATION), Set.of());

        PracticeProgress p = PracticeProgress.of(null, List.of(judged, silent), DHAKA);

        assertThat(p.aspects()).contains(
                new PracticeProgress.AspectTally("classification", new PracticeProgress.Tally(2, 1)),
                new PracticeProgress.AspectTally("urgency", new PracticeProgress.Tally(2, 2)),
                new PracticeProgress.AspectTally("element.EXPLOITATION", new PracticeProgress.Tally(2, 2)),
                new PracticeProgress.AspectTally("element.DECEPTIVE_RECRUITMENT", new PracticeProgress.Tally(1, 0)));
        assertThat(p.aspects()).extracting(PracticeProgress.AspectTally::aspect).doesNotContain("element.SMUGGLING");
    }

    @Test
    void aCaseAttemptedBeforeItWasAssignedIsNotYetDoneAndIsDoneOnceAttemptedAfter() {
        Instant assignedAt = Instant.parse("2026-12-03T00:00:00Z");
        PracticeAssignment a = new PracticeAssignment(UUID.randomUUID(), UUID.randomUUID(), "amina",
                List.of("brick-kiln", "gulf-domestic"), LocalDate.parse("2026-12-20"), "trainer", assignedAt);
        List<PracticeRecord> before = List.of(attempt("brick-kiln", "2026-12-02T05:00:00Z", true));

        assertThat(a.latestAttempt("brick-kiln", before)).isEmpty();

        List<PracticeRecord> after = List.of(before.get(0), attempt("brick-kiln", "2026-12-04T05:00:00Z", false),
                attempt("brick-kiln", "2026-12-05T05:00:00Z", true));
        assertThat(a.latestAttempt("brick-kiln", after)).get().extracting(PracticeRecord::attemptedAt)
                .isEqualTo(Instant.parse("2026-12-05T05:00:00Z"));
        assertThat(a.latestAttempt("gulf-domestic", after)).isEmpty();
    }

    private static PracticeRecord attempt(String caseId, String at, boolean agrees) {
        return new PracticeRecord(caseId, Instant.parse(at), agrees, agrees, true, agrees, Set.of(), Set.of());
    }
}
