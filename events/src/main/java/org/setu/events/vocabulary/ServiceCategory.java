package org.setu.events.vocabulary;

/** The 13 Setu service categories (taxonomy {@code setu}): what a person needs and what a service offers. */
public enum ServiceCategory {
    SHELTER,
    MEDICAL,
    PSYCHOSOCIAL,
    LEGAL_AID,
    CHILD_PROTECTION,
    FAMILY_TRACING,
    REPATRIATION,
    REINTEGRATION,
    DOCUMENTATION,
    INTERPRETATION,
    FINANCIAL_ASSISTANCE,
    EDUCATION,
    LAW_ENFORCEMENT
}
