package org.setu.directory.domain;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Who acts, as the directory's policies need it: realm roles and the organization ({@code agency_id}) acted for. */
public record Actor(Set<String> roles, Optional<UUID> organizationId) {

    public static final String DIRECTORY_ADMIN = "directory-admin";
    public static final String AGENCY_ADMIN = "agency-admin";
    public static final String PROVIDER_STAFF = "provider-staff";
    public static final String NRM_COORDINATOR = "nrm-coordinator";

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean is(String role) {
        return roles.contains(role);
    }

    public boolean actsFor(UUID organization) {
        return organizationId.map(organization::equals).orElse(false);
    }
}
