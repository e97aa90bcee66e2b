package org.setu.statistics.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.setu.kit.audit.AuditTrail;
import org.setu.statistics.app.MonthlyReport.Blank;
import org.setu.statistics.app.MonthlyReport.Cell;
import org.setu.statistics.app.MonthlyReport.Code;
import org.setu.statistics.app.MonthlyReport.Count;
import org.setu.statistics.app.MonthlyReport.Measure;
import org.setu.statistics.app.MonthlyReport.Organization;
import org.setu.statistics.app.MonthlyReport.Row;
import org.setu.statistics.app.MonthlyReport.Table;
import org.setu.statistics.app.MonthlyReport.Total;
import org.setu.statistics.app.MonthlyReport.Unit;
import org.setu.statistics.domain.Dimension;
import org.setu.statistics.domain.Indicator;
import org.setu.statistics.domain.Period;
import org.setu.statistics.domain.ReferralTimes;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.UUID;

import static org.setu.statistics.domain.Dimension.CATEGORY;
import static org.setu.statistics.domain.Dimension.CHANNEL;
import static org.setu.statistics.domain.Dimension.CHILD;
import static org.setu.statistics.domain.Dimension.CLASSIFICATION;
import static org.setu.statistics.domain.Dimension.DISTRICT;
import static org.setu.statistics.domain.Dimension.OUTCOME;

/**
 * The monthly report (issue #17 item 5): the month's indicators, referral times and provider figures for the
 * caller's scope, each as the statistics service answers it, so after disclosure control. One audit record per
 * report; the figures it reads write none of their own.
 */
@ApplicationScoped
public class MonthlyReports {

    static final String RESOURCE = "statistics-report";

    /** Seconds in an hour: the report gives times in hours. */
    private static final double HOUR = 3600.0;

    @Inject
    StatisticsService statistics;

    @Inject
    StatisticsAccess access;

    @Inject
    AuditTrail audit;

    /**
     * The report of {@code month} (Dhaka days) for every agency, or for one: an agency's admin always gets her own.
     * The notification deliveries are in it only for every agency, because they are not kept per agency (and an
     * agency's admin may not read them).
     */
    @Transactional
    public MonthlyReport monthly(YearMonth month, UUID askedAgency) {
        UUID agency = access.agencyFor(Indicator.SCREENINGS, askedAgency);
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        List<Table> tables = new ArrayList<>();
        tables.add(counts("screenings-by-classification", "people",
                statistics.readFigures(Indicator.SCREENINGS, Period.MONTH, List.of(CLASSIFICATION, CHILD), from, to, agency)));
        Figures byDistrict = statistics.readFigures(Indicator.SCREENINGS, Period.MONTH, List.of(DISTRICT), from, to, agency);
        tables.add(counts("screenings-by-district", "people", byDistrict));
        tables.add(counts("referrals", "steps",
                statistics.readFigures(Indicator.REFERRALS, Period.MONTH, List.of(CATEGORY, OUTCOME), from, to, agency)));
        tables.add(counts("unmet-needs", "needs",
                statistics.readFigures(Indicator.UNMET_NEEDS, Period.MONTH, List.of(DISTRICT, CATEGORY), from, to, agency)));
        tables.add(times(statistics.readReferralTimes(Period.MONTH, List.of(CATEGORY), from, to, agency)));
        tables.add(providers(statistics.readProviders(from, to, agency)));
        if (agency == null) {
            tables.add(counts("notifications", "notifications",
                    statistics.readFigures(Indicator.NOTIFICATIONS, Period.MONTH, List.of(CHANNEL, OUTCOME), from, to, null)));
        }
        audit.record(AuditTrail.READ, RESOURCE, "monthly-" + month, StatisticsService.PURPOSE);
        return new MonthlyReport(month, agency, LocalDate.now(StatisticsService.DHAKA), byDistrict.threshold(), tables);
    }

    /** A count table: a row per cell of the month (the service leaves out zeros), then the total. */
    static Table counts(String name, String counted, Figures f) {
        List<String> columns = new ArrayList<>(f.by().stream().map(Dimension::parameter).toList());
        columns.add(counted);
        List<Row> rows = new ArrayList<>();
        f.cells().stream().sorted(Comparator.comparing(Figures.Figure::keys, MonthlyReports::byCode)).forEach(x -> {
            List<Cell> cells = new ArrayList<>();
            for (int i = 0; i < f.by().size(); i++) cells.add(new Code(f.by().get(i).parameter(), x.keys().get(i)));
            cells.add(new Count(x.count(), x.display()));
            rows.add(new Row(cells, false));
        });
        List<Cell> total = new ArrayList<>();
        total.add(new Total());
        for (int i = 1; i < f.by().size(); i++) total.add(new Blank());
        total.add(new Count(f.total().count(), f.total().display()));
        rows.add(new Row(total, true));
        return new Table(name, columns, rows);
    }

    /** The referral times by category: no totals, so nothing to subtract from; withheld figures have no value. */
    static Table times(StatisticsService.Times t) {
        List<Row> rows = t.groups().stream().sorted(Comparator.comparing(ReferralTimes.Group::keys, MonthlyReports::byCode))
                .map(g -> new Row(List.of(new Code(CATEGORY.parameter(), g.keys().get(0)),
                        belowThreshold(g.referrals(), t.threshold()), withItsShare(g.completed()),
                        new Measure(share(g.shareCompleted()), Unit.SHARE),
                        hours(g.medianSecondsToAccept()), hours(g.p90SecondsToAccept()),
                        hours(g.medianSecondsToComplete()), hours(g.p90SecondsToComplete())), false))
                .toList();
        return new Table("referral-times", List.of("category", "referrals", "completed", "shareCompleted",
                "medianHoursToAccept", "p90HoursToAccept", "medianHoursToComplete", "p90HoursToComplete"), rows);
    }

    /** Each organization the referrals were sent to, named by its services. */
    static Table providers(StatisticsService.Providers p) {
        int t = p.threshold();
        List<Row> rows = p.organizations().stream().map(f -> new Row(List.of(
                new Organization(f.organizationId(), p.services().getOrDefault(f.organizationId(), List.of())),
                belowThreshold(f.sent(), t), belowThreshold(f.accepted(), t), belowThreshold(f.declined(), t),
                belowThreshold(f.expired(), t), new Measure(share(f.acceptanceRate()), Unit.SHARE),
                hours(f.medianSecondsToAnswer()), hours(f.p90SecondsToAnswer())), false)).toList();
        return new Table("providers", List.of("organization", "sent", "accepted", "declined", "expired", "acceptanceRate",
                "medianHoursToAnswer", "p90HoursToAnswer"), rows);
    }

    /**
     * A count these tables leave out is one from 1 to threshold − 1 (they show 0 and counts from the threshold), so
     * it reads as the indicators' small counts do.
     */
    private static Count belowThreshold(OptionalLong count, int threshold) {
        return count.isPresent() ? new Count(count.getAsLong(), Long.toString(count.getAsLong()))
                : new Count(null, "<" + threshold);
    }

    /** The completed referrals are shown where their share is, and withheld with it: any count, 0 included. */
    private static Count withItsShare(OptionalLong count) {
        return count.isPresent() ? new Count(count.getAsLong(), Long.toString(count.getAsLong()))
                : new Count(null, MonthlyReport.NOT_SHOWN);
    }

    private static Double share(OptionalDouble share) {
        return share.isPresent() ? share.getAsDouble() : null;
    }

    private static Measure hours(OptionalLong seconds) {
        return new Measure(seconds.isPresent() ? seconds.getAsLong() / HOUR : null, Unit.HOURS);
    }

    /** Codes in order, numbers (district ids) by their value. */
    static int byCode(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            String x = a.get(i);
            String y = b.get(i);
            boolean numbers = isNumber(x) && isNumber(y);
            int c = numbers ? Long.compare(Long.parseLong(x), Long.parseLong(y)) : x.compareTo(y);
            if (c != 0) return c;
        }
        return Integer.compare(a.size(), b.size());
    }

    private static boolean isNumber(String code) {
        return !code.isEmpty() && code.length() < 18 && code.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
