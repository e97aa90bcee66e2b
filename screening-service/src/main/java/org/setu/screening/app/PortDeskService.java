package org.setu.screening.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.setu.events.screening.PortDeskChanged;
import org.setu.kit.api.InvalidRequestException;
import org.setu.kit.api.NotFound;
import org.setu.kit.audit.AuditTrail;
import org.setu.kit.outbox.Outbox;
import org.setu.kit.security.Caller;
import org.setu.screening.persistence.PortDeskRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Which agencies staff the arrivals desk at each port of entry. Only the NRM coordinators designate them: a desk reads
 * enough of every person expected at its port to recognise her, so an agency cannot make itself one. Each change is
 * announced with {@code setu.screening.port-desk-changed.v1} in the same transaction, so that the notification service
 * knows whom to tell of the returns expected at a port; a designation that changes nothing announces nothing.
 */
@ApplicationScoped
public class PortDeskService {

    static final String RESOURCE = "port-desk";

    @Inject
    PortDeskRepository desks;
    @Inject
    PortCatalog ports;
    @Inject
    AuditTrail audit;
    @Inject
    Outbox outbox;

    Clock clock = Clock.systemUTC();

    /** An agency designated at a port, and who designated it when. */
    public record Desk(String portOfEntry, UUID agencyId, Instant designatedAt, String designatedBy) {
    }

    public List<Desk> at(String port) {
        known(port);
        return desks.at(port).stream().map(d -> new Desk(d.portOfEntry(), d.agencyId(), d.designatedAt(), d.designatedBy())).toList();
    }

    /** Designates the agency; true when it is new, false when it already staffed the desk. */
    @Transactional
    public boolean designate(String port, UUID agency, Caller caller) {
        known(port);
        Instant now = clock.instant();
        boolean added = desks.designate(port, agency, now, caller.username());
        if (added) {
            audit.record(AuditTrail.CREATE, RESOURCE, port + ":" + agency, "RECEPTION_ADMINISTRATION");
            outbox.record(new PortDeskChanged(port, agency, true, now));
        }
        return added;
    }

    @Transactional
    public void withdraw(String port, UUID agency) {
        known(port);
        if (!desks.withdraw(port, agency)) throw new NotFound();
        audit.record(AuditTrail.CHANGE, RESOURCE, port + ":" + agency, "RECEPTION_ADMINISTRATION");
        outbox.record(new PortDeskChanged(port, agency, false, clock.instant()));
    }

    private void known(String port) {
        if (ports.find(port).isEmpty()) throw new InvalidRequestException("code", "is not a port of entry; see GET /api/v1/return/ports-of-entry");
    }
}
