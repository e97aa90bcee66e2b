package org.setu.screening.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.query.Query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** The follow-ups of reintegration plans, oldest contact first. */
@ApplicationScoped
public class FollowUpRepository implements PanacheRepositoryBase<FollowUpEntity, UUID> {

    public void insert(FollowUpRow r) {
        FollowUpEntity e = new FollowUpEntity();
        e.id = r.id();
        e.caseId = r.caseId();
        e.dueOn = r.dueOn();
        e.contactedAt = r.contactedAt();
        e.channel = r.channel();
        e.reached = r.reached();
        e.surveyCode = r.surveyCode();
        e.surveyVersion = r.surveyVersion();
        e.answersSealed = r.answersSealed();
        if (r.scores() != null) {
            e.economic = r.scores().economic();
            e.social = r.scores().social();
            e.psychosocial = r.scores().psychosocial();
            e.composite = r.scores().composite();
        }
        e.warnings = String.join(",", r.warnings());
        e.recordedAt = r.recordedAt();
        e.recordedBy = r.recordedBy();
        persist(e);
    }

    public List<FollowUpRow> ofCase(UUID caseId) {
        return find("caseId", Sort.by("contactedAt").and("recordedAt"), caseId).list().stream()
                .map(FollowUpRepository::toRow).toList();
    }

    /** A day of an open case's plan that no follow-up reaching the person has answered yet. */
    public record DueDay(UUID caseId, String caseRef, LocalDate dueOn) {
    }

    /** Which waiting days a list shows: all of them, only those whose window has closed, or only those still open. */
    public enum Waiting { ALL, OVERDUE, NOT_OVERDUE }

    /**
     * The days up to {@code until} still waiting for a follow-up that reached the person, earliest first: of the
     * agency's open cases, or of every open case when {@code agency} is null (the coordinators). A day before
     * {@code overdueBefore} is overdue.
     */
    @SuppressWarnings("unchecked")
    public List<DueDay> due(UUID agency, LocalDate until, Waiting which, LocalDate overdueBefore, int page, int size) {
        var q = getSession().createNativeQuery("SELECT d.case_id, c.ref, d.due_on " + DUE + filters(agency, which)
                        + " ORDER BY d.due_on, d.case_id LIMIT :size OFFSET :offset", Object[].class)
                .setParameter("until", until).setParameter("size", size).setParameter("offset", page * size);
        bind(q, agency, which, overdueBefore);
        return ((List<Object[]>) q.getResultList()).stream()
                .map(r -> new DueDay((UUID) r[0], (String) r[1], day(r[2]))).toList();
    }

    public long countDue(UUID agency, LocalDate until, Waiting which, LocalDate overdueBefore) {
        var q = getSession().createNativeQuery("SELECT count(*) " + DUE + filters(agency, which), Long.class)
                .setParameter("until", until);
        bind(q, agency, which, overdueBefore);
        return q.getSingleResult();
    }

    private static String filters(UUID agency, Waiting which) {
        return (agency == null ? "" : AGENCY) + (which == Waiting.OVERDUE ? " AND d.due_on < :overdueBefore"
                : which == Waiting.NOT_OVERDUE ? " AND d.due_on >= :overdueBefore" : "");
    }

    private static void bind(Query<?> q, UUID agency, Waiting which, LocalDate overdueBefore) {
        if (agency != null) q.setParameter("agency", agency);
        if (which != Waiting.ALL) q.setParameter("overdueBefore", overdueBefore);
    }

    /** A waiting day of an open case not yet announced as it stands today, and the agency that follows the case. */
    public record UnannouncedDay(UUID caseId, String caseRef, UUID agencyId, LocalDate dueOn) {
    }

    /**
     * Waiting days up to {@code until} whose reminder for today has not been announced: the overdue reminder for a day
     * before {@code overdueBefore}, the due-soon one for the others. Earliest first, at most {@code limit}. The cases'
     * rows stay locked until the caller's transaction ends.
     */
    @SuppressWarnings("unchecked")
    public List<UnannouncedDay> unannounced(LocalDate until, LocalDate overdueBefore, int limit) {
        var q = getSession().createNativeQuery("SELECT d.case_id, c.ref, c.owner_agency, d.due_on " + DUE
                        + " AND NOT EXISTS (SELECT 1 FROM follow_up_reminder r WHERE r.case_id = d.case_id AND r.due_on = d.due_on"
                        + " AND r.kind = CASE WHEN d.due_on < :overdueBefore THEN 'OVERDUE' ELSE 'DUE_SOON' END)"
                        // a case being closed or erased is passed over: announced after its erasure, a day would
                        // put the erased case's reference back on the topic
                        + " ORDER BY d.due_on, d.case_id LIMIT :limit FOR UPDATE OF c SKIP LOCKED", Object[].class)
                .setParameter("until", until).setParameter("overdueBefore", overdueBefore).setParameter("limit", limit);
        return ((List<Object[]>) q.getResultList()).stream()
                .map(r -> new UnannouncedDay((UUID) r[0], (String) r[1], (UUID) r[2], day(r[3]))).toList();
    }

    /** Records a reminder as announced; false when another replica announced it first. */
    public boolean announce(UUID caseId, LocalDate dueOn, String kind, Instant at) {
        return getSession().createNativeMutationQuery("INSERT INTO follow_up_reminder (case_id, due_on, kind, announced_at) "
                        + "VALUES (:caseId, :dueOn, :kind, :at) ON CONFLICT DO NOTHING")
                .setParameter("caseId", caseId).setParameter("dueOn", dueOn).setParameter("kind", kind)
                .setParameter("at", at).executeUpdate() == 1;
    }

    private static LocalDate day(Object v) {
        return v instanceof LocalDate d ? d : ((java.sql.Date) v).toLocalDate();
    }

    private static final String DUE = "FROM follow_up_due d JOIN screening_case c ON c.id = d.case_id "
            + "WHERE c.status = 'OPEN' AND d.due_on <= :until AND NOT EXISTS (SELECT 1 FROM follow_up f "
            + "WHERE f.case_id = d.case_id AND f.due_on = d.due_on AND f.reached)";
    private static final String AGENCY = " AND c.owner_agency = :agency";

    /** An erased case keeps no follow-ups: their answers could no longer be read, and their scores would still name it. */
    public void removeCase(UUID caseId) {
        delete("caseId", caseId);
        getSession().createNativeMutationQuery("DELETE FROM follow_up_reminder WHERE case_id = :caseId")
                .setParameter("caseId", caseId).executeUpdate();
    }

    private static FollowUpRow toRow(FollowUpEntity e) {
        FollowUpRow.Scores scores = e.reached ? new FollowUpRow.Scores(e.economic, e.social, e.psychosocial, e.composite) : null;
        List<String> warnings = e.warnings == null || e.warnings.isEmpty() ? List.of() : Arrays.asList(e.warnings.split(","));
        return new FollowUpRow(e.id, e.caseId, e.dueOn, e.contactedAt, e.channel, e.reached, e.surveyCode, e.surveyVersion,
                e.answersSealed, scores, List.copyOf(warnings), e.recordedAt, e.recordedBy);
    }
}
