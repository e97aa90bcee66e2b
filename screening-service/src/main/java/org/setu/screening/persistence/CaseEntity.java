package org.setu.screening.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code screening_case}; the wrapped key stays the bytes the master key sealed (bytea). */
@Entity
@Table(name = "screening_case")
class CaseEntity {

    @Id
    UUID id;

    String ref;

    @Column(name = "opened_by_agency", updatable = false)
    UUID openedByAgency;

    /** The agency that owns the case now; a hand-over moves it. */
    @Column(name = "owner_agency")
    UUID ownerAgency;

    @Enumerated(EnumType.STRING)
    CaseRow.Status status;

    @Column(name = "opened_at", updatable = false)
    Instant openedAt;

    @Column(name = "closed_at")
    Instant closedAt;

    @Column(name = "closure_reason")
    String closureReason;

    @Column(name = "erased_at")
    Instant erasedAt;

    @Column(name = "erasure_reason")
    String erasureReason;

    @Column(name = "wrapped_key")
    byte[] wrappedKey;

    @Column(name = "master_key_id")
    String masterKeyId;

    /** Service category codes, comma-separated. */
    @Column(name = "consent_services")
    String consentServices;

    @Column(name = "consent_share")
    String consentShare;

    @Column(name = "consent_cross_border")
    Boolean consentCrossBorder;

    /** Counted by each change to the case (not an optimistic lock: changes to a case queue on its row lock). */
    long version;
}
