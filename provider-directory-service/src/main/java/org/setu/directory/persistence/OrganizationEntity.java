package org.setu.directory.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code organization}. */
@Entity
@Table(name = "organization")
class OrganizationEntity {

    @Id
    UUID id;

    @Column(name = "name_en")
    String nameEn;

    @Column(name = "name_bn")
    String nameBn;

    @Column(name = "description_en")
    String descriptionEn;

    @Column(name = "description_bn")
    String descriptionBn;

    String email;

    String website;

    String phone;

    boolean sample;

    @Column(name = "updated_at")
    Instant updatedAt;
}
