package org.setu.kit.api;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** CSV answers (RFC 4180), for the endpoints that offer a table as JSON or CSV. */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv";

    private Csv() {
    }

    /**
     * Whether the caller wants CSV: {@code format} (json or csv, else a 400) decides when given; otherwise CSV only
     * when the Accept header asks for text/csv rather than JSON.
     */
    public static boolean wanted(String format, String accept) {
        String asked = QueryParams.text(format);
        if (asked != null) {
            switch (asked.toLowerCase(Locale.ROOT)) {
                case "csv":
                    return true;
                case "json":
                    return false;
                default:
                    throw new InvalidRequestException("format", "must be json or csv");
            }
        }
        return accept != null && accept.contains(MEDIA_TYPE) && !accept.contains("application/json");
    }

    /** One line, ended by CRLF. The values are codes; quoting is a safeguard. */
    public static String line(List<String> cells) {
        return cells.stream().map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String cell(String value) {
        if (value == null) return "";
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
