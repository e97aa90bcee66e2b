package org.setu.statistics.api;

import org.setu.statistics.app.StatisticsService;
import org.setu.statistics.domain.Dimension;
import org.setu.statistics.domain.ProviderPerformance;
import org.setu.statistics.domain.ReferralTimes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The referral times and the provider figures as JSON and CSV rows. A figure withheld by disclosure control is null
 * (and empty in CSV); times are in hours with one decimal.
 */
final class TimesView {

    private TimesView() {
    }

    static Map<String, Object> of(StatisticsService.Times t) {
        List<String> by = t.by().stream().map(Dimension::parameter).toList();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("period", t.period().unit());
        out.put("by", by);
        out.put("from", t.from().toString());
        out.put("to", t.to().toString());
        out.put("agencyId", t.agencyId());
        out.put("threshold", t.threshold());
        out.put("rows", t.groups().stream().map(g -> row(g, by)).toList());
        return out;
    }

    static Map<String, Object> row(ReferralTimes.Group g, List<String> by) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("period", g.period());
        for (int i = 0; i < by.size(); i++) row.put(by.get(i), g.keys().get(i));
        row.put("referrals", value(g.referrals()));
        row.put("completed", value(g.completed()));
        row.put("shareCompleted", share(g.shareCompleted()));
        row.put("medianHoursToAccept", hours(g.medianSecondsToAccept()));
        row.put("p90HoursToAccept", hours(g.p90SecondsToAccept()));
        row.put("medianHoursToComplete", hours(g.medianSecondsToComplete()));
        row.put("p90HoursToComplete", hours(g.p90SecondsToComplete()));
        return row;
    }

    static Map<String, Object> of(StatisticsService.Providers p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("from", p.from().toString());
        out.put("to", p.to().toString());
        out.put("organizationId", p.organizationId());
        out.put("threshold", p.threshold());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ProviderPerformance.Figures f : p.organizations()) {
            Map<String, Object> row = row(f);
            row.put("services", p.services().getOrDefault(f.organizationId(), List.of()));
            rows.add(row);
        }
        out.put("organizations", rows);
        return out;
    }

    static Map<String, Object> row(ProviderPerformance.Figures f) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("organizationId", f.organizationId());
        row.put("sent", value(f.sent()));
        row.put("accepted", value(f.accepted()));
        row.put("declined", value(f.declined()));
        row.put("expired", value(f.expired()));
        row.put("acceptanceRate", share(f.acceptanceRate()));
        row.put("medianHoursToAnswer", hours(f.medianSecondsToAnswer()));
        row.put("p90HoursToAnswer", hours(f.p90SecondsToAnswer()));
        return row;
    }

    /** The rows as CSV: the keys of the first row as the header (every row has the same), lists and nulls as empty. */
    static String csv(List<Map<String, Object>> rows, List<String> header) {
        StringBuilder out = new StringBuilder(org.setu.kit.api.Csv.line(header));
        for (Map<String, Object> row : rows) {
            out.append(org.setu.kit.api.Csv.line(header.stream()
                    .map(h -> row.get(h) == null || row.get(h) instanceof List ? "" : String.valueOf(row.get(h))).toList()));
        }
        return out.toString();
    }

    private static Long value(OptionalLong v) {
        return v.isPresent() ? v.getAsLong() : null;
    }

    private static Double share(OptionalDouble v) {
        return v.isPresent() ? Math.round(v.getAsDouble() * 1000) / 1000.0 : null;
    }

    private static Double hours(OptionalLong seconds) {
        return seconds.isPresent() ? Math.round(seconds.getAsLong() / 360.0) / 10.0 : null;
    }
}
