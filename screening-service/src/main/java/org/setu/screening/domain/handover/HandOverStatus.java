package org.setu.screening.domain.handover;

/** Where a hand-over stands: proposed by the owning agency, then accepted or declined by the other, or withdrawn. */
public enum HandOverStatus {
    PROPOSED,
    ACCEPTED,
    DECLINED,
    WITHDRAWN
}
