package org.setu.kit.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every problem detail a service answers with is in the language the request asks for: Bangla when its
 * Accept-Language prefers Bangla to English ({@link ProblemTranslation}), English otherwise. The {@code type}, the
 * field names and the extension members are codes and stay as they are.
 */
public class ProblemLanguage {

    @ServerResponseFilter
    public void localise(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof Problem problem)) return;
        if (!"bn".equals(Languages.preferred(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)))) return;
        response.setEntity(ProblemTranslation.bangla().translate(problem));
        response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, "bn");
    }
}
