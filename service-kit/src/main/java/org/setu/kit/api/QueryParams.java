package org.setu.kit.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The one reader of query parameters, for every service. Parameters are taken as text and read here: a JAX-RS
 * parameter of type {@code int} or {@code UUID} that does not convert is answered 404 (the specification's rule for
 * query parameters), which tells a caller the resource is missing when it was the parameter that was wrong. Read
 * here, it is a 400 problem that names the parameter and says what it must be, never echoing the value.
 * An absent or blank parameter is "not given".
 */
public final class QueryParams {

    private QueryParams() {
    }

    /** The whole number in {@code value}, or {@code otherwise} when it is absent; outside min..max is a 400. */
    public static int wholeNumber(String name, String value, int otherwise, int min, int max) {
        Integer number = wholeNumber(name, value, min, max);
        return number == null ? otherwise : number;
    }

    /** The whole number in {@code value}, or null when it is absent; outside min..max is a 400. */
    public static Integer wholeNumber(String name, String value, int min, int max) {
        if (absent(value)) return null;
        int number;
        try {
            number = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(name, "must be a whole number");
        }
        if (number < min || number > max) throw new InvalidRequestException(name, "must be between " + min + " and " + max);
        return number;
    }

    /** The UUID in {@code value}, or null when it is absent. */
    public static UUID uuid(String name, String value) {
        if (absent(value)) return null;
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(name, "must be a UUID");
        }
    }

    /** The UUID in {@code value}; absent is a 400. */
    public static UUID requiredUuid(String name, String value) {
        return required(name, uuid(name, value));
    }

    /** The constant of {@code type} named by {@code value}, or null when it is absent; any other name is a 400 listing them. */
    public static <E extends Enum<E>> E oneOf(String name, String value, Class<E> type) {
        if (absent(value)) return null;
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(name, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    /** The constant of {@code type} named by {@code value}; absent is a 400. */
    public static <E extends Enum<E>> E requiredOneOf(String name, String value, Class<E> type) {
        return required(name, oneOf(name, value, type));
    }

    /** {@code true} or {@code false} (any case), or null when absent. */
    public static Boolean bool(String name, String value) {
        if (absent(value)) return null;
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidRequestException(name, "must be true or false");
        };
    }

    /** The day in {@code value} (YYYY-MM-DD); absent or malformed is a 400. */
    public static LocalDate requiredDate(String name, String value) {
        String text = required(name, text(value));
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(name, "must be a date (YYYY-MM-DD)");
        }
    }

    /** Days from {@code first} to {@code last}, both included. */
    public record DayRange(LocalDate first, LocalDate last) {
    }

    /** The days {@code from} to {@code to} (YYYY-MM-DD, both required); {@code to} before {@code from} is a 400. */
    public static DayRange requiredRange(String from, String to) {
        LocalDate first = requiredDate("from", from);
        LocalDate last = requiredDate("to", to);
        if (last.isBefore(first)) throw new InvalidRequestException("to", "must not be before from");
        return new DayRange(first, last);
    }

    /** The text without surrounding blanks, or null when absent. */
    public static String text(String value) {
        return absent(value) ? null : value.strip();
    }

    private static <T> T required(String name, T value) {
        if (value == null) throw new InvalidRequestException(name, "is required");
        return value;
    }

    private static boolean absent(String value) {
        return value == null || value.isBlank();
    }
}
