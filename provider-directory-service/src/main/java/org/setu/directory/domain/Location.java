package org.setu.directory.domain;

import org.setu.events.directory.LocalizedText;

import java.util.UUID;

/**
 * Where an organization delivers services (HSDS location). A confidential location (a shelter for victims)
 * keeps its area codes public but its street address and coordinates only for those who need them.
 */
public record Location(UUID id, UUID organizationId, LocalizedText name, Address address, Area area,
                       Double latitude, Double longitude, boolean confidential) {

    /** A street address; {@code postalCode} may be null. */
    public record Address(String line, String city, String postalCode) {
    }

    /** The geography codes of the place; division and district always known, upazila and union when given. */
    public record Area(String divisionId, String districtId, String upazilaId, String unionId) {
    }

    /** The location as a reader without access to confidential addresses sees it. */
    public Location withoutAddress() {
        return new Location(id, organizationId, name, null, area, null, null, confidential);
    }
}
