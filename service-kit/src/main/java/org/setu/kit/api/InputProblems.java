package org.setu.kit.api;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Problems about what the caller sent: a body that is not JSON, a field of the wrong type or with an unknown
 * enum value, a bean-validation failure. Fields are named by their JSON path in the request body
 * ({@code person.dateOfBirth}, {@code languages[0]}), never by the Java method parameter. The value the caller
 * sent is never repeated: it may be a name or a phone number, and problems end up in partners' logs.
 */
final class InputProblems {

    private InputProblems() {
    }

    static Problem malformedJson() {
        return Problem.of(400, "malformed-json", "Bad Request", "the request body is not well-formed JSON");
    }

    static Problem invalid(List<Problem.FieldError> errors) {
        return Problem.of(400, "validation", "Bad Request", "some fields of the request are not valid")
                .withErrors(errors);
    }

    /** A Jackson failure while reading the body, told without the offending value. */
    static Problem fromJackson(JacksonException e) {
        if (e instanceof StreamReadException) return malformedJson();
        if (!(e instanceof JsonMappingException mapping) || truncated(e)) return malformedJson();
        String field = jsonPath(mapping.getPath());
        if (field.isEmpty()) return Problem.of(400, "malformed-json", "Bad Request",
                "the request body does not have the expected shape (a JSON object)");
        return invalid(List.of(new Problem.FieldError(field, expectation(mapping))));
    }

    /** A body cut off inside an object is reported as a mismatch of the field it was reading; it is a syntax error. */
    private static boolean truncated(JacksonException e) {
        return e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Unexpected end-of-input");
    }

    private static String expectation(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) return "is not a known field";
        Class<?> target = e instanceof MismatchedInputException m ? m.getTargetType() : null;
        if (target == null) return "is not valid";
        if (target.isEnum()) {
            return "must be one of " + Arrays.stream(target.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
        }
        String kind = describe(target);
        return e instanceof InvalidFormatException || kind != null
                ? "must be " + (kind != null ? kind : "a valid value")
                : "has the wrong type";
    }

    private static String describe(Class<?> t) {
        if (t == Boolean.class || t == boolean.class) return "true or false";
        if (t == Integer.class || t == int.class || t == Long.class || t == long.class || t == Short.class
                || t == short.class) return "a whole number";
        if (Number.class.isAssignableFrom(t) || t == double.class || t == float.class) return "a number";
        if (t == java.time.LocalDate.class) return "a date (YYYY-MM-DD)";
        if (t == java.util.UUID.class) return "a UUID";
        if (Temporal.class.isAssignableFrom(t)) return "an ISO-8601 time with offset";
        if (t == String.class) return "a string";
        if (Collection.class.isAssignableFrom(t) || t.isArray()) return "an array";
        if (Map.class.isAssignableFrom(t) || t.isRecord()) return "an object";
        return null;
    }

    static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (!out.isEmpty()) out.append('.');
                out.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    /** Bean-validation failures on request parameters and bodies, sorted by field for a stable answer. */
    static Problem fromViolations(Set<? extends ConstraintViolation<?>> violations) {
        return invalid(violations.stream()
                .map(v -> new Problem.FieldError(requestPath(v.getPropertyPath()), v.getMessage()))
                .distinct()
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList());
    }

    static boolean isReturnValueViolation(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream().anyMatch(v -> {
            for (Path.Node n : v.getPropertyPath()) if (n.getKind() == ElementKind.RETURN_VALUE) return true;
            return false;
        });
    }

    /**
     * {@code create.request.person.dateOfBirth} becomes {@code person.dateOfBirth}: the method and parameter
     * nodes are how Java sees the call, the rest is the JSON the caller wrote. A constraint on the parameter
     * itself (a missing body, a query parameter) is named by the parameter.
     */
    static String requestPath(Path path) {
        StringBuilder out = new StringBuilder();
        String parameter = "";
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> { }
                case PARAMETER -> parameter = node.getName();
                default -> {
                    if (node.isInIterable()) {
                        Object at = node.getIndex() != null ? node.getIndex() : node.getKey();
                        if (at != null) out.append('[').append(at).append(']');
                    }
                    if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                        if (!out.isEmpty()) out.append('.');
                        out.append(node.getName());
                    }
                }
            }
        }
        return out.isEmpty() ? parameter : out.toString();
    }
}
