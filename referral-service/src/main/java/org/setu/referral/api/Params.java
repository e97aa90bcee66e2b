package org.setu.referral.api;

import jakarta.ws.rs.NotFoundException;
import org.setu.kit.api.InvalidRequestException;

import java.util.Arrays;
import java.util.UUID;

/** Query parameters and headers parsed by hand, so that a bad one is a 400 naming it (never echoing it). */
final class Params {

    private Params() {
    }

    static UUID uuid(String name, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) throw new InvalidRequestException(name, "is required");
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(name, "must be a UUID");
        }
    }

    /** An id in the path that is not a UUID names nothing: 404, like an id of another agency. */
    static UUID pathId(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
    }

    static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) throw new InvalidRequestException(name, "is required");
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(name, "must be one of " + String.join(", ",
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
        }
    }

    static int intIn(String name, String value, int dflt, int min, int max) {
        if (value == null || value.isBlank()) return dflt;
        try {
            int v = Integer.parseInt(value.trim());
            if (v < min || v > max) throw new InvalidRequestException(name, "must be between " + min + " and " + max);
            return v;
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(name, "must be a whole number");
        }
    }

    /** {@code If-Match: "3"}, {@code W/"3"} or {@code 3}; the body's version when the header is absent. */
    static Long expectedVersion(String ifMatch, TransitionRequest body) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            String v = ifMatch.trim().replaceFirst("^W/", "").replace("\"", "");
            try {
                return Long.parseLong(v);
            } catch (NumberFormatException e) {
                throw new InvalidRequestException("If-Match", "must be the referral's version, e.g. \"3\"");
            }
        }
        return body == null ? null : body.version();
    }
}
