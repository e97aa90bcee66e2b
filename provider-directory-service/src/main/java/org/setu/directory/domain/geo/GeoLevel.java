package org.setu.directory.domain.geo;

/** Bangladesh's administrative levels, coarsest first. Unions are used for locations, not for coverage. */
public enum GeoLevel {
    DIVISION,
    DISTRICT,
    UPAZILA,
    UNION
}
