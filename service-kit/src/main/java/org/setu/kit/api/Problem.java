package org.setu.kit.api;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem detail, the only shape in which Setu answers an error. It never carries a stack trace
 * or an internal message; an unexpected error carries a correlation id that is also in the log. Extension
 * members (RFC 9457 §3.2, e.g. {@code currentStatus} of a conflict) are written beside the standard ones;
 * they hold codes and versions only, never a value the caller sent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String correlationId,
                      List<FieldError> errors, @JsonIgnore Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPES = "https://setu.example.org/problems/";

    /** One wrong field of the request, as a JSON path ({@code person.dateOfBirth}) and what is wrong with it. */
    public record FieldError(String field, String message) {
    }

    public Problem {
        extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
    }

    public Problem(String type, String title, int status, String detail, String correlationId, List<FieldError> errors) {
        this(type, title, status, detail, correlationId, errors, Map.of());
    }

    public static Problem of(int status, String slug, String title, String detail) {
        return new Problem(TYPES + slug, title, status, detail, null, null);
    }

    public Problem withCorrelationId(String id) {
        return new Problem(type, title, status, detail, id, errors, extensions);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, correlationId, List.copyOf(fieldErrors), extensions);
    }

    /** Adds an extension member; a null value is left out. */
    public Problem with(String member, Object value) {
        if (value == null) return this;
        Map<String, Object> more = new LinkedHashMap<>(extensions);
        more.put(member, value);
        return new Problem(type, title, status, detail, correlationId, errors, more);
    }

    @JsonAnyGetter
    Map<String, Object> members() {
        return extensions;
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
