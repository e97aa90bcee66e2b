package org.setu.statistics.api;

import org.setu.events.text.MessageBundle;
import org.setu.statistics.app.MonthlyReport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The monthly report's words in one language: labels from {@code report/labels_<lang>.properties}, districts' and
 * divisions' names from {@code geography/*.csv}. A code that has no label shows as the code.
 */
final class ReportLabels {

    static final MessageBundle TEXT = MessageBundle.load("report/labels");

    /** A quoted field of the geography's CSV; a doubled quote inside stands for one. */
    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"]|\"\")*)\"");

    /** Code to {English, Bangla} name, per dimension that the geography names. */
    private static final Map<String, Map<String, String[]>> PLACES = Map.of(
            "district", places("geography/districts.csv", 2),
            "division", places("geography/divisions.csv", 1));

    private final String language;

    private ReportLabels(String language) {
        this.language = language;
    }

    /** @param language {@code en} or {@code bn} */
    static ReportLabels in(String language) {
        return new ReportLabels(language);
    }

    String language() {
        return language;
    }

    boolean bangla() {
        return "bn".equals(language);
    }

    String text(String key, String... args) {
        return TEXT.format(key, language, args.length, i -> args[i]);
    }

    /** A breakdown's value in words: a place's name, a term of the labels, or else the code itself. */
    String code(String dimension, String code) {
        String[] place = PLACES.getOrDefault(dimension, Map.of()).get(code);
        if (place != null) return bangla() ? place[1] : place[0];
        String key = dimension + "." + code;
        return TEXT.has(key, "en") || TEXT.has(key, language) ? TEXT.text(key, language) : code;
    }

    /** An organization by its services' names, in the language where the directory has it. */
    String organization(MonthlyReport.Organization o) {
        if (o.services().isEmpty()) return text("organization.unnamed", o.id().toString());
        return String.join("; ", o.services().stream().map(s -> bangla() ? s.bn() : s.en()).distinct().toList());
    }

    /** A cell that holds words rather than a figure: a breakdown's value, an organization, a total's label. */
    String words(MonthlyReport.Cell cell) {
        if (cell instanceof MonthlyReport.Code c) return code(c.dimension(), c.code());
        if (cell instanceof MonthlyReport.Organization o) return organization(o);
        if (cell instanceof MonthlyReport.Total) return text("total");
        return "";
    }

    /** Every ASCII digit of {@code text} in Bangla digits (০-৯) when the language is Bangla. */
    String digits(String text) {
        if (!bangla()) return text;
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) out.append(c >= '0' && c <= '9' ? (char) ('০' + (c - '0')) : c);
        return out.toString();
    }

    /** "November 2026", "নভেম্বর ২০২৬" */
    String month(YearMonth month) {
        return text("month." + month.getMonthValue()) + " " + digits(Integer.toString(month.getYear()));
    }

    String day(LocalDate day) {
        return digits(day.toString());
    }

    String scope(MonthlyReport report) {
        return report.agencyId() == null ? text("header.scope.all") : text("header.scope.agency", report.agencyId().toString());
    }

    String threshold(MonthlyReport report) {
        return text("header.threshold.value", digits(Integer.toString(report.threshold())));
    }

    /**
     * The note under the tables, a line per mark.
     *
     * @param marksInDigits whether the marks are written in the language's digits (the page) or as the service
     *                      writes them (the workbook, whose cells hold "&lt;5" as the service answers it)
     */
    List<String> note(MonthlyReport report, boolean marksInDigits) {
        String below = "<" + report.threshold();
        List<String> out = new ArrayList<>();
        out.add(text("note.below", marksInDigits ? digits(below) : below, digits(Integer.toString(report.threshold() - 1))));
        out.add(text("note.withheld", "x"));
        out.add(text("note.derived", MonthlyReport.NOT_SHOWN));
        out.add(text("note.absent"));
        return out;
    }

    private static Map<String, String[]> places(String resource, int englishColumn) {
        Map<String, String[]> out = new HashMap<>();
        try (InputStream in = ReportLabels.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing " + resource);
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                List<String> fields = new ArrayList<>();
                Matcher m = QUOTED.matcher(line);
                while (m.find()) fields.add(m.group(1).replace("\"\"", "\""));
                if (fields.size() > englishColumn + 1) {
                    out.put(fields.get(0), new String[]{fields.get(englishColumn), fields.get(englishColumn + 1)});
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(out);
    }
}
