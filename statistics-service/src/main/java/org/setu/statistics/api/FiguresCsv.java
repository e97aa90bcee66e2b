package org.setu.statistics.api;

import org.setu.kit.api.Csv;
import org.setu.statistics.app.Figures;
import org.setu.statistics.domain.Dimension;

import java.util.ArrayList;
import java.util.List;

/**
 * An indicator as CSV: a header (period, the breakdowns, count), the cells, then the totals, whose missing parts read
 * ALL. A suppressed count reads "&lt;5", as in the portal and the reports.
 */
final class FiguresCsv {

    static final String ALL = "ALL";

    private FiguresCsv() {
    }

    static String of(Figures f) {
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>();
        header.add("period");
        f.by().stream().map(Dimension::parameter).forEach(header::add);
        header.add("count");
        out.append(Csv.line(header));
        for (Figures.Figure x : f.cells()) out.append(line(x, f.by().size()));
        for (Figures.Figure x : f.periodTotals()) out.append(line(x, f.by().size()));
        for (Figures.Figure x : f.breakdownTotals()) out.append(line(x, f.by().size()));
        out.append(line(f.total(), f.by().size()));
        return out.toString();
    }

    private static String line(Figures.Figure x, int breakdowns) {
        List<String> cells = new ArrayList<>();
        cells.add(x.period() == null ? ALL : x.period());
        for (int i = 0; i < breakdowns; i++) cells.add(x.keys().isEmpty() ? ALL : x.keys().get(i));
        cells.add(x.display());
        return Csv.line(cells);
    }
}
