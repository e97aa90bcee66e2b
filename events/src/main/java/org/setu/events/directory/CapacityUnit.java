package org.setu.events.directory;

/** What a service counts its capacity in. */
public enum CapacityUnit {
    BEDS,
    SLOTS
}
