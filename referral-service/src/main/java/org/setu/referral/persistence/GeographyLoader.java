package org.setu.referral.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.setu.referral.domain.Geography;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Reads the bundled bd-geo hierarchy (resources/geo) once, for routing to fill in a place's coarser levels. */
@ApplicationScoped
public class GeographyLoader {

    @Produces
    @Singleton
    Geography geography() {
        return load();
    }

    public static Geography load() {
        Map<String, String> districtOfUpazila = new HashMap<>();
        Map<String, String> divisionOfDistrict = new HashMap<>();
        readCsv("geo/upazilas.csv", cols -> districtOfUpazila.put(cols[0], cols[1]));
        readCsv("geo/districts.csv", cols -> divisionOfDistrict.put(cols[0], cols[1]));
        return new Geography(districtOfUpazila, divisionOfDistrict);
    }

    private static void readCsv(String resource, java.util.function.Consumer<String[]> row) {
        try (InputStream in = GeographyLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank()) continue;
                // every field is quoted and the first two (ids) never contain commas
                String[] cols = line.split(",", 3);
                row.accept(new String[]{unquote(cols[0]), unquote(cols[1])});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String unquote(String s) {
        String t = s.trim();
        return t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1) : t;
    }
}
