package org.setu.directory.domain.geo;

/**
 * One division, district, upazila or union. {@code id} is the code of the geography data set, unique within
 * its level only; {@code parentId} is the code of the unit above (null for a division).
 */
public record AdminUnit(GeoLevel level, String id, String parentId, String nameEn, String nameBn,
                        Double latitude, Double longitude) {
}
