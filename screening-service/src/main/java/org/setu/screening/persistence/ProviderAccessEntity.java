package org.setu.screening.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code provider_access}: one accepted (or started) referral that lets its provider see the case. */
@Entity
@Table(name = "provider_access")
class ProviderAccessEntity {

    @Id
    @Column(name = "referral_id")
    UUID referralId;

    @Column(name = "case_id")
    UUID caseId;

    @Column(name = "organization_id")
    UUID organizationId;

    @Column(name = "granted_at")
    Instant grantedAt;
}
