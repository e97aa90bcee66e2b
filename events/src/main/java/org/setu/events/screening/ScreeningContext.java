package org.setu.events.screening;

/** Where and how a screening took place. */
public enum ScreeningContext {
    AIRPORT_RETURNEE,
    BORDER_INTERCEPTION,
    POLICE_RESCUE,
    SHELTER_INTAKE,
    OUTREACH,
    HOTLINE,
    EMBASSY
}
