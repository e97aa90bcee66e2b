package org.setu.portal;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The headers that keep the portal's page honest:
 * <ul>
 * <li>a Content-Security-Policy that runs only the app's own script files (no inline script, no eval) and lets
 *     the page talk only to its own origin, Keycloak and the five APIs of {@link PortalConfig}, so that an
 *     injected script could neither run nor send a case anywhere else;</li>
 * <li>HSTS when the page came over TLS (directly or through a proxy that says so), so that a browser never
 *     falls back to plain HTTP on a hostile network;</li>
 * <li>{@code index.html} (and every app route, which serves it) revalidated at each load ({@code no-cache}), so
 *     that a fix reaches every browser at once; Vite's content-hashed {@code /assets/} may be kept for a year.</li>
 * </ul>
 */
@ApplicationScoped
public class PortalHeaders {

    static final String ASSETS = "/assets/";
    static final String HSTS = "max-age=31536000; includeSubDomains";

    private final String policy;

    public PortalHeaders(PortalConfig config) {
        this.policy = contentSecurityPolicy(config);
    }

    void install(@Observes Router router) {
        router.route().order(-10).handler(rc -> {
            HttpServerRequest request = rc.request();
            boolean tls = request.isSSL() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
            boolean asset = request.path() != null && request.path().startsWith(ASSETS);
            rc.addHeadersEndHandler(v -> {
                var headers = rc.response().headers();
                headers.set("Content-Security-Policy", policy);
                if (tls) headers.set("Strict-Transport-Security", HSTS);
                String cache = headers.get("Cache-Control");
                if (asset && rc.response().getStatusCode() == 200) {
                    headers.set("Cache-Control", "public, max-age=31536000, immutable");
                } else if (cache == null || !cache.contains("no-store")) {
                    headers.set("Cache-Control", "no-cache");
                }
            });
            rc.next();
        });
    }

    static String contentSecurityPolicy(PortalConfig c) {
        Set<String> connect = new LinkedHashSet<>();
        connect.add("'self'");
        for (String url : new String[] {c.keycloakUrl(), c.screeningUrl(), c.referralUrl(), c.directoryUrl(),
                c.notificationUrl(), c.statisticsUrl()}) {
            connect.add(origin(url));
        }
        String keycloak = origin(c.keycloakUrl());
        return "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self' data:; "
                + "connect-src " + String.join(" ", connect) + "; frame-src " + keycloak + "; "
                + "form-action 'self' " + keycloak + "; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";
    }

    /** Scheme, host and port of a URL: a CSP source never needs the path. */
    static String origin(String url) {
        URI u = URI.create(url.trim());
        return u.getScheme() + "://" + u.getHost() + (u.getPort() < 0 ? "" : ":" + u.getPort());
    }
}
