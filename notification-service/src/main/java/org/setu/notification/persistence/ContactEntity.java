package org.setu.notification.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code directory_contact}. */
@Entity
@Table(name = "directory_contact")
class ContactEntity {

    @Id
    @Column(name = "service_id")
    UUID serviceId;

    @Column(name = "organization_id")
    UUID organizationId;

    long version;

    String email;

    String phone;

    String language;

    boolean removed;

    @Column(name = "updated_at")
    Instant updatedAt;
}
