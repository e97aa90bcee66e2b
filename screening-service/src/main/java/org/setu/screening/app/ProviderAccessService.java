package org.setu.screening.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.setu.screening.persistence.ProviderAccessRepository;

import java.time.Instant;
import java.util.UUID;

/**
 * Which provider organisations may read a case's shared view: the one holding an accepted (or started) referral
 * for it, until that referral is completed, cancelled, declined, expired or escalated.
 */
@ApplicationScoped
public class ProviderAccessService {

    @Inject
    ProviderAccessRepository access;

    @Transactional(Transactional.TxType.MANDATORY)
    public void referralTaken(UUID referralId, UUID caseId, UUID organizationId) {
        access.grant(referralId, caseId, organizationId, Instant.now());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void referralClosed(UUID referralId) {
        access.revoke(referralId);
    }
}
