package org.setu.screening.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.UUID;

/** Provider organisations that currently hold an accepted (or started) referral for a case. */
@ApplicationScoped
public class ProviderAccessRepository {

    @Inject
    Jdbc jdbc;

    public void grant(UUID referralId, UUID caseId, UUID organizationId, Instant at) {
        jdbc.update("INSERT INTO provider_access (referral_id, case_id, organization_id, granted_at) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT (referral_id) DO NOTHING", referralId, caseId, organizationId, at);
    }

    public void revoke(UUID referralId) {
        jdbc.update("DELETE FROM provider_access WHERE referral_id = ?", referralId);
    }

    public void revokeCase(UUID caseId) {
        jdbc.update("DELETE FROM provider_access WHERE case_id = ?", caseId);
    }

    public boolean holds(UUID caseId, UUID organizationId) {
        return jdbc.one("SELECT 1 FROM provider_access WHERE case_id = ? AND organization_id = ? LIMIT 1", rs -> true,
                caseId, organizationId).isPresent();
    }
}
