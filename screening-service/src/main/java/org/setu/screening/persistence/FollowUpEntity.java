package org.setu.screening.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A row of {@code follow_up}: the answers sealed, the scores and codes in clear. */
@Entity
@Table(name = "follow_up")
class FollowUpEntity {

    @Id
    UUID id;

    @Column(name = "case_id")
    UUID caseId;

    @Column(name = "due_on")
    LocalDate dueOn;

    @Column(name = "contacted_at")
    Instant contactedAt;

    String channel;

    boolean reached;

    @Column(name = "survey_code")
    String surveyCode;

    @Column(name = "survey_version")
    Integer surveyVersion;

    @Column(name = "answers_sealed")
    byte[] answersSealed;

    BigDecimal economic;

    BigDecimal social;

    BigDecimal psychosocial;

    BigDecimal composite;

    String warnings;

    @Column(name = "recorded_at")
    Instant recordedAt;

    @Column(name = "recorded_by")
    String recordedBy;
}
