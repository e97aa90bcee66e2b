package org.setu.screening.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.setu.kit.api.InvalidRequestException;
import org.setu.kit.api.NotFound;
import org.setu.kit.audit.AuditTrail;
import org.setu.kit.security.Caller;
import org.setu.screening.domain.reintegration.FollowUpSchedule;
import org.setu.screening.domain.reintegration.ReintegrationPlan;
import org.setu.screening.persistence.CaseRow;
import org.setu.screening.persistence.PlanRepository;
import org.setu.screening.persistence.PlanRow;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * A case's reintegration plan: written by a case worker of the agency that owns the case, read by them and by the NRM
 * coordinators, each read audited like the case's personal data. The goals are sealed with the case's key.
 */
@ApplicationScoped
public class PlanService {

    static final String RESOURCE = "reintegration-plan";
    static final ZoneId AGENCIES = ZoneId.of("Asia/Dhaka");

    @Inject
    CaseAccess access;

    @Inject
    CaseKeys keys;

    @Inject
    Sealed sealed;

    @Inject
    PlanRepository plans;

    @Inject
    AuditTrail audit;

    @Inject
    ScreeningSettings settings;

    Clock clock = Clock.systemUTC();

    /** A plan as stored: its version (the ETag), and who changed it last. */
    public record Planned(UUID caseId, long version, ReintegrationPlan plan, Instant updatedAt, String updatedBy) {
    }

    @Transactional
    public Planned read(UUID caseId, Caller caller) {
        CaseRow kase = access.visibleCase(caller, caseId, false);
        PlanRow row = plans.find(caseId).orElseThrow(NotFound::new);
        CaseCipher cipher = keys.open(kase.id(), kase.wrappedKey(), kase.masterKeyId());
        audit.record(AuditTrail.READ, RESOURCE, caseId.toString(), CaseAccess.purpose(caller));
        return new Planned(caseId, row.version(), new ReintegrationPlan(sealed.goals(cipher, row.goalsSealed()), row.anchor(),
                row.followUpsDue()), row.updatedAt(), row.updatedBy());
    }

    /**
     * Writes the plan of an open case. The first plan needs no version; a change needs the version read
     * ({@code If-Match}), so that two case workers never overwrite each other unseen.
     *
     * @param followUpsDue the days chosen, or null for the standard schedule from the anchor
     */
    @Transactional
    public Planned write(UUID caseId, Caller caller, List<ReintegrationPlan.Goal> goals, LocalDate anchor,
                         List<LocalDate> followUpsDue, Long expectedVersion) {
        CaseRow kase = access.ownedCase(caller, caseId);
        Optional<PlanRow> existing = plans.find(caseId);
        VersionedWrite.check(existing.map(r -> OptionalLong.of(r.version())).orElse(OptionalLong.empty()), expectedVersion, kase);
        checkDimensions(goals);
        LocalDate today = LocalDate.now(clock.withZone(AGENCIES));
        if (anchor.isBefore(today.minusYears(10)) || anchor.isAfter(today.plusYears(1))) {
            throw new InvalidRequestException("anchor", "must be a day from ten years ago to a year from today");
        }
        List<LocalDate> due = followUpsDue == null ? FollowUpSchedule.standard(anchor, settings.followUpMonths()) : followUpsDue;
        if (FollowUpSchedule.outOfRange(anchor, due).isPresent()) {
            throw new InvalidRequestException("followUpsDue", "must be days from the anchor to five years after it");
        }
        ReintegrationPlan plan = new ReintegrationPlan(goals, anchor, due);
        long version = existing.map(r -> r.version() + 1).orElse(1L);
        Instant now = clock.instant();
        CaseCipher cipher = keys.open(kase.id(), kase.wrappedKey(), kase.masterKeyId());
        plans.save(caseId, version, sealed.goals(cipher, plan.goals()), anchor, plan.followUpsDue(), now, caller.username());
        audit.record(existing.isPresent() ? AuditTrail.CHANGE : AuditTrail.CREATE, RESOURCE, caseId.toString(),
                CaseAccess.purpose(caller));
        return new Planned(caseId, version, plan, now, caller.username());
    }

    private static void checkDimensions(List<ReintegrationPlan.Goal> goals) {
        for (int i = 0; i < goals.size(); i++) {
            if (!ReintegrationPlan.DIMENSIONS.contains(goals.get(i).dimension())) {
                throw new InvalidRequestException("goals[" + i + "].dimension", "must be economic, social or psychosocial");
            }
        }
    }
}
