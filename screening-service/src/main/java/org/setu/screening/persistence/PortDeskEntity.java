package org.setu.screening.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A row of {@code port_desk}: an agency that staffs the arrivals desk at a port of entry. */
@Entity
@Table(name = "port_desk")
class PortDeskEntity {

    /** The port and the agency: a designation exists once. */
    @Embeddable
    static class Key implements Serializable {

        @Column(name = "port_of_entry")
        String portOfEntry;

        @Column(name = "agency_id")
        UUID agencyId;

        Key() {
        }

        Key(String portOfEntry, UUID agencyId) {
            this.portOfEntry = portOfEntry;
            this.agencyId = agencyId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(portOfEntry, k.portOfEntry) && Objects.equals(agencyId, k.agencyId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(portOfEntry, agencyId);
        }
    }

    @EmbeddedId
    Key key;

    @Column(name = "designated_at")
    Instant designatedAt;

    @Column(name = "designated_by")
    String designatedBy;
}
