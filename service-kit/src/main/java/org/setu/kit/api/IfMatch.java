package org.setu.kit.api;

/** The version a client read, from {@code If-Match}: {@code "3"}, {@code W/"3"} or {@code 3}. */
public final class IfMatch {

    private IfMatch() {
    }

    /** Null when the header is absent (the service decides whether that is a 428); a 400 when it is not a version. */
    public static Long version(String header, String what) {
        if (header == null || header.isBlank()) return null;
        try {
            return Long.parseLong(header.trim().replaceFirst("^W/", "").replace("\"", ""));
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("If-Match", "must be the " + what + "'s version, e.g. \"3\"");
        }
    }

    /** As {@link #version(String, String)}, but absent is a 428. */
    public static long required(String header, String what) {
        Long v = version(header, what);
        if (v == null) throw new VersionRequired();
        return v;
    }
}
