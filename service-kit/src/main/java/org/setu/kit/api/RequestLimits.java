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
 * Answers a request that is too large as a problem, before Quarkus or Netty answer it with an empty body.
 * <ul>
 *   <li>A body over {@code quarkus.http.limits.max-body-size}: Quarkus refuses it at route order -2 with a
 *   bare 413; this route runs at -3 and answers the same status as a problem. A chunked body without
 *   {@code Content-Length} is still cut off by Quarkus while it reads, with a bare 413.</li>
 *   <li>A URI over {@code setu.http.max-uri-length}: 414. Netty refuses a request line longer than
 *   {@code quarkus.http.limits.max-initial-line-length} before any route runs (Quarkus gives no hook for
 *   that answer, quarkusio/quarkus#55082), so the kit raises that limit well above this one.</li>
 * </ul>
 */
@ApplicationScoped
public class RequestLimits {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    Optional<MemorySize> bodyLimit;

    @ConfigProperty(name = "setu.http.max-uri-length", defaultValue = "8192")
    int uriLimit;

    @Inject
    ObjectMapper json;

    void install(@Observes Router router) {
        long maxBody = bodyLimit.map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
        router.route().order(-3).handler(rc -> {
            if (rc.request().uri().length() > uriLimit) {
                refuse(rc, Problem.of(414, "uri-too-long", "URI Too Long",
                        "the request URI is longer than the " + uriLimit + " characters this service accepts"));
            } else if (declaredLength(rc) > maxBody) {
                refuse(rc, Problem.of(413, "payload-too-large", "Content Too Large",
                        "the request body is larger than the " + maxBody + " bytes this service accepts"));
            } else {
                rc.next();
            }
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

    private void refuse(RoutingContext rc, Problem problem) {
        refuse(rc, problem, json);
    }

    /**
     * Answers a problem from a route, before any resource runs, and closes the connection (the body is not read). No
     * response filter runs here, so the problem is put in Bangla here when the reader asked for it.
     */
    static void refuse(RoutingContext rc, Problem asked, ObjectMapper json) {
        boolean bangla = "bn".equals(Languages.preferred(rc.request().getHeader(HttpHeaderNames.ACCEPT_LANGUAGE)));
        Problem problem = bangla ? ProblemTranslation.bangla().translate(asked) : asked;
        if (bangla) rc.response().putHeader(HttpHeaderNames.CONTENT_LANGUAGE, "bn");
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (Exception e) {
            body = "{\"status\":" + problem.status() + ",\"title\":\"" + problem.title() + "\"}";
        }
        // close afterwards: the rest of the request is not read, so the connection cannot be reused
        rc.response().setStatusCode(problem.status())
                .putHeader(HttpHeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaderNames.CONNECTION, "close")
                .end(body);
    }
}
