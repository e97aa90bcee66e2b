package org.setu.portal;

import io.smallrye.config.ConfigMapping;

/** Where the browser finds Keycloak and the five services' APIs (application.properties, overridable by env). */
@ConfigMapping(prefix = "setu.portal")
public interface PortalConfig {

    String keycloakUrl();

    String realm();

    String clientId();

    String screeningUrl();

    String referralUrl();

    String directoryUrl();

    String notificationUrl();

    String statisticsUrl();
}
