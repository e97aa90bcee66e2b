package org.setu.screening.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.UUID;

/** Provider organisations that currently hold an accepted (or started) referral for a case. */
@ApplicationScoped
public class ProviderAccessRepository implements PanacheRepositoryBase<ProviderAccessEntity, UUID> {

    /** Idempotent (a redelivered event grants nothing twice): a native insert that leaves a row already there. */
    public void grant(UUID referralId, UUID caseId, UUID organizationId, Instant at) {
        getSession().createNativeMutationQuery("INSERT INTO provider_access (referral_id, case_id, organization_id, granted_at) "
                        + "VALUES (:referral, :caseId, :organization, :at) ON CONFLICT (referral_id) DO NOTHING")
                .setParameter("referral", referralId).setParameter("caseId", caseId)
                .setParameter("organization", organizationId).setParameter("at", at).executeUpdate();
    }

    public void revoke(UUID referralId) {
        delete("referralId", referralId);
    }

    public void revokeCase(UUID caseId) {
        delete("caseId", caseId);
    }

    public boolean holds(UUID caseId, UUID organizationId) {
        return count("caseId = ?1 and organizationId = ?2", caseId, organizationId) > 0;
    }
}
