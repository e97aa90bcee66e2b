package org.setu.referral.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.regex.Pattern;

/**
 * A transition needs no body ({@code POST /api/v1/referrals/{id}/accept} with {@code If-Match} is enough); such a
 * request carries no Content-Type, which would otherwise be refused as 415. It is read as an empty JSON body.
 */
public class BodylessTransitions {

    private static final Pattern TRANSITION = Pattern.compile("/api/v1/referrals/[^/]+/[a-z-]+/?");

    @ServerRequestFilter(preMatching = true)
    public void defaultToJson(ContainerRequestContext request) {
        if ("POST".equals(request.getMethod()) && request.getHeaderString(HttpHeaders.CONTENT_TYPE) == null
                && TRANSITION.matcher(request.getUriInfo().getPath()).matches()) {
            request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        }
    }
}
