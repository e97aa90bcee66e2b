package org.setu.kit.api;

/**
 * Reads query parameters from their text. A JAX-RS parameter of type {@code int} that does not parse is answered
 * 404 (the specification's rule for query parameters), which tells a caller the resource is missing when it was
 * the parameter that was wrong; read as text here, it is a 400 problem that names the parameter.
 */
public final class QueryParams {

    private QueryParams() {
    }

    /** The whole number in {@code value}, or {@code otherwise} when it is absent; outside min..max is a 400. */
    public static int wholeNumber(String name, String value, int otherwise, int min, int max) {
        if (value == null || value.isBlank()) return otherwise;
        int number;
        try {
            number = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(name, "must be a whole number");
        }
        if (number < min || number > max) throw new InvalidRequestException(name, "must be between " + min + " and " + max);
        return number;
    }
}
