package org.setu.screening.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Which agencies staff the arrivals desk at which port, as the NRM coordinators designated them. */
@ApplicationScoped
public class PortDeskRepository implements PanacheRepositoryBase<PortDeskEntity, PortDeskEntity.Key> {

    /** A designation as listed: the agency, and who designated it when. */
    public record Desk(String portOfEntry, UUID agencyId, Instant designatedAt, String designatedBy) {
    }

    public boolean staffs(UUID agencyId, String port) {
        return findByIdOptional(new PortDeskEntity.Key(port, agencyId)).isPresent();
    }

    public List<Desk> at(String port) {
        return list("key.portOfEntry = ?1 order by designatedAt, key.agencyId", port).stream()
                .map(e -> new Desk(e.key.portOfEntry, e.key.agencyId, e.designatedAt, e.designatedBy)).toList();
    }

    /** Designates the agency at the port; false when it already was (the first designation is kept). */
    public boolean designate(String port, UUID agencyId, Instant at, String by) {
        if (staffs(agencyId, port)) return false;
        PortDeskEntity e = new PortDeskEntity();
        e.key = new PortDeskEntity.Key(port, agencyId);
        e.designatedAt = at;
        e.designatedBy = by;
        persist(e);
        return true;
    }

    /** Ends the designation; false when there was none. */
    public boolean withdraw(String port, UUID agencyId) {
        return deleteById(new PortDeskEntity.Key(port, agencyId));
    }
}
