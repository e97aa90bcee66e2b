package org.setu.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs one Gatling simulation in this JVM and reads its figures back from the HTML report's statistics table, so
 * that the numbers in the summary are exactly the report's.
 */
final class GatlingRun {

    /** One request name's figures (all requests together under "all"); times in milliseconds. */
    record Stats(String name, long count, long ok, long ko, double meanPerSecond, double p50, double p75, double p95,
                 double p99, double max) {
    }

    /** The figures of a finished run, and where its HTML report is. */
    record Result(Path report, Map<String, Stats> requests) {
        Stats all() {
            return requests.get("all");
        }

        Stats request(String name) {
            return requests.get(name);
        }
    }

    private GatlingRun() {
    }

    static Result run(Class<?> simulation, Path resultsFolder, String description) {
        try {
            Files.createDirectories(resultsFolder);
            String prefix = simulation.getSimpleName().toLowerCase();
            int code = io.gatling.app.Gatling$.MODULE$.fromArgs(new String[] {"--simulation", simulation.getName(),
                    "--results-folder", resultsFolder.toString(), "--run-description", description, "--launcher", "maven",
                    "--build-tool-version", "setu-bench"});
            Path report = newest(resultsFolder, prefix);
            if (report == null) throw new IllegalStateException(simulation.getSimpleName() + " left no report (exit " + code + ")");
            return new Result(report, read(report));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the report of " + simulation.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private static Path newest(Path folder, String prefix) throws IOException {
        try (Stream<Path> runs = Files.list(folder)) {
            return runs.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .max(Comparator.comparing(p -> p.getFileName().toString())).orElse(null);
        }
    }

    private static final Pattern ROW = Pattern.compile("<tr id=\"[^\"]*\"[^>]*>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern NAME = Pattern.compile("class=\"ellipsed-name\">([^<]*)<");
    private static final Pattern CELL = Pattern.compile("<td class=\"value [a-z]+ col-(\\d+)\">([^<]*)</td>");

    /**
     * The statistics table of the report's index.html: "All Requests" first, then one row per request name. Gatling
     * 3.15 writes no JSON statistics any more, and its simulation.log is binary; the table is what it publishes.
     * Columns: 2 total, 3 OK, 4 KO, 6 count per second, 8–11 the 50th, 75th, 95th and 99th percentiles, 12 max.
     */
    static Map<String, Stats> read(Path report) throws IOException {
        String html = Files.readString(report.resolve("index.html"));
        Map<String, Stats> out = new LinkedHashMap<>();
        Matcher row = ROW.matcher(html);
        while (row.find()) {
            Matcher name = NAME.matcher(row.group(1));
            if (!name.find()) continue;
            Map<Integer, Double> cells = new java.util.HashMap<>();
            Matcher cell = CELL.matcher(row.group(1));
            while (cell.find()) cells.put(Integer.parseInt(cell.group(1)), number(cell.group(2)));
            String n = out.isEmpty() ? "all" : unescape(name.group(1).trim());
            out.put(n, new Stats(n, (long) cells.getOrDefault(2, 0.0).doubleValue(), (long) cells.getOrDefault(3, 0.0).doubleValue(),
                    (long) cells.getOrDefault(4, 0.0).doubleValue(), cells.getOrDefault(6, Double.NaN), cells.getOrDefault(8, Double.NaN),
                    cells.getOrDefault(9, Double.NaN), cells.getOrDefault(10, Double.NaN), cells.getOrDefault(11, Double.NaN),
                    cells.getOrDefault(12, Double.NaN)));
        }
        if (out.isEmpty()) throw new IOException("no statistics table in " + report.resolve("index.html"));
        return out;
    }

    private static double number(String text) {
        String t = text.trim().replace(",", "");
        if (t.isEmpty() || t.equals("-")) return Double.NaN;
        return Double.parseDouble(t);
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'");
    }
}
