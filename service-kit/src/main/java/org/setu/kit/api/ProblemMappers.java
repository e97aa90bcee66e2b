package org.setu.kit.api;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.ConnectException;
import java.sql.SQLException;
import java.util.UUID;

/** Turns every exception that reaches the REST layer into a problem detail. Resources never build error responses. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) return unexpected(e);
        // the JSON reader wraps syntax and mapping failures in a 400; say which field, not "Bad Request"
        if (status == 400 && e.getCause() instanceof JacksonException json) return InputProblems.fromJackson(json).toResponse();
        if (status == 404) return notFound().toResponse();
        Response.StatusType info = Response.Status.fromStatusCode(status);
        String title = info != null ? info.getReasonPhrase() : "Request not accepted";
        return Problem.of(status, slug(title), title, publicDetail(status)).toResponse();
    }

    /** Wrong types and unknown enum values in the body; the reader lets these through unwrapped. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        return InputProblems.fromJackson(e).toResponse();
    }

    @ServerExceptionMapper
    public Response violations(ConstraintViolationException e) {
        // a violated constraint on what a resource returns is our bug, not the caller's
        if (InputProblems.isReturnValueViolation(e.getConstraintViolations())) return unexpected(e);
        return InputProblems.fromViolations(e.getConstraintViolations()).toResponse();
    }

    @ServerExceptionMapper
    public Response invalidRequest(InvalidRequestException e) {
        return InputProblems.invalid(java.util.List.of(new Problem.FieldError(e.field(), e.getMessage()))).toResponse();
    }

    @ServerExceptionMapper
    public Response versionRequired(VersionRequired e) {
        return Problem.of(428, "precondition-required", "Precondition Required",
                "this change needs If-Match with the version you read (the ETag of GET)").toResponse();
    }

    /** Answered exactly like a path that does not exist, so that "not yours" and "not there" look the same. */
    @ServerExceptionMapper
    public Response notFound(NotFound e) {
        return notFound().toResponse();
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e) {
        return Problem.of(409, "conflict", "Conflict", e.getMessage())
                .with("currentStatus", e.currentStatus())
                .with("currentVersion", e.currentVersion())
                .toResponse();
    }

    @ServerExceptionMapper({AuthenticationFailedException.class, UnauthorizedException.class})
    public Response unauthenticated(RuntimeException e) {
        if (identityProviderUnreachable(e)) return identityProviderDown(e);
        return unauthenticated().toResponse();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Problem.of(403, "forbidden", "Forbidden", "your role does not allow this action").toResponse();
    }

    @ServerExceptionMapper
    public Response oidc(OIDCException e) {
        return identityProviderDown(e);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e) {
        if (databaseUnavailable(e)) return databaseBusy(e);
        if (identityProviderUnreachable(e)) return identityProviderDown(e);
        String id = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected error, correlation id %s", id);
        return Problem.of(500, "unexpected", "Internal Server Error",
                "the request could not be completed; quote the correlation id to the operators").withCorrelationId(id)
                .toResponse();
    }

    private Response identityProviderDown(Throwable e) {
        LOG.warnf("identity provider unreachable: %s", e.getClass().getSimpleName());
        return Response.fromResponse(Problem.of(503, "identity-provider-unavailable", "Service Unavailable",
                "the token cannot be checked because the identity provider does not answer; retry shortly")
                .toResponse()).header("Retry-After", "10").build();
    }

    /**
     * Under a load the machine cannot carry, a request may wait for a database connection longer than the pool's
     * acquisition timeout, or find the server refusing connections. That is the service being overloaded or cut
     * off, not a fault in the request or the code: 503 with Retry-After tells a client (and the portal's offline
     * queue) to send it again.
     */
    private Response databaseBusy(Throwable e) {
        LOG.warnf("database unavailable: %s", e.getClass().getSimpleName());
        return Response.fromResponse(Problem.of(503, "database-unavailable", "Service Unavailable",
                "the service is overloaded or cannot reach its database; retry shortly")
                .toResponse()).header("Retry-After", "5").build();
    }

    static boolean databaseUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                // Agroal's pool gives no SQLState for its own timeout; PostgreSQL's are 08 (connection), 53300 (too
                // many connections) and 57P0x (the server shutting down)
                if ("Sorry, acquisition timeout!".equals(sql.getMessage())) return true;
                if (state != null && (state.startsWith("08") || state.equals("53300") || state.startsWith("57P0"))) return true;
            }
            if (t.getCause() == t) break;
        }
        return false;
    }

    static boolean identityProviderUnreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OIDCException || t instanceof ConnectException) return true;
            if (t.getCause() == t) break;
        }
        return false;
    }

    /** The one answer to a missing or unacceptable token, whichever layer notices it. */
    static Problem unauthenticated() {
        return Problem.of(401, "unauthenticated", "Unauthorized", "a valid bearer token from the Setu realm is required");
    }

    private static Problem notFound() {
        return Problem.of(404, "not-found", "Not Found", publicDetail(404));
    }

    private static String publicDetail(int status) {
        return switch (status) {
            case 404 -> "no such resource, or not visible to your agency";
            case 405 -> "this method is not allowed on this resource";
            case 406 -> "the requested media type cannot be produced";
            case 413 -> "the request body is too large";
            case 415 -> "the request body must be application/json";
            default -> "the request was not accepted";
        };
    }

    private static String slug(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
