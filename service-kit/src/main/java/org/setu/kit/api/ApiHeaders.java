package org.setu.kit.api;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Every answer under {@code /api/} may hold personal data, so none of them may stay in a browser's cache, a shared
 * proxy or a laptop's disk ({@code Cache-Control: no-store}), and none may be read by a browser as anything other
 * than the type it says it is ({@code X-Content-Type-Options: nosniff}). The headers are set when the answer's
 * headers go out, so that problems, refusals and event streams carry them as well as ordinary answers.
 */
@ApplicationScoped
public class ApiHeaders {

    void install(@Observes Router router) {
        router.route("/api/*").order(-4).handler(rc -> {
            rc.addHeadersEndHandler(v -> rc.response().headers()
                    .set("Cache-Control", "no-store")
                    .set("X-Content-Type-Options", "nosniff"));
            rc.next();
        });
    }
}
