package org.setu.directory.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A row of {@code taxonomy_mapping}: one version of the edited mapping. */
@Entity
@Table(name = "taxonomy_mapping")
class TaxonomyMappingEntity {

    @Id
    long version;

    /** The JSON document as the admin sent it; null: back to the built-in file. */
    String document;

    @Column(name = "changed_by")
    String changedBy;

    @Column(name = "changed_at")
    Instant changedAt;
}
