package org.setu.notification.domain;

/** The notices about the hand-over of a case from one agency to another (docs/notifications.md, "Hand-over"). */
public enum HandOverNotice {
    /** The owning agency proposed the case to another: the receiving agency is asked to answer. */
    PROPOSED,
    /** The receiving agency accepted, and the case is its own: the agency that handed it over. */
    ACCEPTED,
    /** The receiving agency declined, with a reason code: the agency that proposed it, which may propose it elsewhere. */
    DECLINED
}
