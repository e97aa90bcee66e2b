package org.setu.screening.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.setu.kit.api.NotFound;
import org.jboss.logging.Logger;
import org.setu.kit.api.ConflictException;
import org.setu.kit.audit.AuditTrail;
import org.setu.kit.security.Caller;
import org.setu.screening.domain.DuplicatePolicy;
import org.setu.screening.persistence.CaseRepository;
import org.setu.screening.persistence.CaseRow;
import org.setu.screening.persistence.PossibleDuplicateRepository;
import org.setu.screening.persistence.PossibleDuplicateRow;
import org.setu.screening.persistence.PossibleDuplicateRow.Status;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Possible duplicates across agencies: found by a screening, reviewed by an NRM coordinator. A pending or rejected
 * pair grants nothing; a confirmed one lets each agency read the other's case as far as that case's consent allows
 * (CaseService#linkedCases). Every step is audited.
 */
@ApplicationScoped
public class DuplicateReviewService {

    private static final Logger LOG = Logger.getLogger(DuplicateReviewService.class);

    @Inject
    PossibleDuplicateRepository duplicates;
    @Inject
    CaseRepository cases;
    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    /** Called inside the screening's transaction; the screener is not told. */
    void found(UUID newCase, DuplicatePolicy.Candidate match, Instant at) {
        UUID id = UUID.randomUUID();
        if (!duplicates.insert(new PossibleDuplicateRow(id, newCase, match.caseId(), match.agreeing(), Status.PENDING, at, null, null))) return;
        audit.record(AuditTrail.CREATE, "possible-duplicate", id.toString(), "SCREENING");
        LOG.infof("possible duplicate %s: case %s may be the person of case %s", id, newCase, match.caseId());
    }

    public Views.Page<Views.PossibleDuplicateView> list(String status, int page, int size) {
        Status wanted = status == null ? null : Status.valueOf(status);
        List<Views.PossibleDuplicateView> items = duplicates.page(wanted, page, size).stream().map(this::view).toList();
        return new Views.Page<>(items, page, size, duplicates.count(wanted));
    }

    public Views.PossibleDuplicateView get(UUID id) {
        return view(duplicates.find(id).orElseThrow(NotFound::new));
    }

    @Transactional
    public Views.PossibleDuplicateView decide(UUID id, boolean samePerson, Caller caller) {
        PossibleDuplicateRow d = duplicates.lock(id).orElseThrow(NotFound::new);
        if (d.status() != Status.PENDING) throw ConflictException.wrongStatus(d.status().name(), 0);
        Status decided = samePerson ? Status.CONFIRMED : Status.REJECTED;
        duplicates.decide(id, decided, clock.instant(), caller.username());
        audit.record(AuditTrail.CHANGE, "possible-duplicate", id.toString(), "DUPLICATE_REVIEW");
        LOG.infof("possible duplicate %s %s", id, decided);
        return get(id);
    }

    private Views.PossibleDuplicateView view(PossibleDuplicateRow d) {
        return new Views.PossibleDuplicateView(d.id(), side(d.caseId()), side(d.otherCaseId()),
                d.matchedOn().stream().map(Enum::name).toList(), d.status().name(), d.foundAt(), d.decidedAt());
    }

    private Views.CaseSide side(UUID caseId) {
        CaseRow c = cases.find(caseId).orElseThrow();
        return new Views.CaseSide(c.id(), c.ref(), c.ownerAgency());
    }
}
