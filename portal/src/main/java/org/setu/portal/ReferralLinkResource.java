package org.setu.portal;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * {@code GET /referrals/{id}}: the link in every referral notification (setu.notification.link-base). It opens
 * the app, which shows the referral in the user's inbox or cases. Only a referral id may follow: nothing personal.
 */
@Path("/referrals/{id}")
public class ReferralLinkResource {

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String open(@PathParam("id") String id) throws IOException {
        try {
            UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
        try (InputStream page = getClass().getClassLoader().getResourceAsStream("META-INF/resources/index.html")) {
            if (page == null) throw new NotFoundException();
            return new String(page.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
