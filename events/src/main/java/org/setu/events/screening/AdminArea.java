package org.setu.events.screening;

/**
 * Where a person is or comes from, as codes of the directory's geography (division, district, upazila),
 * never an address. Finer levels may be null when unknown; routing uses the finest one given.
 */
public record AdminArea(String divisionId, String districtId, String upazilaId) {
}
