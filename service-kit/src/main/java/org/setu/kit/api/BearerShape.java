package org.setu.kit.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.regex.Pattern;

/**
 * Refuses, as 401, a bearer credential that is not a compact JWT (three base64url parts) before Quarkus OIDC
 * parses it. Introspection is off, so nothing else could be a valid token; and Quarkus throws on some such values
 * (a token made of dots answered 500).
 */
@ApplicationScoped
public class BearerShape {

    static final Pattern COMPACT_JWT = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");
    private static final String BEARER = "Bearer ";

    @Inject
    ObjectMapper json;

    void install(@Observes Router router) {
        router.route("/api/*").order(-2).handler(rc -> {
            String authorization = rc.request().getHeader(HttpHeaderNames.AUTHORIZATION);
            if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                    && !COMPACT_JWT.matcher(authorization.substring(BEARER.length()).trim()).matches()) {
                RequestLimits.refuse(rc, ProblemMappers.unauthenticated(), json);
            } else {
                rc.next();
            }
        });
    }
}
