package org.setu.events.screening;

/**
 * Why a case worker closed a case. The list is the one the NRM's coordinators report on; a reason that does not
 * fit is a sign the list needs a new entry, not a free-text field (free text could carry personal data).
 */
public enum ClosureReason {
    /** The person is reintegrated: the plan's goals are met or the follow-ups show it. */
    REINTEGRATED,
    /** The person moved to another part of the country, out of the agency's reach. */
    MOVED_WITHIN_COUNTRY,
    /** The person migrated again. */
    MIGRATED_AGAIN,
    /** The person could not be reached, after the set number of unanswered follow-up attempts. */
    LOST_CONTACT,
    /** The person declined further support. */
    DECLINED_SUPPORT,
    /** The case went to another agency or programme. */
    TRANSFERRED,
    /** The person died. */
    DECEASED
}
