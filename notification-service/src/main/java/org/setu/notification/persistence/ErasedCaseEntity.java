package org.setu.notification.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code erased_case}: the id of a case erased upstream, and when. */
@Entity
@Table(name = "erased_case")
class ErasedCaseEntity {

    @Id
    @Column(name = "case_id")
    UUID caseId;

    @Column(name = "erased_at")
    Instant erasedAt;
}
