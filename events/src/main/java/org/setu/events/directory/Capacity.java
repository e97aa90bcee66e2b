package org.setu.events.directory;

/** How many units a service has free now, out of how many. */
public record Capacity(int available, int total, CapacityUnit unit) {
}
