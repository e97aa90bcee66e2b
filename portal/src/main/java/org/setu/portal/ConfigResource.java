package org.setu.portal;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /config.json}: what the single-page app reads before anything else, so that one build serves every
 * deployment. It holds no secret: the portal's Keycloak client is public (authorization code with PKCE).
 */
@Path("/config.json")
public class ConfigResource {

    /** The shape the app reads (web/src/config.ts). */
    public record ClientConfig(String keycloakUrl, String realm, String clientId, String screeningUrl,
                               String referralUrl, String directoryUrl, String notificationUrl,
                               String statisticsUrl) {
    }

    private final PortalConfig config;

    public ConfigResource(PortalConfig config) {
        this.config = config;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response get() {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(new ClientConfig(strip(config.keycloakUrl()), config.realm(), config.clientId(),
                strip(config.screeningUrl()), strip(config.referralUrl()), strip(config.directoryUrl()),
                strip(config.notificationUrl()), strip(config.statisticsUrl()))).cacheControl(noStore).build();
    }

    private static String strip(String url) {
        return url.replaceAll("/+$", "");
    }
}
