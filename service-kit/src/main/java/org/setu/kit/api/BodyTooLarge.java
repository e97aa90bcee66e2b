package org.setu.kit.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * Answers a body over {@code quarkus.http.limits.max-body-size} with a 413 problem. Quarkus itself refuses
 * such a request before any JAX-RS code runs, with an empty body; this route runs just before that check
 * (order -3 against its -2) and answers the same status as a problem. A chunked body without
 * {@code Content-Length} is still cut off by Quarkus while it reads, with a bare 413.
 */
@ApplicationScoped
public class BodyTooLarge {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    Optional<MemorySize> limit;

    @Inject
    ObjectMapper json;

    void install(@Observes Router router) {
        if (limit.isEmpty()) return;
        long max = limit.get().asLongValue();
        router.route().order(-3).handler(rc -> {
            if (declaredLength(rc) > max) refuse(rc);
            else rc.next();
        });
    }

    private static long declaredLength(RoutingContext rc) {
        String length = rc.request().getHeader(HttpHeaderNames.CONTENT_LENGTH);
        try {
            return length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;   // Quarkus and Netty deal with a nonsense length
        }
    }

    private void refuse(RoutingContext rc) {
        String body;
        try {
            body = json.writeValueAsString(Problem.of(413, "payload-too-large", "Content Too Large",
                    "the request body is larger than the " + limit.get().asLongValue() + " bytes this service accepts"));
        } catch (Exception e) {
            body = "{\"status\":413,\"title\":\"Content Too Large\"}";
        }
        // close afterwards: the rest of the body is not read, so the connection cannot be reused
        rc.response().setStatusCode(413)
                .putHeader(HttpHeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaderNames.CONNECTION, "close")
                .end(body);
    }
}
