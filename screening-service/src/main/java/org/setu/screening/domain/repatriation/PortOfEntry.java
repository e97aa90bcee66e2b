package org.setu.screening.domain.repatriation;

import org.setu.events.screening.TravelMode;
import org.setu.screening.domain.Text;

/**
 * A place where a returnee enters Bangladesh. The district and upazila are ids of the directory's geography (bd-geo),
 * so that a help desk or a shelter near the port can be found; the crossing is the place on the other side of a land
 * border, which the person's escort abroad knows the port by.
 *
 * @param upazilaId null where the port lies in a city corporation rather than an upazila
 * @param crossing  null for an airport
 */
public record PortOfEntry(String code, Text name, PortKind kind, String districtId, String upazilaId, Text crossing) {

    /** The mode a port receives: a flight lands at an airport; a bus, a car or a train crosses at a land port. */
    public TravelMode receives() {
        return kind == PortKind.AIRPORT ? TravelMode.AIR : TravelMode.LAND;
    }
}
