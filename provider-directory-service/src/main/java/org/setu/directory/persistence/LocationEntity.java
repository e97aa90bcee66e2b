package org.setu.directory.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code location}. */
@Entity
@Table(name = "location")
class LocationEntity {

    @Id
    UUID id;

    @Column(name = "organization_id")
    UUID organizationId;

    @Column(name = "name_en")
    String nameEn;

    @Column(name = "name_bn")
    String nameBn;

    @Column(name = "address_line")
    String addressLine;

    String city;

    @Column(name = "postal_code")
    String postalCode;

    @Column(name = "division_id")
    String divisionId;

    @Column(name = "district_id")
    String districtId;

    @Column(name = "upazila_id")
    String upazilaId;

    @Column(name = "union_id")
    String unionId;

    Double latitude;

    Double longitude;

    boolean confidential;

    @Column(name = "updated_at")
    Instant updatedAt;
}
