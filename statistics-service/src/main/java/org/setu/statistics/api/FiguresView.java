package org.setu.statistics.api;

import org.setu.statistics.app.Figures;
import org.setu.statistics.domain.Dimension;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An indicator as JSON. Each row names its period and its breakdown's values by the breakdown's name
 * ({@code {"period": "2026-11", "district": "BD-30", "count": 12, "display": "12"}}); a suppressed row has
 * {@code "count": null} and {@code "display": "<5"}.
 */
public record FiguresView(String indicator, String period, List<String> by, LocalDate from, LocalDate to,
                          UUID agencyId, int threshold, List<Map<String, Object>> rows,
                          List<Map<String, Object>> periodTotals, List<Map<String, Object>> breakdownTotals,
                          Map<String, Object> total) {

    static FiguresView of(Figures f) {
        List<String> by = f.by().stream().map(Dimension::parameter).toList();
        return new FiguresView(f.indicator().path(), f.period().unit(), by, f.from(), f.to(), f.agencyId(),
                f.threshold(), rows(f.cells(), by), rows(f.periodTotals(), by), rows(f.breakdownTotals(), by),
                row(f.total(), by));
    }

    private static List<Map<String, Object>> rows(List<Figures.Figure> figures, List<String> by) {
        return figures.stream().map(x -> row(x, by)).toList();
    }

    private static Map<String, Object> row(Figures.Figure figure, List<String> by) {
        Map<String, Object> row = new LinkedHashMap<>();
        if (figure.period() != null) row.put("period", figure.period());
        for (int i = 0; i < figure.keys().size(); i++) row.put(by.get(i), figure.keys().get(i));
        row.put("count", figure.count());
        row.put("display", figure.display());
        row.put("status", figure.status());
        return row;
    }
}
