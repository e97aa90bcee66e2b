package org.setu.screening.domain.handover;

/** Which of an agency's hand-overs a list holds: those it received, those it sent, or either. */
public enum HandOverSide {
    INCOMING,
    OUTGOING,
    EITHER
}
