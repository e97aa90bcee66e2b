package org.setu.kit.security;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who is calling: the token's subject and user name, its realm roles, and the agency ({@code agency_id}
 * claim) that the caller acts for. Every authorisation decision about agency data starts here.
 */
public record Caller(String subject, String username, Set<String> roles, Optional<UUID> agencyId) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** Whether the caller belongs to the agency that owns a record; records of other agencies must look absent (404). */
    public boolean actsFor(UUID agency) {
        return agencyId.map(agency::equals).orElse(false);
    }

    /** Parses the {@code agency_id} claim; a claim that is not a UUID is treated as no agency at all. */
    public static Optional<UUID> agencyOf(Object claim) {
        if (claim == null) return Optional.empty();
        try {
            return Optional.of(UUID.fromString(claim.toString().replace("\"", "").trim()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
