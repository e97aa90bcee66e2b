package org.setu.statistics.api;

import org.junit.jupiter.api.Test;
import org.setu.statistics.app.MonthlyReport;
import org.setu.statistics.domain.ProviderPerformance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The printable page says only what the report holds: nothing a value carries can become markup or a script. */
class ReportHtmlTest {

    @Test
    void aServiceNameWithMarkupIsShownAsTextNotRunAsAScript() {
        MonthlyReport report = new MonthlyReport(YearMonth.of(2026, 11), null, LocalDate.of(2026, 12, 1), 5, List.of(
                new MonthlyReport.Table("providers", List.of("organization", "sent"), List.of(new MonthlyReport.Row(List.of(
                        new MonthlyReport.Organization(UUID.randomUUID(), List.of(new ProviderPerformance.ServiceName(
                                "<script>alert(1)</script> & \"Co\" 'Ltd'", "x"))),
                        new MonthlyReport.Count(null, "<5")), false)))));

        String page = ReportHtml.of(report, ReportLabels.in("en"));

        assertThat(page).doesNotContain("<script").doesNotContain("'Ltd'")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot; &#39;Ltd&#39;")
                .contains("<td class=\"figure\">&lt;5</td>");
    }

    @Test
    void anEmptyTableSaysSoInsteadOfShowingAnEmptyGrid() {
        MonthlyReport report = new MonthlyReport(YearMonth.of(2026, 11), UUID.randomUUID(), LocalDate.of(2026, 12, 1), 5,
                List.of(new MonthlyReport.Table("referral-times", List.of("category", "referrals"), List.of())));

        String page = ReportHtml.of(report, ReportLabels.in("bn"));

        assertThat(page).contains("<html lang=\"bn\">").contains("এই মাসের কোনো সংখ্যা নেই।").doesNotContain("<table>");
    }
}
