package org.setu.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A plain line chart written as SVG text: no charting library, no fonts to install, and the file diffs as text in
 * the repository. Each series is a list of (x, y) points; the axes start at zero and end at a round number.
 */
public final class SvgChart {

    public record Point(double x, double y) {
    }

    public record Series(String name, String colour, List<Point> points) {
    }

    private static final int W = 760;
    private static final int H = 420;
    private static final int LEFT = 70;
    private static final int RIGHT = 20;
    private static final int TOP = 40;
    private static final int BOTTOM = 60;

    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final List<Series> series = new ArrayList<>();
    private Double threshold;
    private String thresholdLabel;

    public SvgChart(String title, String xLabel, String yLabel) {
        this.title = title;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
    }

    public SvgChart add(Series s) {
        series.add(s);
        return this;
    }

    /** A dashed horizontal line, e.g. a target. */
    public SvgChart threshold(double y, String label) {
        this.threshold = y;
        this.thresholdLabel = label;
        return this;
    }

    public String render() {
        double maxX = roundUp(series.stream().flatMap(s -> s.points().stream()).mapToDouble(Point::x).max().orElse(1));
        double maxY = series.stream().flatMap(s -> s.points().stream()).mapToDouble(Point::y).max().orElse(1);
        if (threshold != null) maxY = Math.max(maxY, threshold);
        maxY = roundUp(maxY * 1.05);
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n", W, H, W, H));
        svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", W, H));
        svg.append(text(W / 2.0, 22, "middle", 15, title));
        int plotW = W - LEFT - RIGHT;
        int plotH = H - TOP - BOTTOM;
        for (int i = 0; i <= 5; i++) {
            double y = TOP + plotH - plotH * i / 5.0;
            double x = LEFT + plotW * i / 5.0;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>%n",
                    LEFT, y, W - RIGHT, y));
            svg.append(text(LEFT - 6, y + 4, "end", 11, number(maxY * i / 5.0)));
            svg.append(text(x, TOP + plotH + 16, "middle", 11, number(maxX * i / 5.0)));
        }
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#444\"/>%n",
                LEFT, TOP, plotW, plotH));
        svg.append(text(LEFT + plotW / 2.0, H - 22, "middle", 12, xLabel));
        svg.append(String.format(Locale.ROOT, "<text x=\"16\" y=\"%.1f\" text-anchor=\"middle\" transform=\"rotate(-90 16 %.1f)\">%s</text>%n",
                TOP + plotH / 2.0, TOP + plotH / 2.0, escape(yLabel)));
        if (threshold != null) {
            double y = TOP + plotH - plotH * threshold / maxY;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#c00\" stroke-dasharray=\"6 4\"/>%n",
                    LEFT, y, W - RIGHT, y));
            svg.append(text(W - RIGHT - 4, y - 4, "end", 11, thresholdLabel));
        }
        int legendX = LEFT + 8;
        for (Series s : series) {
            StringBuilder path = new StringBuilder();
            for (Point p : s.points()) {
                double x = LEFT + plotW * p.x() / maxX;
                double y = TOP + plotH - plotH * p.y() / maxY;
                path.append(path.isEmpty() ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
            }
            svg.append(String.format(Locale.ROOT, "<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>%n", path, s.colour()));
            if (s.points().size() <= 30) {
                for (Point p : s.points()) {
                    svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>%n",
                            LEFT + plotW * p.x() / maxX, TOP + plotH - plotH * p.y() / maxY, s.colour()));
                }
            }
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"4\" fill=\"%s\"/>%n",
                    legendX, TOP + 10, s.colour()));
            svg.append(text(legendX + 18, TOP + 15, "start", 11, s.name()));
            legendX += 24 + 7 * s.name().length();
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    /** 1, 2, 2.5 or 5 times a power of ten, at or above the value. */
    static double roundUp(double v) {
        if (v <= 0 || Double.isNaN(v)) return 1;
        double magnitude = Math.pow(10, Math.floor(Math.log10(v)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * magnitude >= v) return step * magnitude;
        }
        return 10 * magnitude;
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String text(double x, double y, String anchor, int size, String s) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\">%s</text>%n",
                x, y, anchor, size, escape(s));
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
