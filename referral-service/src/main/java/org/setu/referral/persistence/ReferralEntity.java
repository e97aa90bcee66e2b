package org.setu.referral.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.setu.events.vocabulary.ReferralStatus;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Urgency;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code referral}; the history and the explanation stay JSON documents, read and written by {@link ReferralRepository}. */
@Entity
@Table(name = "referral")
class ReferralEntity {

    @Id
    UUID id;

    @Column(name = "case_id", nullable = false, updatable = false)
    UUID caseId;

    @Column(name = "case_ref")
    String caseRef;

    @Column(name = "referring_agency_id", nullable = false, updatable = false)
    UUID referringAgencyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    ServiceCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Urgency urgency;

    @Column(name = "service_id")
    UUID serviceId;

    @Column(name = "organization_id")
    UUID organizationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    ReferralStatus status;

    @Column(name = "due_at")
    Instant dueAt;

    int attempt;

    /**
     * Counted by each saved transition ({@link ReferralRepository#update}), which checks it against the version the
     * transition was made on while the row lock is held. Not a JPA {@code @Version}: a new referral is stored at
     * version 1, which would make Hibernate take it for a detached one.
     */
    long version;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    String explanation;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    String history;

    boolean redacted;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    /** When the coordinators took the referral over; null unless ESCALATED. Kept as a column to sort the list by age. */
    @Column(name = "escalated_at")
    Instant escalatedAt;
}
