package org.setu.statistics.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code case_fact}; the read model is written and read with SQL, this mapping anchors the repository. */
@Entity
@Table(name = "case_fact")
class CaseFactEntity {

    @Id
    @Column(name = "case_id")
    UUID caseId;

    @Column(name = "agency_id")
    UUID agencyId;

    @Column(name = "screened_at")
    Instant screenedAt;

    String classification;
}
