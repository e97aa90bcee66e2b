package org.setu.notification.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.setu.events.directory.DirectoryService;
import org.setu.events.directory.ReferralContact;
import org.setu.notification.domain.DirectoryContact;
import org.setu.notification.persistence.ContactRepository;

import java.time.Instant;
import java.util.UUID;

/** Keeps the read model of referral contacts from the directory's snapshots. */
@ApplicationScoped
public class DirectoryProjection {

    @Inject
    ContactRepository contacts;

    @Transactional(Transactional.TxType.MANDATORY)
    public void snapshot(DirectoryService s, Instant at) {
        ReferralContact rc = s.referralContact();
        contacts.upsert(new DirectoryContact(s.id(), s.organizationId(), s.version(),
                rc == null ? null : rc.email(), rc == null ? null : rc.phone(), rc == null ? null : rc.language(), false), at);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void removed(UUID serviceId, UUID organizationId, Instant at) {
        contacts.remove(serviceId, organizationId, at);
    }
}
