package org.setu.events.directory;

/** The administrative level of an area a service accepts people from; routing prefers the closest. */
public enum CoverageLevel {
    NATIONAL,
    DIVISION,
    DISTRICT,
    UPAZILA
}
