package org.setu.directory.domain.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads the bd-geo data set (every field quoted, no header; see {@code geography/README.md}):
 * divisions {@code id, name_en, name_bn, website}; districts {@code id, division_id, name_en, name_bn, lat, lon,
 * website}; upazilas and unions {@code id, parent_id, name_en, name_bn, website}.
 */
public final class GeographyCsv {

    private GeographyCsv() {
    }

    /** Loads the four files through {@code open} (file name to stream), e.g. from the classpath. */
    public static Geography load(Function<String, InputStream> open) {
        List<AdminUnit> all = new ArrayList<>();
        for (String[] f : rows(open.apply("divisions.csv"))) {
            all.add(new AdminUnit(GeoLevel.DIVISION, f[0], null, f[1], f[2], null, null));
        }
        for (String[] f : rows(open.apply("districts.csv"))) {
            all.add(new AdminUnit(GeoLevel.DISTRICT, f[0], f[1], f[2], f[3], number(f[4]), number(f[5])));
        }
        for (String[] f : rows(open.apply("upazilas.csv"))) {
            all.add(new AdminUnit(GeoLevel.UPAZILA, f[0], f[1], f[2], f[3], null, null));
        }
        for (String[] f : rows(open.apply("unions.csv"))) {
            all.add(new AdminUnit(GeoLevel.UNION, f[0], f[1], f[2], f[3], null, null));
        }
        return new Geography(all);
    }

    static List<String[]> rows(InputStream in) {
        if (in == null) throw new IllegalStateException("a geography file is missing");
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank()) continue;
                rows.add(fields(line.strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** Splits a line of quoted fields; a doubled quote inside a field stands for one quote. */
    static String[] fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        out.add(field.toString().strip());
        return out.toArray(String[]::new);
    }

    private static Double number(String s) {
        try {
            return s == null || s.isBlank() ? null : Double.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
