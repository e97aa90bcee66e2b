package org.setu.events.screening;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code setu.screening.port-desk-changed.v1}: the NRM coordinators designated an agency as the arrivals desk at a port
 * of entry, or ended that designation (issue #19, item 6). Whoever tells the desks about the returns expected at a port
 * keeps the desks from it. Only ids and a port code travel: a designation says nothing about any person.
 *
 * @param portOfEntry the port's code from the screening service's list, e.g. {@code DAC}
 * @param agencyId    the agency designated, or no longer designated
 * @param designated  true when the agency now staffs the desk, false when it stopped
 */
public record PortDeskChanged(String portOfEntry, UUID agencyId, boolean designated, Instant occurredAt) {
}
