package org.setu.kit.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.security.Principal;
import java.util.Optional;

/** The one injectable place that turns the request's token into a {@link Caller}. */
@RequestScoped
public class CallerContext {

    public static final String AGENCY_CLAIM = "agency_id";

    @Inject
    SecurityIdentity identity;

    public Caller caller() {
        Principal principal = identity.getPrincipal();
        if (principal instanceof JsonWebToken jwt) {
            String username = Optional.ofNullable(jwt.<String>getClaim("preferred_username")).orElse(jwt.getName());
            return new Caller(jwt.getSubject(), username, identity.getRoles(), Caller.agencyOf(jwt.getClaim(AGENCY_CLAIM)));
        }
        // @TestSecurity and other non-JWT identities: agency from an attribute, if any
        Object agency = identity.getAttribute(AGENCY_CLAIM);
        return new Caller(principal.getName(), principal.getName(), identity.getRoles(), Caller.agencyOf(agency));
    }
}
