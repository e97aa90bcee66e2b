package org.setu.statistics.api;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.setu.statistics.app.MonthlyReport;
import org.setu.statistics.app.MonthlyReport.Cell;
import org.setu.statistics.app.MonthlyReport.Count;
import org.setu.statistics.app.MonthlyReport.Measure;
import org.setu.statistics.app.MonthlyReport.Row;
import org.setu.statistics.app.MonthlyReport.Table;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The monthly report as a workbook (Apache POI): a first sheet with the header and the note, then one sheet per
 * table with a bold header row. Counts, shares and hours are numeric cells, so that a spreadsheet can sum them;
 * the marks ("&lt;5", "x", "—") are text, as the service writes them. In Bangla only the words are Bangla.
 */
final class ReportXlsx {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Excel's widest column, in characters. */
    private static final int WIDEST = 80;

    private ReportXlsx() {
    }

    static byte[] of(MonthlyReport report, ReportLabels labels) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(book);
            about(book, report, labels, styles);
            for (Table t : report.tables()) table(book, t, report, labels, styles);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The workbook's styles: a bold header, right-aligned marks, a share in per cent, hours with one decimal. */
    private record Styles(CellStyle bold, CellStyle mark, CellStyle count, CellStyle share, CellStyle hours) {
        Styles(Workbook book) {
            this(bold(book), aligned(book), numeric(book, "0"), numeric(book, "0.0%"), numeric(book, "0.0"));
        }

        private static CellStyle bold(Workbook book) {
            Font font = book.createFont();
            font.setBold(true);
            CellStyle style = book.createCellStyle();
            style.setFont(font);
            return style;
        }

        private static CellStyle aligned(Workbook book) {
            CellStyle style = book.createCellStyle();
            style.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.RIGHT);
            return style;
        }

        private static CellStyle numeric(Workbook book, String format) {
            CellStyle style = book.createCellStyle();
            style.setDataFormat(book.createDataFormat().getFormat(format));
            return style;
        }
    }

    private static void about(Workbook book, MonthlyReport report, ReportLabels labels, Styles styles) {
        Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(labels.text("sheet.about")));
        text(sheet, 0, 0, labels.text("title"), styles.bold());
        List<String[]> header = List.of(
                new String[]{labels.text("header.month"), labels.month(report.month())},
                new String[]{labels.text("header.scope"), labels.scope(report)},
                new String[]{labels.text("header.made"), labels.day(report.madeOn())},
                new String[]{labels.text("header.threshold"), labels.threshold(report)});
        int r = 2;
        for (String[] line : header) {
            text(sheet, r, 0, line[0], styles.bold());
            text(sheet, r++, 1, line[1], null);
        }
        text(sheet, ++r, 0, labels.text("header.source"), null);
        note(sheet, r + 2, report, labels, styles);
        sheet.setColumnWidth(0, width(30));
        sheet.setColumnWidth(1, width(50));
    }

    private static void table(Workbook book, Table t, MonthlyReport report, ReportLabels labels, Styles styles) {
        Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(labels.text("sheet." + t.name())));
        int[] widths = new int[t.columns().size()];
        for (int c = 0; c < widths.length; c++) {
            String heading = labels.text("column." + t.columns().get(c));
            text(sheet, 0, c, heading, styles.bold());
            widths[c] = heading.length();
        }
        int r = 1;
        if (t.isEmpty()) text(sheet, r++, 0, labels.text("none"), null);
        for (Row row : t.rows()) {
            for (int c = 0; c < row.cells().size(); c++) {
                String shown = cell(sheet, r, c, row.cells().get(c), row.total(), labels, styles);
                widths[c] = Math.max(widths[c], shown.length());
            }
            r++;
        }
        note(sheet, r + 1, report, labels, styles);
        for (int c = 0; c < widths.length; c++) sheet.setColumnWidth(c, width(Math.max(widths[c], 8)));
    }

    /** Writes one cell; @return its text as a reader sees it, for the column's width */
    private static String cell(Sheet sheet, int r, int c, Cell cell, boolean total, ReportLabels labels, Styles styles) {
        if (cell instanceof Count n) {
            if (n.count() == null) return text(sheet, r, c, n.display(), styles.mark());
            number(sheet, r, c, n.count(), styles.count());
            return n.display();
        }
        if (cell instanceof Measure m) {
            if (m.value() == null) return text(sheet, r, c, MonthlyReport.NOT_SHOWN, styles.mark());
            boolean share = m.unit() == MonthlyReport.Unit.SHARE;
            number(sheet, r, c, m.value(), share ? styles.share() : styles.hours());
            return "100.0%";
        }
        return text(sheet, r, c, labels.words(cell), total ? styles.bold() : null);
    }

    private static void note(Sheet sheet, int from, MonthlyReport report, ReportLabels labels, Styles styles) {
        text(sheet, from, 0, labels.text("note.heading"), styles.bold());
        int r = from + 1;
        for (String line : labels.note(report, false)) text(sheet, r++, 0, line, null);
    }

    private static String text(Sheet sheet, int r, int c, String value, CellStyle style) {
        org.apache.poi.ss.usermodel.Cell cell = row(sheet, r).createCell(c);
        cell.setCellValue(value);
        if (style != null) cell.setCellStyle(style);
        return value;
    }

    private static void number(Sheet sheet, int r, int c, double value, CellStyle style) {
        org.apache.poi.ss.usermodel.Cell cell = row(sheet, r).createCell(c);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static org.apache.poi.ss.usermodel.Row row(Sheet sheet, int r) {
        org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
        return row != null ? row : sheet.createRow(r);
    }

    /** A column's width for {@code characters} characters, in POI's unit (1/256 of a character). */
    private static int width(int characters) {
        return (Math.min(characters, WIDEST) + 2) * 256;
    }
}
