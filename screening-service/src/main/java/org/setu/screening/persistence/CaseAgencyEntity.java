package org.setu.screening.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code case_agency}: an agency that screened the person of a case. */
@Entity
@Table(name = "case_agency")
@IdClass(CaseAgencyEntity.Key.class)
class CaseAgencyEntity {

    /** The composite key. */
    public static class Key implements Serializable {
        UUID caseId;
        UUID agencyId;

        public Key() {
        }

        Key(UUID caseId, UUID agencyId) {
            this.caseId = caseId;
            this.agencyId = agencyId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(caseId, k.caseId) && java.util.Objects.equals(agencyId, k.agencyId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(caseId, agencyId);
        }
    }

    @Id
    @Column(name = "case_id")
    UUID caseId;

    @Id
    @Column(name = "agency_id")
    UUID agencyId;

    @Column(name = "joined_at")
    Instant joinedAt;
}
