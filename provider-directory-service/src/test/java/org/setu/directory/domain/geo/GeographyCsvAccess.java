package org.setu.directory.domain.geo;

/** Opens the CSV splitter to the domain tests. */
public final class GeographyCsvAccess {

    private GeographyCsvAccess() {
    }

    public static String[] fields(String line) {
        return GeographyCsv.fields(line);
    }
}
