package org.setu.screening.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.setu.events.screening.FollowUpRecorded;
import org.setu.events.text.Reason;
import org.setu.kit.api.ConflictException;
import org.setu.kit.api.InvalidRequestException;
import org.setu.kit.audit.AuditTrail;
import org.setu.kit.outbox.Outbox;
import org.setu.kit.security.Caller;
import org.setu.screening.domain.AnswerProblem;
import org.setu.screening.domain.reintegration.ContactChannel;
import org.setu.screening.domain.reintegration.FollowUpReview;
import org.setu.screening.domain.reintegration.FollowUpTiming;
import org.setu.screening.domain.reintegration.ReminderPolicy;
import org.setu.screening.domain.reintegration.RssScore;
import org.setu.screening.domain.reintegration.WarningSigns;
import org.setu.screening.persistence.CaseRow;
import org.setu.screening.persistence.FollowUpRepository;
import org.setu.screening.persistence.FollowUpRepository.Waiting;
import org.setu.screening.persistence.FollowUpRow;
import org.setu.screening.persistence.PlanRepository;
import org.setu.screening.persistence.PlanRow;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Follow-ups of a returnee's reintegration: each contact or attempt, the survey's scores when the person was reached,
 * the warning signs, and what the case worker is asked to do next. Written by a case worker of the agency that owns
 * the case; read by them and the NRM coordinators; every read and write audited like the case's personal data.
 */
@ApplicationScoped
public class FollowUpService {

    static final String RESOURCE = "follow-up";

    @Inject
    Outbox outbox;

    @Inject
    CaseAccess access;
    @Inject
    CaseKeys keys;
    @Inject
    Sealed sealed;
    @Inject
    FollowUpRepository followUps;
    @Inject
    PlanRepository plans;
    @Inject
    RssCatalog surveys;
    @Inject
    AuditTrail audit;
    @Inject
    ScreeningSettings settings;
    @Inject
    TraceText traceText;

    Clock clock = Clock.systemUTC();

    /** What a case worker records. {@code survey} null means the current survey version. */
    public record NewFollowUp(LocalDate dueOn, Instant contactedAt, ContactChannel channel, boolean reached,
                              String surveyCode, Integer surveyVersion, Map<String, Object> answers,
                              Map<String, Object> warningSigns) {
    }

    /** A follow-up as read back: the stored row with its answers and trace opened, and its timing. */
    private record Recorded(FollowUpRow row, Boolean onTime, Sealed.FollowUpAnswers opened) {
    }

    public record SurveyRef(String code, Integer version) {
    }

    public record Scores(BigDecimal economic, BigDecimal social, BigDecimal psychosocial, BigDecimal composite) {
    }

    /** A follow-up as the API shows it, its trace in the reader's language. */
    public record FollowUpView(UUID id, UUID caseId, LocalDate dueOn, Instant contactedAt, ContactChannel channel,
                               boolean reached, Boolean onTime, SurveyRef survey, Scores scores, List<String> warnings,
                               Map<String, Object> answers, Map<String, Object> warningSigns, List<String> trace,
                               Instant recordedAt, String recordedBy) {
    }

    /** The follow-ups of a case, and each day of its plan with whether it was kept. */
    public record History(List<FollowUpView> items, List<ScheduledDay> schedule) {
    }

    public enum DayStatus { DONE_ON_TIME, DONE_LATE, DUE, OVERDUE }

    public record ScheduledDay(LocalDate dueOn, DayStatus status) {
    }

    @Transactional
    public FollowUpView record(UUID caseId, NewFollowUp in, Caller caller, String language) {
        CaseRow kase = access.ownedCase(caller, caseId);
        if (kase.status() != CaseRow.Status.OPEN) throw ConflictException.wrongStatus(kase.status().name(), kase.version());
        Instant now = clock.instant();
        if (in.contactedAt().isAfter(now.plus(Duration.ofMinutes(5)))) {
            throw new InvalidRequestException("contactedAt", "must not be in the future");
        }
        // by the day, in Dhaka: a form gives the minute, and a visit begun as the case was opened is not "before" it
        if (in.contactedAt().atZone(PlanService.AGENCIES).toLocalDate()
                .isBefore(kase.openedAt().atZone(PlanService.AGENCIES).toLocalDate())) {
            throw new InvalidRequestException("contactedAt", "must not be before the day the case was opened");
        }
        if (in.dueOn() != null && plans.find(caseId).map(PlanRow::followUpsDue).filter(d -> d.contains(in.dueOn())).isEmpty()) {
            throw new InvalidRequestException("dueOn", "must be a day of the case's follow-up schedule");
        }
        UUID id = UUID.randomUUID();
        List<FollowUpRow> earlier = followUps.ofCase(caseId);
        FollowUpRow row;
        Sealed.FollowUpAnswers opened = null;
        if (!in.reached()) {
            if (in.answers() != null || in.warningSigns() != null || in.surveyCode() != null) {
                throw new InvalidRequestException("answers", "must be left out when the person was not reached");
            }
            row = new FollowUpRow(id, caseId, in.dueOn(), in.contactedAt(), in.channel().name(), false, null, null, null,
                    null, List.of(), now, caller.username());
        } else {
            if (in.answers() == null) throw new InvalidRequestException("answers", "is required when the person was reached");
            String code = in.surveyCode() != null ? in.surveyCode() : surveys.current().code();
            int version = in.surveyVersion() != null ? in.surveyVersion() : surveys.current().version();
            RssScore score = surveys.score(code, version, in.answers());
            Map<String, Object> signs = in.warningSigns() == null ? Map.of() : in.warningSigns();
            WarningSigns asked = surveys.warningSigns();
            List<AnswerProblem> signProblems = asked.check(signs);
            if (!signProblems.isEmpty()) throw new AnswersRejected("some warning signs do not fit " + asked.code(), signProblems);
            Set<String> risks = asked.raised(signs);
            List<FollowUpReview.Proposal> proposals = FollowUpReview.proposals(risks, lastScores(earlier),
                    score, settings.fallingScoreDrop());
            List<Reason> trace = new ArrayList<>(score.trace());
            proposals.forEach(p -> trace.add(p.reason()));
            List<String> codes = new ArrayList<>(risks);
            proposals.forEach(p -> codes.add(p.dimension() == null ? p.code() : p.code() + ":" + p.dimension()));
            opened = new Sealed.FollowUpAnswers(in.answers(), signs, TraceCodec.encode(trace));
            CaseCipher cipher = keys.open(kase.id(), kase.wrappedKey(), kase.masterKeyId());
            row = new FollowUpRow(id, caseId, in.dueOn(), in.contactedAt(), in.channel().name(), true, code, version,
                    sealed.followUp(cipher, id, opened), scores(score), codes, now, caller.username());
        }
        followUps.insert(row);
        Boolean onTime = onTime(row);
        // the statistics count follow-ups done in time; the answers and scores stay here, sealed
        outbox.record(new FollowUpRecorded(caseId, caller.agencyId().orElse(kase.ownerAgency()), row.dueOn(),
                in.contactedAt().atZone(PlanService.AGENCIES).toLocalDate(), row.reached(), onTime, now));
        audit.record(AuditTrail.CREATE, RESOURCE, caseId.toString(), CaseAccess.purpose(caller));
        return view(new Recorded(row, onTime, opened), language);
    }

    @Transactional
    public History history(UUID caseId, Caller caller, String language) {
        CaseRow kase = access.visibleCase(caller, caseId, false);
        List<FollowUpRow> rows = followUps.ofCase(caseId);
        CaseCipher cipher = rows.stream().anyMatch(FollowUpRow::reached)
                ? keys.open(kase.id(), kase.wrappedKey(), kase.masterKeyId()) : null;
        List<Recorded> out = rows.stream().map(r -> new Recorded(r, onTime(r),
                r.reached() ? sealed.followUp(cipher, r.id(), r.answersSealed()) : null)).toList();
        audit.record(AuditTrail.READ, RESOURCE, caseId.toString(), CaseAccess.purpose(caller));
        return new History(out.stream().map(r -> view(r, language)).toList(), schedule(caseId, rows));
    }

    private FollowUpView view(Recorded r, String language) {
        FollowUpRow row = r.row();
        FollowUpRow.Scores s = row.scores();
        Sealed.FollowUpAnswers opened = r.opened();
        return new FollowUpView(row.id(), row.caseId(), row.dueOn(), row.contactedAt(), ContactChannel.valueOf(row.channel()),
                row.reached(), r.onTime(), row.surveyCode() == null ? null : new SurveyRef(row.surveyCode(), row.surveyVersion()),
                s == null ? null : new Scores(s.economic(), s.social(), s.psychosocial(), s.composite()), row.warnings(),
                opened == null ? null : opened.answers(), opened == null ? null : opened.warningSigns(),
                opened == null ? List.of() : traceText.render(TraceCodec.decode(opened.trace()), language),
                row.recordedAt(), row.recordedBy());
    }

    /** A day waiting for a follow-up, in a case worker's list. */
    public record DueFollowUp(UUID caseId, String caseRef, LocalDate dueOn, DayStatus status) {
    }

    public record DuePage(List<DueFollowUp> items, int page, int size, long totalItems) {
    }

    /**
     * The follow-ups waiting in the next {@code withinDays} days or overdue: of the caller's agency's open cases, or of
     * all for a coordinator; {@code only} keeps the due or the overdue ones. Codes and dates only, like the case list,
     * so the list is not audited.
     */
    @Transactional
    public DuePage due(Caller caller, int withinDays, DayStatus only, int page, int size) {
        if (only != null && only != DayStatus.DUE && only != DayStatus.OVERDUE) {
            throw new InvalidRequestException("status", "must be DUE or OVERDUE");
        }
        UUID agency = caller.hasRole(CaseAccess.COORDINATOR) ? null : access.agencyOf(caller);
        LocalDate today = LocalDate.now(clock.withZone(PlanService.AGENCIES));
        LocalDate until = today.plusDays(withinDays);
        LocalDate overdueBefore = ReminderPolicy.overdueBefore(today, settings.followUpWindowDays());
        Waiting which = only == null ? Waiting.ALL : only == DayStatus.OVERDUE ? Waiting.OVERDUE : Waiting.NOT_OVERDUE;
        List<DueFollowUp> items = followUps.due(agency, until, which, overdueBefore, page, size).stream()
                .map(d -> new DueFollowUp(d.caseId(), d.caseRef(), d.dueOn(),
                        d.dueOn().isBefore(overdueBefore) ? DayStatus.OVERDUE : DayStatus.DUE))
                .toList();
        return new DuePage(items, page, size, followUps.countDue(agency, until, which, overdueBefore));
    }

    private List<ScheduledDay> schedule(UUID caseId, List<FollowUpRow> rows) {
        List<LocalDate> due = plans.find(caseId).map(PlanRow::followUpsDue).orElse(List.of());
        LocalDate today = LocalDate.now(clock.withZone(PlanService.AGENCIES));
        int window = settings.followUpWindowDays();
        // an attempt that did not reach the person leaves the day waiting
        List<LocalDate> answered = rows.stream().filter(r -> r.dueOn() != null && r.reached()).map(FollowUpRow::dueOn).toList();
        List<LocalDate> overdue = FollowUpTiming.overdue(due, answered, today, window);
        return due.stream().map(d -> {
            Boolean kept = rows.stream().filter(r -> r.reached() && d.equals(r.dueOn())).map(this::onTime)
                    .reduce(Boolean::logicalOr).orElse(null);
            DayStatus status = kept != null ? (kept ? DayStatus.DONE_ON_TIME : DayStatus.DONE_LATE)
                    : overdue.contains(d) ? DayStatus.OVERDUE : DayStatus.DUE;
            return new ScheduledDay(d, status);
        }).toList();
    }

    private Boolean onTime(FollowUpRow r) {
        if (r.dueOn() == null) return null;
        return FollowUpTiming.onTime(r.dueOn(), r.contactedAt().atZone(PlanService.AGENCIES).toLocalDate(),
                settings.followUpWindowDays());
    }

    /** The scores of the last follow-up that reached the person, as the review compares them. */
    private static RssScore lastScores(List<FollowUpRow> earlier) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            FollowUpRow.Scores s = earlier.get(i).scores();
            if (s == null) continue;
            return new RssScore(earlier.get(i).surveyCode(), earlier.get(i).surveyVersion(), List.of(
                    new RssScore.DimensionScore("economic", number(s.economic())),
                    new RssScore.DimensionScore("social", number(s.social())),
                    new RssScore.DimensionScore("psychosocial", number(s.psychosocial()))),
                    number(s.composite()), false, null, List.of());
        }
        return null;
    }

    private static FollowUpRow.Scores scores(RssScore s) {
        return new FollowUpRow.Scores(decimal(s.dimension("economic").orElse(null)), decimal(s.dimension("social").orElse(null)),
                decimal(s.dimension("psychosocial").orElse(null)), decimal(s.composite()));
    }

    private static BigDecimal decimal(Double d) {
        return d == null ? null : BigDecimal.valueOf(d).setScale(4, RoundingMode.HALF_UP);
    }

    private static Double number(BigDecimal d) {
        return d == null ? null : d.doubleValue();
    }
}
