package org.setu.kit.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * An RFC 9457 problem detail, the only shape in which Setu answers an error. It never carries a stack trace
 * or an internal message; an unexpected error carries a correlation id that is also in the log.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String correlationId,
                      List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPES = "https://setu.example.org/problems/";

    /** One wrong field of the request, as a JSON path ({@code person.dateOfBirth}) and what is wrong with it. */
    public record FieldError(String field, String message) {
    }

    public static Problem of(int status, String slug, String title, String detail) {
        return new Problem(TYPES + slug, title, status, detail, null, null);
    }

    public Problem withCorrelationId(String id) {
        return new Problem(type, title, status, detail, id, errors);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
