package org.setu.statistics.api;

import org.setu.statistics.app.MonthlyReport;
import org.setu.statistics.app.MonthlyReport.Cell;
import org.setu.statistics.app.MonthlyReport.Count;
import org.setu.statistics.app.MonthlyReport.Measure;
import org.setu.statistics.app.MonthlyReport.Row;
import org.setu.statistics.app.MonthlyReport.Table;

import java.util.Locale;

/**
 * The monthly report as a printable page: one self-contained HTML document (its CSS inline, for the screen and for
 * A4 paper, and no script), with {@code lang} set. Every value is escaped. In Bangla every digit is a Bangla digit.
 */
final class ReportHtml {

    static final String MEDIA_TYPE = "text/html; charset=UTF-8";

    private static final String STYLE = """
            body { font-family: "Noto Sans Bengali", "Noto Sans", "Segoe UI", Arial, sans-serif; color: #111;
                   margin: 2rem auto; max-width: 60rem; padding: 0 1rem; line-height: 1.4; }
            h1 { font-size: 1.5rem; margin-bottom: .5rem; }
            h2 { font-size: 1.1rem; margin: 1.75rem 0 .4rem; }
            dl.header { display: grid; grid-template-columns: max-content auto; gap: .2rem 1rem; margin: 0 0 1rem; }
            dl.header dt { font-weight: bold; }
            dl.header dd { margin: 0; }
            p.source { color: #444; font-size: .9rem; }
            table { border-collapse: collapse; margin: 0 0 .5rem; }
            th, td { border: 1px solid #888; padding: .25rem .6rem; text-align: left; vertical-align: top; }
            th { background: #eee; }
            th.figure, td.figure { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            tr.total td { font-weight: bold; border-top: 2px solid #444; }
            p.none { font-style: italic; }
            section.note { border-top: 1px solid #888; margin-top: 2rem; font-size: .95rem; }
            section.note li { margin: .2rem 0; }
            @page { size: A4; margin: 15mm; }
            @media print {
              body { margin: 0; max-width: none; padding: 0; font-size: 10pt; }
              th { background: none; }
              section.table { break-inside: avoid; }
              h2 { break-after: avoid; }
              thead { display: table-header-group; }
              tr { break-inside: avoid; }
            }
            """;

    private ReportHtml() {
    }

    static String of(MonthlyReport report, ReportLabels labels) {
        StringBuilder out = new StringBuilder(16_384);
        out.append("<!DOCTYPE html>\n<html lang=\"").append(escape(labels.language())).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(labels.text("title") + ": " + labels.month(report.month())))
                .append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<header>\n<h1>")
                .append(escape(labels.text("title"))).append("</h1>\n<dl class=\"header\">\n");
        header(out, labels.text("header.month"), labels.month(report.month()));
        header(out, labels.text("header.scope"), labels.scope(report));
        header(out, labels.text("header.made"), labels.day(report.madeOn()));
        header(out, labels.text("header.threshold"), labels.threshold(report));
        out.append("</dl>\n<p class=\"source\">").append(escape(labels.text("header.source"))).append("</p>\n</header>\n");
        for (Table t : report.tables()) table(out, t, labels);
        out.append("<section class=\"note\">\n<h2>").append(escape(labels.text("note.heading"))).append("</h2>\n<ul>\n");
        for (String line : labels.note(report, true)) out.append("<li>").append(escape(line)).append("</li>\n");
        return out.append("</ul>\n</section>\n</body>\n</html>\n").toString();
    }

    private static void header(StringBuilder out, String term, String value) {
        out.append("<dt>").append(escape(term)).append("</dt><dd>").append(escape(value)).append("</dd>\n");
    }

    private static void table(StringBuilder out, Table t, ReportLabels labels) {
        out.append("<section class=\"table\" id=\"").append(escape(t.name())).append("\">\n<h2>")
                .append(escape(labels.text("table." + t.name()))).append("</h2>\n");
        if (t.isEmpty()) {
            out.append("<p class=\"none\">").append(escape(labels.text("none"))).append("</p>\n</section>\n");
            return;
        }
        out.append("<table>\n<thead><tr>");
        Row first = t.rows().get(0);
        for (int i = 0; i < t.columns().size(); i++) {
            out.append("<th scope=\"col\"").append(isFigure(first.cells().get(i)) ? " class=\"figure\"" : "").append('>')
                    .append(escape(labels.text("column." + t.columns().get(i)))).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (Row row : t.rows()) {
            out.append(row.total() ? "<tr class=\"total\">" : "<tr>");
            for (Cell c : row.cells()) {
                if (isFigure(c)) out.append("<td class=\"figure\">").append(escape(labels.digits(figure(c)))).append("</td>");
                else out.append("<td>").append(escape(labels.words(c))).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    private static boolean isFigure(Cell c) {
        return c instanceof Count || c instanceof Measure;
    }

    /** A figure as the page shows it: the count or its mark, a share in per cent, hours with one decimal. */
    private static String figure(Cell c) {
        if (c instanceof Count n) return n.display();
        Measure m = (Measure) c;
        if (m.value() == null) return MonthlyReport.NOT_SHOWN;
        return m.unit() == MonthlyReport.Unit.SHARE
                ? String.format(Locale.ROOT, "%.1f%%", m.value() * 100)
                : String.format(Locale.ROOT, "%.1f", m.value());
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
