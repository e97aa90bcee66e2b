package org.setu.screening.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import org.setu.events.screening.ReturnArrived;
import org.setu.events.screening.ReturnMissed;
import org.setu.kit.api.ConflictException;
import org.setu.kit.api.InvalidRequestException;
import org.setu.kit.api.NotFound;
import org.setu.kit.audit.AuditTrail;
import org.setu.kit.outbox.Outbox;
import org.setu.kit.security.Caller;
import org.setu.screening.domain.repatriation.ArrivalPolicy;
import org.setu.screening.domain.repatriation.ReturnStatus;
import org.setu.screening.persistence.CaseRepository;
import org.setu.screening.persistence.CaseRow;
import org.setu.screening.persistence.PlannedReturnRepository;
import org.setu.screening.persistence.PlannedReturnRow;
import org.setu.screening.persistence.PortDeskRepository;
import org.setu.screening.persistence.ScreeningRepository;
import org.setu.screening.persistence.ScreeningRow;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The arrivals desk at a port of entry (issue #19, item 4): the agencies the NRM coordinators designated there see the
 * returns expected in the coming days, with what each person's consent lets them see to recognise her, and settle each
 * once: arrived, or a no-show. Every settlement is announced, so that the referrals held for the arrival can go.
 */
@ApplicationScoped
public class ArrivalsService {

    private static final Logger LOG = Logger.getLogger(ArrivalsService.class);

    static final String RESOURCE = "arrival";
    static final String PURPOSE = "RECEPTION";

    @Inject
    PlannedReturnRepository returns;
    @Inject
    PortDeskRepository desks;
    @Inject
    CaseRepository cases;
    @Inject
    CaseService caseService;
    @Inject
    ScreeningRepository screenings;
    @Inject
    ScreeningService rescreening;
    @Inject
    CaseKeys keys;
    @Inject
    Sealed sealed;
    @Inject
    PortCatalog ports;
    @Inject
    CaseAccess access;
    @Inject
    AuditTrail audit;
    @Inject
    Outbox outbox;

    Clock clock = Clock.systemUTC();

    /**
     * One expected arrival as the desk sees it; {@code person} is null when the consent shares nothing, and both it and
     * the transport reference are null when the case's sealed data cannot be opened ({@code unreadable}).
     */
    public record Expected(UUID caseId, String caseRef, UUID ownerAgency, LocalDate expectedFrom, LocalDate expectedTo,
                           String mode, String transportRef, String verification, Views.SharedPerson person,
                           boolean unreadable) {
    }

    /** The returns expected at the port from today for {@code days} days, the earliest first. */
    @Transactional
    public List<Expected> expected(Caller caller, String port, int days) {
        if (ports.find(port).isEmpty()) throw new InvalidRequestException("port", "is not a port of entry; see GET /api/v1/return/ports-of-entry");
        if (days < 1 || days > ArrivalPolicy.MOST_DAYS_AHEAD) {
            throw new InvalidRequestException("days", "must be from 1 to " + ArrivalPolicy.MOST_DAYS_AHEAD);
        }
        if (!caller.hasRole(CaseAccess.COORDINATOR) && !desks.staffs(access.agencyOf(caller), port)) {
            throw new ForbiddenException("the caller's agency is not a desk at " + port);
        }
        LocalDate today = today();
        List<PlannedReturnRow> awaited = returns.awaitedAt(port, today, today.plusDays(days - 1L));
        // three queries for the whole list, whatever its length: the returns, their open cases, their screenings
        List<UUID> ids = awaited.stream().map(PlannedReturnRow::caseId).toList();
        Map<UUID, CaseRow> open = cases.openAmong(ids);
        Map<UUID, List<ScreeningRow>> screened = screenings.ofCases(open.keySet());
        List<Expected> out = new ArrayList<>();
        for (PlannedReturnRow r : awaited) {
            CaseRow kase = open.get(r.caseId());
            if (kase == null) continue;
            out.add(expected(kase, r, screened.getOrDefault(kase.id(), List.of())));
            audit.record(AuditTrail.READ, RESOURCE, kase.id().toString(), purpose(caller));
        }
        return out;
    }

    /**
     * One person as the desk sees her. A case whose sealed data cannot be opened (its key unwrapped under a master key
     * this replica lacks, say) is listed without what is sealed, marked {@code unreadable}, and logged by id: the rest
     * of the desk's list still shows, where one bad row used to answer 500 for all of it.
     */
    private Expected expected(CaseRow kase, PlannedReturnRow r, List<ScreeningRow> screeningsOfCase) {
        String verification = r.verification() == null ? null : r.verification().status().name();
        try {
            String ref = r.transportRefSealed() == null ? null
                    : sealed.transportRef(keys.open(kase.id(), kase.wrappedKey(), kase.masterKeyId()), r.transportRefSealed());
            Views.SharedPerson person = screeningsOfCase.stream().max(ScreeningRow.BY_SCREENED_AT)
                    .map(latest -> caseService.asConsented(kase, latest)).orElse(null);
            return new Expected(kase.id(), kase.ref(), kase.ownerAgency(), r.expectedFrom(), r.expectedTo(), r.mode().name(),
                    ref, verification, person, false);
        } catch (IllegalStateException unreadable) {
            LOG.warnf("arrivals desk: the sealed data of case %s cannot be opened: %s", kase.id(), unreadable.getMessage());
            return new Expected(kase.id(), kase.ref(), kase.ownerAgency(), r.expectedFrom(), r.expectedTo(), r.mode().name(),
                    null, verification, null, true);
        }
    }

    /**
     * The desk confirms that the person arrived on {@code arrivedOn} (today when not given) and, when it screened her
     * again on the spot, records its {@code answers} as an amendment of the case's latest screening, in the same
     * transaction: the outcome is answered, else null.
     */
    @Transactional
    public Screened arrived(Caller caller, UUID caseId, LocalDate arrivedOn, Map<String, Object> answers) {
        LocalDate today = today();
        LocalDate day = arrivedOn == null ? today : arrivedOn;
        ArrivalPolicy.whyNotArrivedOn(day, today).ifPresent(why -> {
            throw new InvalidRequestException("arrivedOn", why);
        });
        Desk desk = deskFor(caller, caseId);
        Instant now = clock.instant();
        if (!returns.settle(caseId, ReturnStatus.ARRIVED, day, desk.agency(), null, now)) throw settled(caseId);
        outbox.record(new ReturnArrived(caseId, desk.agency(), desk.kase().ownerAgency(), desk.plan().portOfEntry(), day, now));
        audit.record(AuditTrail.CHANGE, RESOURCE, caseId.toString(), PURPOSE);
        return answers == null ? null : rescreening.amendAtArrival(caseId, answers);
    }

    /** The desk reports that the person did not come; only once the window has begun. */
    @Transactional
    public void noShow(Caller caller, UUID caseId) {
        Desk desk = deskFor(caller, caseId);
        LocalDate today = today();
        if (!ArrivalPolicy.noShowCanBeReported(desk.plan().expectedFrom(), today)) {
            throw new ConflictException("the window has not begun: it opens on " + desk.plan().expectedFrom(),
                    desk.plan().status().name(), desk.plan().version());
        }
        Instant now = clock.instant();
        if (!returns.settle(caseId, ReturnStatus.MISSED, today, desk.agency(), "NO_SHOW", now)) throw settled(caseId);
        outbox.record(new ReturnMissed(caseId, desk.agency(), desk.kase().ownerAgency(), desk.plan().portOfEntry(),
                desk.plan().expectedTo(), ReturnMissed.MissedReturnReason.NO_SHOW, now));
        audit.record(AuditTrail.CHANGE, RESOURCE, caseId.toString(), PURPOSE);
    }

    /** A missed return as the NRM coordinators follow it up. */
    public record MissedView(UUID caseId, String caseRef, UUID ownerAgency, String portOfEntry, LocalDate expectedFrom,
                             LocalDate expectedTo, String reason, UUID reportedBy, Instant missedAt) {
    }

    /** The missed returns of open cases, the longest missed first; no personal data, so the list itself is not audited. */
    @Transactional
    public List<MissedView> missed(int limit) {
        List<MissedView> out = new ArrayList<>();
        for (PlannedReturnRepository.Missed m : returns.missed(limit)) {
            CaseRow kase = cases.find(m.plan().caseId()).filter(c -> !c.erased() && c.status() == CaseRow.Status.OPEN).orElse(null);
            if (kase == null) continue;
            out.add(new MissedView(kase.id(), kase.ref(), kase.ownerAgency(), m.plan().portOfEntry(), m.plan().expectedFrom(),
                    m.plan().expectedTo(), m.reason(), m.reportedBy(), m.missedAt()));
        }
        return out;
    }

    private record Desk(UUID agency, CaseRow kase, PlannedReturnRow plan) {
    }

    /**
     * The caller's desk for this case's return. A case whose return is not at a port the caller's agency staffs is
     * not the desk's to settle: 404 when the caller cannot see the case at all, so that ids cannot be probed, and 403
     * when it is her own agency's case that another desk receives.
     */
    private Desk deskFor(Caller caller, UUID caseId) {
        UUID agency = access.agencyOf(caller);
        CaseRow kase = cases.find(caseId).filter(c -> !c.erased()).orElseThrow(NotFound::new);
        PlannedReturnRow plan = returns.find(caseId).orElse(null);
        if (plan != null && desks.staffs(agency, plan.portOfEntry())) {
            if (kase.status() != CaseRow.Status.OPEN) throw ConflictException.wrongStatus(kase.status().name(), plan.version());
            if (!ArrivalPolicy.isAwaited(plan.status())) throw settled(caseId, plan);
            return new Desk(agency, kase, plan);
        }
        if (access.sees(caller, kase)) throw new ForbiddenException("only the desk at the port of entry settles an arrival");
        throw new NotFound();
    }

    private ConflictException settled(UUID caseId) {
        return settled(caseId, returns.find(caseId).orElseThrow(NotFound::new));
    }

    private static ConflictException settled(UUID caseId, PlannedReturnRow plan) {
        return new ConflictException("the return is already settled", plan.status().name(), plan.version());
    }

    private static String purpose(Caller caller) {
        return caller.hasRole(CaseAccess.COORDINATOR) ? "OVERSIGHT" : PURPOSE;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(PlanService.AGENCIES));
    }
}
