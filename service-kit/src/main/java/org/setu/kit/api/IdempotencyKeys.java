package org.setu.kit.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.setu.kit.security.Caller;
import org.setu.kit.security.CallerContext;

import javax.sql.DataSource;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code Idempotency-Key} on POST: a retry with the same key gets the first answer instead of a second case.
 * A resource passes the header, the parsed body and the work to do:
 * <pre>
 * {@literal @}POST
 * public Response create({@literal @}HeaderParam(IdempotencyKeys.HEADER) String key, {@literal @}Valid ScreeningRequest body) {
 *     return idempotency.respond(key, body, () -> Response.created(uri).entity(screenings.create(body)).build());
 * }
 * </pre>
 * <ul>
 *   <li>No header: the work runs as usual. A blank key or one over 255 characters: a 400 problem.</li>
 *   <li>The key is scoped to the caller (token subject), so one partner's key never replays another's.</li>
 *   <li>The work runs in the caller's transaction, or in a new one, together with the insert of the key and
 *       the stored answer (status, body, {@code Location}). So a key is either absent (nothing happened) or
 *       holds what happened; a crash in between cannot leave a case without its key. The work must not
 *       commit on its own ({@code REQUIRES_NEW}), or a retry might repeat it.</li>
 *   <li>A concurrent duplicate blocks on the key's primary key until the first transaction ends, then gets
 *       its answer; after {@code setu.idempotency.duplicate-wait} it gets a 409 problem instead.</li>
 *   <li>Same key, other body (SHA-256 of the canonical JSON): a 422 problem, and nothing runs.</li>
 *   <li>The work throws, or answers 5xx: nothing is kept, so the retry runs it again. A 4xx answer is kept.</li>
 *   <li>Keys expire after {@code setu.idempotency.ttl} (24 h); an expired key counts as new, and an hourly
 *       job deletes them.</li>
 * </ul>
 * A replayed answer carries {@code Idempotent-Replayed: true}.
 */
@ApplicationScoped
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    static final int MAX_KEY_LENGTH = 255;
    private static final String QUERY_CANCELED = "57014";
    private static final Logger LOG = Logger.getLogger(IdempotencyKeys.class);

    @Inject
    DataSource dataSource;

    @Inject
    CallerContext callers;

    @Inject
    ObjectMapper json;

    @Inject
    IdempotencySettings settings;

    @Inject
    Instance<HttpServerRequest> request;

    private CanonicalJson canonical;

    @PostConstruct
    void init() {
        canonical = new CanonicalJson(json);
    }

    private record Stored(String requestHash, Integer status, String location, String contentType, String body) {
    }

    public Response respond(String key, Object requestBody, Supplier<Response> work) {
        String sent = key != null ? key : sentEmpty() ? "" : null;
        if (sent == null) return work.get();
        Optional<Response> badKey = checkKey(sent);
        if (badKey.isPresent()) return badKey.get();
        String caller = scope(callers.caller());
        String hash = canonical.sha256(requestBody);
        return QuarkusTransaction.joiningExisting().call(() -> {
            Optional<Stored> earlier = claim(caller, sent, hash);
            if (earlier.isPresent()) return replay(earlier.get(), hash);
            Response answer = work.get();
            if (answer.getStatus() >= 500) forget(caller, sent);
            else keep(caller, sent, answer);
            return answer;
        });
    }

    @Scheduled(every = "${setu.idempotency.purge-every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeOnSchedule() {
        purgeExpired();
    }

    /** Deletes expired keys (hourly, and from tests). Returns how many went. */
    public int purgeExpired() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("DELETE FROM kit_idempotency_keys WHERE expires_at <= ?")) {
            s.setObject(1, now());
            int purged = s.executeUpdate();
            if (purged > 0) LOG.infof("purged %d expired idempotency keys", purged);
            return purged;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot purge idempotency keys: " + e.getSQLState(), e);
        }
    }

    /** An empty header reaches the resource as null; it is a blank key, not a request without one. */
    private boolean sentEmpty() {
        return request.isResolvable() && request.get().headers().contains(HEADER);
    }

    private static Optional<Response> checkKey(String key) {
        String message = key.isBlank() ? "must not be blank"
                : key.length() > MAX_KEY_LENGTH ? "must be at most " + MAX_KEY_LENGTH + " characters" : null;
        if (message == null) return Optional.empty();
        return Optional.of(Problem.of(400, "idempotency-key", "Bad Request", "the Idempotency-Key header is not usable")
                .withErrors(List.of(new Problem.FieldError(HEADER, message))).toResponse());
    }

    /** The token subject; a test identity without one falls back to the user name. */
    static String scope(Caller caller) {
        return caller.subject() != null && !caller.subject().isBlank() ? caller.subject() : "user:" + caller.username();
    }

    /**
     * Inserts the key, or takes over an expired one. When another transaction holds the key, PostgreSQL waits
     * for it to end; then the key is either ours (it rolled back) or holds its answer (it committed).
     */
    private Optional<Stored> claim(String caller, String key, String hash) throws SQLException {
        OffsetDateTime now = now();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO kit_idempotency_keys (caller, key, request_hash, created_at, expires_at)
                    VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (caller, key) DO UPDATE
                       SET request_hash = EXCLUDED.request_hash, status = NULL, location = NULL,
                           content_type = NULL, body = NULL, created_at = EXCLUDED.created_at,
                           expires_at = EXCLUDED.expires_at
                     WHERE kit_idempotency_keys.expires_at <= EXCLUDED.created_at""")) {
                s.setString(1, caller);
                s.setString(2, key);
                s.setString(3, hash);
                s.setObject(4, now);
                s.setObject(5, now.plus(settings.ttl()));
                s.setQueryTimeout((int) Math.max(1, settings.duplicateWait().toSeconds()));
                if (s.executeUpdate() == 1) return Optional.empty();
            } catch (SQLException e) {
                if (QUERY_CANCELED.equals(e.getSQLState())) throw stillRunning();
                throw e;
            }
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT request_hash, status, location, content_type, body FROM kit_idempotency_keys
                     WHERE caller = ? AND key = ?""")) {
                s.setString(1, caller);
                s.setString(2, key);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) throw stillRunning();   // purged in between: rare; the client retries
                    return Optional.of(new Stored(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3),
                            rs.getString(4), rs.getString(5)));
                }
            }
        }
    }

    private static ConflictException stillRunning() {
        return new ConflictException("a request with this Idempotency-Key is still being processed; retry shortly",
                null, null);
    }

    private static Response replay(Stored earlier, String hash) {
        if (!earlier.requestHash().equals(hash)) {
            return Problem.of(422, "idempotency-key-reused", "Unprocessable Content",
                    "this Idempotency-Key was already used with a different request body; use a new key").toResponse();
        }
        if (earlier.status() == null) throw stillRunning();
        Response.ResponseBuilder answer = Response.status(earlier.status()).header(REPLAYED, "true");
        if (earlier.body() != null) answer.entity(earlier.body()).type(earlier.contentType());
        if (earlier.location() != null) answer.header(HttpHeaders.LOCATION, earlier.location());
        return answer.build();
    }

    private void keep(String caller, String key, Response answer) throws SQLException {
        String body = bodyOf(answer);
        MediaType type = answer.getMediaType();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                UPDATE kit_idempotency_keys SET status = ?, location = ?, content_type = ?, body = ?
                 WHERE caller = ? AND key = ?""")) {
            s.setInt(1, answer.getStatus());
            s.setString(2, answer.getLocation() == null ? null : answer.getLocation().toString());
            s.setString(3, body == null ? null : type == null ? MediaType.APPLICATION_JSON : type.toString());
            s.setString(4, body);
            s.setString(5, caller);
            s.setString(6, key);
            s.executeUpdate();
        }
    }

    private void forget(String caller, String key) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("DELETE FROM kit_idempotency_keys WHERE caller = ? AND key = ?")) {
            s.setString(1, caller);
            s.setString(2, key);
            s.executeUpdate();
        }
    }

    private String bodyOf(Response answer) {
        Object entity = answer.getEntity();
        if (entity == null) return null;
        if (entity instanceof String text) return text;
        try {
            return json.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An erasure's part: every kept answer that names the record (its id in the body or the {@code Location}) is
     * replaced by a 410 problem. The key stays, so a retry with it is told the record is gone instead of
     * creating it again from the retried body. Runs in the caller's transaction. Returns how many were replaced.
     */
    public int forgetAnswersNaming(String recordId) {
        String gone;
        try {
            gone = json.writeValueAsString(Problem.of(410, "erased", "Gone",
                    "what this request created has since been erased; nothing of it can be returned"));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                UPDATE kit_idempotency_keys SET status = 410, location = NULL, content_type = ?, body = ?
                 WHERE strpos(body, ?) > 0 OR strpos(location, ?) > 0""")) {
            s.setString(1, Problem.MEDIA_TYPE);
            s.setString(2, gone);
            s.setString(3, recordId);
            s.setString(4, recordId);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not forget the answers naming an erased record", e);
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
