package org.setu.notification.domain;

import org.junit.jupiter.api.Test;
import org.setu.events.screening.HandOverDeclineReason;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Urgency;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class LabelsTest {

    @Test
    void everyCategoryAndUrgencyHasWordsInBothLanguages() {
        for (ServiceCategory c : ServiceCategory.values()) {
            assertThat(Labels.category(c.name(), "en")).isNotEqualTo(c.name());
            assertThat(Labels.category(c.name(), "bn")).isNotEqualTo(Labels.category(c.name(), "en"));
        }
        for (Urgency u : Urgency.values()) {
            assertThat(Labels.urgency(u.name(), "bn")).isNotEqualTo(Labels.urgency(u.name(), "en"));
        }
        for (String kind : new String[]{"created", "sent", "accepted", "declined", "expired", "started", "completed", "cancelled", "escalated"}) {
            assertThat(Labels.knows(kind)).as(kind).isTrue();
        }
    }

    @Test
    void theDeadlineIsInBangladeshTimeWithBanglaDigitsForBanglaReaders() {
        Instant due = Instant.parse("2026-03-01T18:30:00Z");
        assertThat(Labels.deadline(due, "en")).isEqualTo("2026-03-02 00:30 UTC+06:00");
        assertThat(Labels.deadline(due, "bn")).isEqualTo("২০২৬-০৩-০২ ০০:৩০ UTC+০৬:০০");
        assertThat(Labels.deadline(null, "bn")).isEmpty();
    }

    @Test
    void aFollowUpDayReadsAsADayWithTheMonthsNameAndBanglaDigitsForBanglaReaders() {
        assertThat(Labels.day(LocalDate.of(2026, 12, 10), "en")).isEqualTo("10 Dec 2026");
        assertThat(Labels.day(LocalDate.of(2026, 12, 10), "bn")).isEqualTo("১০ ডিসেম্বর ২০২৬");
        assertThat(Labels.day(LocalDate.of(2027, 9, 3), "en")).isEqualTo("3 Sep 2027");
        assertThat(Labels.day(LocalDate.of(2027, 1, 31), "bn")).isEqualTo("৩১ জানুয়ারী ২০২৭");
        assertThat(Labels.day(null, "bn")).isEmpty();
    }

    @Test
    void everyPortOfTheScreeningServicesListAndEveryArrivalNoticeHasWordsInBothLanguages() {
        for (String port : new String[]{"DAC", "CGP", "ZYL", "BENAPOLE", "DARSHANA", "AKHAURA", "BURIMARI", "HILI", "TAMABIL"}) {
            assertThat(Labels.knowsPort(port)).as(port).isTrue();
            assertThat(Labels.port(port, "bn")).isNotEqualTo(Labels.port(port, "en"));
        }
        assertThat(Labels.port("KOLKATA", "bn")).as("a port not named yet shows by its code").isEqualTo("KOLKATA");
        for (ArrivalNotice n : ArrivalNotice.values()) {
            assertThat(Labels.arrivalHeadline(n.name(), "bn")).isNotEqualTo(Labels.arrivalHeadline(n.name(), "en")).isNotEqualTo(n.name());
        }
        assertThat(Labels.arrivalWords()).contains("PLANNED", "HELD", "REMINDER", "ARRIVED", "MISSED", "NO_SHOW", "NOT_CONFIRMED");
    }

    @Test
    void everyHandOverNoticeAndEveryReasonToDeclineOneHasWordsInBothLanguages() {
        for (HandOverNotice n : HandOverNotice.values()) {
            assertThat(Labels.knowsHandOverWords(n.name())).as(n.name()).isTrue();
            assertThat(Labels.handOverHeadline(n.name(), "bn")).isNotEqualTo(Labels.handOverHeadline(n.name(), "en"));
            assertThat(Labels.handOverAdvice(n.name(), "bn")).isNotEqualTo(Labels.handOverAdvice(n.name(), "en"));
        }
        for (HandOverDeclineReason r : HandOverDeclineReason.values()) {
            assertThat(Labels.knowsDeclineReason(r.name())).as(r.name()).isTrue();
            assertThat(Labels.declineReason(r.name(), "bn")).isNotEqualTo(Labels.declineReason(r.name(), "en"));
        }
    }

    @Test
    void aWindowReadsAsItsDaysInTheReadersLanguageAndADayAsOneDay() {
        LocalDate from = LocalDate.of(2026, 12, 9);
        assertThat(Labels.window(from, from.plusDays(5), "en")).isEqualTo("expected between 9 Dec 2026 and 14 Dec 2026");
        assertThat(Labels.window(from, from.plusDays(5), "bn")).isEqualTo("৯ ডিসেম্বর ২০২৬ থেকে ১৪ ডিসেম্বর ২০২৬-এর মধ্যে প্রত্যাশিত");
        assertThat(Labels.window(from, from, "en")).isEqualTo("expected on 9 Dec 2026");
        assertThat(Labels.arrivedOn(from, "bn")).isEqualTo("৯ ডিসেম্বর ২০২৬ তারিখে পৌঁছেছেন");
    }

    @Test
    void theLanguageIsTheRecipientsWhenSupportedAndTheFallbackOtherwise() {
        assertThat(Language.pick("bn-BD", "en")).isEqualTo("bn");
        assertThat(Language.pick("EN", "bn")).isEqualTo("en");
        assertThat(Language.pick("fr", "bn")).isEqualTo("bn");
        assertThat(Language.pick(null, "en")).isEqualTo("en");
    }

    @Test
    void everyTemplateOfAMessageToAPersonExistsInEnglishAndBangla() throws java.io.IOException {
        java.nio.file.Path templates = java.nio.file.Path.of("src/main/resources/templates");
        java.util.Set<String> names;
        try (var files = java.nio.file.Files.list(templates)) {
            names = files.map(f -> f.getFileName().toString()).collect(java.util.stream.Collectors.toSet());
        }
        assertThat(names).isNotEmpty();
        for (String name : names) {
            String other = name.contains("-en.") ? name.replace("-en.", "-bn.") : name.replace("-bn.", "-en.");
            assertThat(names).as("the other language of " + name).contains(other);
        }
    }
}
