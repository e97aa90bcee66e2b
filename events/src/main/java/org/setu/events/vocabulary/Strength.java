package org.setu.events.vocabulary;

/** The grade of an ILO/EC indicator. */
public enum Strength {
    STRONG,
    MEDIUM,
    WEAK
}
