package org.setu.screening.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code practice_attempt}: where one practice reading agreed with the expert's. */
@Entity
@Table(name = "practice_attempt")
class PracticeAttemptEntity {

    @Id
    UUID id;

    @Column(name = "agency_id")
    UUID agencyId;

    String screener;

    @Column(name = "case_id")
    String caseId;

    @Column(name = "attempted_at")
    Instant attemptedAt;

    boolean agrees;

    @Column(name = "classification_agrees")
    boolean classificationAgrees;

    @Column(name = "urgency_agrees")
    boolean urgencyAgrees;

    @Column(name = "needs_agree")
    boolean needsAgree;

    @Column(name = "elements_agreed")
    String[] elementsAgreed;

    @Column(name = "elements_differing")
    String[] elementsDiffering;
}
