package org.setu.screening.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.setu.events.screening.ReturnCancelled;
import org.setu.events.screening.ReturnPlanned;
import org.setu.kit.api.ConflictException;
import org.setu.kit.api.InvalidRequestException;
import org.setu.kit.api.NotFound;
import org.setu.kit.audit.AuditTrail;
import org.setu.kit.outbox.Outbox;
import org.setu.kit.security.Caller;
import org.setu.screening.domain.repatriation.FieldProblem;
import org.setu.screening.domain.repatriation.PlannedReturn;
import org.setu.screening.domain.repatriation.ReturnPolicy;
import org.setu.screening.domain.repatriation.ReturnStatus;
import org.setu.screening.persistence.CaseRow;
import org.setu.screening.persistence.PlannedReturnRepository;
import org.setu.screening.persistence.PlannedReturnRow;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * A case's planned return (issue #19, item 2): written and cancelled by a case worker of the agency that owns the
 * case, read by them and by the NRM coordinators, each access audited like the case's personal data. The transport
 * reference is sealed with the case's key; the rest stays in clear for the arrival lists to come. Each write and
 * cancellation is announced on {@code setu.screening.v1} with codes and days only, so that the port and the services
 * at home can get ready.
 */
@ApplicationScoped
public class PlannedReturnService {

    static final String RESOURCE = "planned-return";

    @Inject
    CaseAccess access;

    @Inject
    CaseKeys keys;

    @Inject
    Sealed sealed;

    @Inject
    PlannedReturnRepository returns;

    @Inject
    PortCatalog ports;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    Clock clock = Clock.systemUTC();

    /** A planned return as stored: its version (the ETag), and who changed it last. */
    public record Planned(UUID caseId, long version, PlannedReturn plan, Instant updatedAt, String updatedBy) {
    }

    @Transactional
    public Planned read(UUID caseId, Caller caller) {
        CaseRow kase = access.visibleCase(caller, caseId, false);
        PlannedReturnRow row = returns.find(caseId).orElseThrow(NotFound::new);
        String ref = row.transportRefSealed() == null ? null : sealed.transportRef(cipher(kase), row.transportRefSealed());
        audit.record(AuditTrail.READ, RESOURCE, caseId.toString(), CaseAccess.purpose(caller));
        return new Planned(caseId, row.version(), new PlannedReturn(row.expectedFrom(), row.expectedTo(), row.portOfEntry(),
                row.mode(), ref, row.verification()), row.updatedAt(), row.updatedBy());
    }

    /**
     * Writes the planned return of an open case. The first needs no version; a change needs the version read
     * ({@code If-Match}), so that two case workers never overwrite each other unseen.
     */
    @Transactional
    public Planned write(UUID caseId, Caller caller, PlannedReturn plan, Long expectedVersion) {
        CaseRow kase = access.ownedCase(caller, caseId);
        Optional<PlannedReturnRow> existing = returns.find(caseId);
        VersionedWrite.check(version(existing), expectedVersion, kase);
        refuseOnceArrived(existing);
        List<FieldProblem> problems = ReturnPolicy.problems(plan, ports.find(plan.portOfEntry()), LocalDate.now(clock.withZone(PlanService.AGENCIES)));
        if (!problems.isEmpty()) throw new InvalidRequestException(problems.get(0).field(), problems.get(0).message());
        long version = existing.map(r -> r.version() + 1).orElse(1L);
        Instant now = clock.instant();
        byte[] ref = plan.transportRef() == null ? null : sealed.transportRef(cipher(kase), plan.transportRef());
        returns.save(new PlannedReturnRow(caseId, version, plan.expectedFrom(), plan.expectedTo(), plan.portOfEntry(), plan.mode(),
                ref, plan.nationalityVerification(), now, caller.username()));
        UUID agency = caller.agencyId().orElse(kase.ownerAgency());
        outbox.record(new ReturnPlanned(caseId, agency, version, plan.portOfEntry(), plan.expectedFrom(), plan.expectedTo(),
                plan.mode(), plan.nationalityVerification() == null ? null : plan.nationalityVerification().status(), now));
        audit.record(existing.isPresent() ? AuditTrail.CHANGE : AuditTrail.CREATE, RESOURCE, caseId.toString(),
                CaseAccess.purpose(caller));
        return new Planned(caseId, version, plan, now, caller.username());
    }

    /** Cancels the planned return (the person stays, or goes elsewhere), with the version read, like a change. */
    @Transactional
    public void cancel(UUID caseId, Caller caller, Long expectedVersion) {
        CaseRow kase = access.ownedCase(caller, caseId);
        Optional<PlannedReturnRow> existing = returns.find(caseId);
        if (existing.isEmpty()) throw new NotFound();
        VersionedWrite.check(version(existing), expectedVersion, kase);
        refuseOnceArrived(existing);
        returns.remove(caseId);
        outbox.record(new ReturnCancelled(caseId, caller.agencyId().orElse(kase.ownerAgency()), existing.get().version(),
                clock.instant()));
        audit.record(AuditTrail.CHANGE, RESOURCE, caseId.toString(), CaseAccess.purpose(caller));
    }

    /** The clear part of a case's planned return, for the case view (whose own read is audited). */
    public Optional<Views.PlannedReturnSummary> summary(UUID caseId) {
        return returns.find(caseId).map(r -> new Views.PlannedReturnSummary(r.portOfEntry(), r.expectedFrom(), r.expectedTo(),
                r.mode(), r.verification() == null ? null : r.verification().status(), r.status()));
    }

    /** After the desk confirmed the arrival, the plan is history: the referrals it released have gone out. */
    private static void refuseOnceArrived(Optional<PlannedReturnRow> existing) {
        existing.filter(r -> r.status() == ReturnStatus.ARRIVED).ifPresent(r -> {
            throw new ConflictException("the person has arrived; the planned return can no longer change", r.status().name(), r.version());
        });
    }

    private static OptionalLong version(Optional<PlannedReturnRow> row) {
        return row.map(r -> OptionalLong.of(r.version())).orElse(OptionalLong.empty());
    }

    private CaseCipher cipher(CaseRow kase) {
        return keys.open(kase.id(), kase.wrappedKey(), kase.masterKeyId());
    }
}
