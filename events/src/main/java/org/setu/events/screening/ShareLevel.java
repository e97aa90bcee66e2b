package org.setu.events.screening;

/** How much of a person's details an accepting provider may read in the shared view. */
public enum ShareLevel {
    NONE,
    /** First name, age, sex, languages and a contact phone: never on the bus, only through the shared view. */
    BASIC,
    FULL
}
