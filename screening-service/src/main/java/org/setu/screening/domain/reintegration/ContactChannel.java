package org.setu.screening.domain.reintegration;

/** How a case worker reached, or tried to reach, the person at a follow-up. */
public enum ContactChannel {
    HOME_VISIT,
    OFFICE_VISIT,
    PHONE,
    VIDEO_CALL
}
