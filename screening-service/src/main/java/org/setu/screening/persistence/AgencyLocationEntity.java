package org.setu.screening.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code agency_location}: where an agency that said so works. */
@Entity
@Table(name = "agency_location")
class AgencyLocationEntity {

    @Id
    @Column(name = "agency_id")
    UUID agencyId;

    String country;

    String city;

    @Column(name = "updated_at")
    Instant updatedAt;

    @Column(name = "updated_by")
    String updatedBy;
}
