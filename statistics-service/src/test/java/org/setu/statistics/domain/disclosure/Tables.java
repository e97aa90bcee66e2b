package org.setu.statistics.domain.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Tables written as text, as a reader would see them: a header of column keys, then one row per period. */
final class Tables {

    private Tables() {
    }

    /**
     * <pre>
     *           dhaka  khulna
     *   2026-10     3      12
     *   2026-11    15      18
     * </pre>
     */
    static CountTable table(String text) {
        List<String[]> lines = text.lines().filter(l -> !l.isBlank()).map(l -> l.trim().split("\\s+")).toList();
        List<String> columns = Arrays.asList(lines.get(0));
        List<String> rows = new ArrayList<>();
        List<CountTable.Count> counts = new ArrayList<>();
        for (String[] line : lines.subList(1, lines.size())) {
            if (line.length != columns.size() + 1) throw new IllegalArgumentException("a row needs a key and one count per column: " + String.join(" ", line));
            rows.add(line[0]);
            for (int j = 0; j < columns.size(); j++) counts.add(new CountTable.Count(line[0], columns.get(j), Long.parseLong(line[j + 1])));
        }
        return CountTable.of(rows, columns, counts);
    }

    /** The published table in the same layout, with its row totals as a last column and its column totals as a last row. */
    static String render(SuppressedTable t) {
        List<List<String>> grid = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add("");
        header.addAll(t.columnKeys());
        header.add("total");
        grid.add(header);
        for (String row : t.rowKeys()) {
            List<String> line = new ArrayList<>();
            line.add(row);
            for (String column : t.columnKeys()) line.add(t.display(row, column));
            line.add(t.displayRowTotal(row));
            grid.add(line);
        }
        List<String> totals = new ArrayList<>();
        totals.add("total");
        for (String column : t.columnKeys()) totals.add(t.displayColumnTotal(column));
        totals.add(t.displayGrandTotal());
        grid.add(totals);
        return layout(grid);
    }

    /** The true table in the same layout, totals included, to compare with {@link #render}. */
    static String render(CountTable t) {
        List<List<String>> grid = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add("");
        header.addAll(t.columnKeys());
        header.add("total");
        grid.add(header);
        for (String row : t.rowKeys()) {
            List<String> line = new ArrayList<>();
            line.add(row);
            for (String column : t.columnKeys()) line.add(Long.toString(t.count(row, column)));
            line.add(Long.toString(t.rowTotal(row)));
            grid.add(line);
        }
        List<String> totals = new ArrayList<>();
        totals.add("total");
        for (String column : t.columnKeys()) totals.add(Long.toString(t.columnTotal(column)));
        totals.add(Long.toString(t.grandTotal()));
        grid.add(totals);
        return layout(grid);
    }

    /** Columns right-aligned, two spaces apart, no trailing spaces. */
    private static String layout(List<List<String>> grid) {
        int[] width = new int[grid.get(0).size()];
        for (List<String> line : grid) {
            for (int j = 0; j < line.size(); j++) width[j] = Math.max(width[j], line.get(j).length());
        }
        StringBuilder out = new StringBuilder();
        for (List<String> line : grid) {
            StringBuilder l = new StringBuilder(String.format("%-" + width[0] + "s", line.get(0)));
            for (int j = 1; j < line.size(); j++) l.append("  ").append(String.format("%" + width[j] + "s", line.get(j)));
            out.append(l.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }
}
