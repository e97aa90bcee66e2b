package org.setu.notification.api;

import org.setu.kit.api.InvalidRequestException;

import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

/** Query parameters read by hand, so that a bad one answers a 400 problem naming it instead of a bare 404. */
final class Params {

    private Params() {
    }

    static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(name, "must be a UUID");
        }
    }

    static <E extends Enum<E>> E oneOf(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) return null;
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(name, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    static int number(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) return fallback;
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= min && n <= max) return n;
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidRequestException(name, "must be a whole number from " + min + " to " + max);
    }
}
