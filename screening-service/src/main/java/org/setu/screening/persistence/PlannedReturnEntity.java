package org.setu.screening.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A row of {@code planned_return}: the transport reference sealed, everything else in clear. */
@Entity
@Table(name = "planned_return")
class PlannedReturnEntity {

    @Id
    @Column(name = "case_id")
    UUID caseId;

    long version;

    @Column(name = "expected_from")
    LocalDate expectedFrom;

    @Column(name = "expected_to")
    LocalDate expectedTo;

    @Column(name = "port_of_entry")
    String portOfEntry;

    String mode;

    @Column(name = "transport_ref_sealed")
    byte[] transportRefSealed;

    @Column(name = "verification_status")
    String verificationStatus;

    @Column(name = "verification_waiting_on")
    String verificationWaitingOn;

    @Column(name = "verification_since")
    LocalDate verificationSince;

    @Column(name = "updated_at")
    Instant updatedAt;

    @Column(name = "updated_by")
    String updatedBy;

    String status;

    @Column(name = "settled_on")
    LocalDate settledOn;

    @Column(name = "settled_by_agency")
    UUID settledByAgency;

    @Column(name = "settled_at")
    Instant settledAt;

    @Column(name = "missed_reason")
    String missedReason;
}
