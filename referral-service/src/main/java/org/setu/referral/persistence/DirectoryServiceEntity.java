package org.setu.referral.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code directory_service}: the latest snapshot of one service, as JSON. */
@Entity
@Table(name = "directory_service")
class DirectoryServiceEntity {

    @Id
    UUID id;

    @Column(name = "organization_id")
    UUID organizationId;

    long version;

    String category;

    @Column(name = "coverage_keys")
    String[] coverageKeys;

    boolean removed;

    @JdbcTypeCode(SqlTypes.JSON)
    String snapshot;

    @Column(name = "updated_at")
    Instant updatedAt;
}
