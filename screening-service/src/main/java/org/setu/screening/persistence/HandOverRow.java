package org.setu.screening.persistence;

import org.setu.events.screening.HandOverDeclineReason;
import org.setu.screening.domain.handover.HandOverStatus;

import java.time.Instant;
import java.util.UUID;

/** A hand-over of a case from one agency to another, as stored. */
public record HandOverRow(UUID id, UUID caseId, UUID fromAgency, UUID toAgency, HandOverStatus status,
                          HandOverDeclineReason declineReason, Instant proposedAt, String proposedBy, Instant decidedAt,
                          String decidedBy) {
}
