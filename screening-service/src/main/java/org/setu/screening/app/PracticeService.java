package org.setu.screening.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.setu.kit.api.InvalidRequestException;
import org.setu.kit.api.NotFound;
import org.setu.kit.audit.AuditTrail;
import org.setu.kit.security.Caller;
import org.setu.screening.domain.Instrument;
import org.setu.screening.domain.PracticeAssignment;
import org.setu.screening.domain.PracticeCase;
import org.setu.screening.domain.PracticeComparison;
import org.setu.screening.domain.PracticeProgress;
import org.setu.screening.domain.PracticeRecord;
import org.setu.screening.persistence.PracticeRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A screener practises on a fictional case: their answers go through the real engine beside the expert's. Practice
 * keeps only where the reading agreed (for the screener's and their trainer's progress) and its audit line (purpose
 * {@code TRAINING}): no case, no screening, no event, no personal data.
 */
@ApplicationScoped
public class PracticeService {

    static final String PURPOSE = "TRAINING";
    static final String TRAINER = "trainer";
    static final String AGENCY_ADMIN = "agency-admin";
    /** Months of progress begin and end where the agencies are. */
    static final ZoneId AGENCIES = ZoneId.of("Asia/Dhaka");

    @Inject
    PracticeCatalog catalog;

    @Inject
    InstrumentCatalog instruments;

    @Inject
    PracticeRepository practice;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    /** A comparison and the attempt it was kept as. */
    public record Attempted(UUID id, Instant at, PracticeComparison comparison) {
    }

    /** One case of an assignment: done once the screener attempted it after it was set. */
    public record AssignedCase(PracticeCase practiceCase, boolean done, Boolean lastAgrees) {
    }

    public record Assigned(PracticeAssignment assignment, List<AssignedCase> cases) {
    }

    /** The cohort is the agency's screeners together. */
    public record AgencyProgress(PracticeProgress cohort, List<PracticeProgress> screeners) {
    }

    public PracticeCase practiceCase(String id) {
        return catalog.find(id).orElseThrow(NotFound::new);
    }

    public java.util.Optional<PracticeCase> find(String id) {
        return catalog.find(id);
    }

    public List<PracticeCase> all() {
        return catalog.all();
    }

    /** The screener's reading of the case compared with the expert's; answers that do not fit the instrument are a 422. */
    @Transactional
    public Attempted attempt(PracticeCase c, Map<String, Object> answers, Caller caller) {
        Instrument instrument = instruments.checked(c.instrument().code(), c.instrument().version(), answers);
        PracticeComparison comparison = PracticeComparison.compare(instrument, c.answers(), answers, c.person().age(),
                c.person().languages());
        Attempted attempted = new Attempted(UUID.randomUUID(), clock.instant(), comparison);
        practice.recordAttempt(attempted.id(), caller.agencyId().orElse(null), caller.username(),
                PracticeRecord.of(c.id(), attempted.at(), comparison));
        audit.record(AuditTrail.READ, "practice-case", c.id(), PURPOSE);
        return attempted;
    }

    /** A trainer sets practice cases for a screener of their own agency. */
    @Transactional
    public Assigned assign(Caller trainer, String screener, List<String> caseIds, LocalDate dueOn) {
        UUID agency = trainer.agencyId().orElseThrow(() -> new InvalidRequestException("screener",
                "can only be set by a trainer who acts for an agency"));
        List<String> ids = List.copyOf(new LinkedHashSet<>(caseIds));
        for (int i = 0; i < ids.size(); i++) {
            if (catalog.find(ids.get(i)).isEmpty()) throw new InvalidRequestException("cases[" + i + "]", "must be a practice case of the catalogue");
        }
        LocalDate today = LocalDate.now(clock.withZone(AGENCIES));
        if (dueOn != null && (dueOn.isBefore(today) || dueOn.isAfter(today.plusYears(1)))) {
            throw new InvalidRequestException("dueOn", "must be a day from today to a year from today");
        }
        PracticeAssignment a = new PracticeAssignment(UUID.randomUUID(), agency, screener.strip(), ids, dueOn,
                trainer.username(), clock.instant());
        practice.assign(a);
        audit.record(AuditTrail.CREATE, "practice-assignment", a.id().toString(), PURPOSE);
        return withProgress(a, List.of());
    }

    /** A trainer sees every assignment of the agency; a screener, their own. */
    public List<Assigned> assignments(Caller caller) {
        UUID agency = caller.agencyId().orElse(null);
        if (agency == null) return List.of();
        if (trains(caller)) {
            Map<String, List<PracticeRecord>> attempts = practice.attemptsInAgency(agency);
            return practice.assignmentsInAgency(agency).stream()
                    .map(a -> withProgress(a, attempts.getOrDefault(a.screener(), List.of()))).toList();
        }
        List<PracticeRecord> mine = practice.attemptsOf(caller.username());
        return practice.assignmentsOf(caller.username(), agency).stream().map(a -> withProgress(a, mine)).toList();
    }

    public PracticeProgress progressOf(Caller screener) {
        return PracticeProgress.of(screener.username(), practice.attemptsOf(screener.username()), AGENCIES);
    }

    /** The trainer's agency: each screener who practised, and all of them together. */
    @Transactional
    public AgencyProgress progressInAgency(Caller trainer) {
        Map<String, List<PracticeRecord>> byScreener = trainer.agencyId().map(practice::attemptsInAgency).orElse(Map.of());
        List<PracticeRecord> all = new ArrayList<>();
        List<PracticeProgress> each = new ArrayList<>();
        byScreener.forEach((screener, records) -> {
            all.addAll(records);
            each.add(PracticeProgress.of(screener, records, AGENCIES));
        });
        audit.record(AuditTrail.READ, "practice-progress", trainer.agencyId().map(UUID::toString).orElse("none"), PURPOSE);
        return new AgencyProgress(PracticeProgress.of(null, all, AGENCIES), each);
    }

    static boolean trains(Caller caller) {
        return caller.hasRole(TRAINER) || caller.hasRole(AGENCY_ADMIN);
    }

    private Assigned withProgress(PracticeAssignment a, List<PracticeRecord> screenersRecords) {
        List<AssignedCase> cases = new ArrayList<>();
        for (String id : a.caseIds()) {
            // a case later taken out of the catalogue stays out of the view, not an error
            catalog.find(id).ifPresent(c -> {
                var latest = a.latestAttempt(id, screenersRecords);
                cases.add(new AssignedCase(c, latest.isPresent(), latest.map(PracticeRecord::agrees).orElse(null)));
            });
        }
        return new Assigned(a, cases);
    }
}
