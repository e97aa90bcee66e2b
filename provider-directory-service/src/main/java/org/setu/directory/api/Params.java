package org.setu.directory.api;

import org.setu.kit.api.InvalidRequestException;

import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Query parameters read by hand, so that a wrong one answers a 400 problem naming it (JAX-RS would answer a bare
 * 404 for a query parameter it cannot convert).
 */
final class Params {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;

    private Params() {
    }

    static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) return null;
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(name, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(name, "must be a UUID");
        }
    }

    static Integer integer(String name, String value, int min, int max) {
        if (value == null || value.isBlank()) return null;
        try {
            int v = Integer.parseInt(value.strip());
            if (v < min || v > max) throw new InvalidRequestException(name, "must be between " + min + " and " + max);
            return v;
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(name, "must be a whole number");
        }
    }

    static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) return null;
        return switch (value.strip().toLowerCase()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidRequestException(name, "must be true or false");
        };
    }

    static int page(String value) {
        Integer p = integer("page", value, 0, 1_000_000);
        return p == null ? 0 : p;
    }

    static int size(String value, int defaultSize, int maxSize) {
        Integer s = integer("size", value, 1, maxSize);
        return s == null ? defaultSize : s;
    }
}
