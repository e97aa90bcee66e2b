package org.setu.screening.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

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

    /**
     * The days up to {@code until} still waiting for a follow-up that reached the person, earliest first: of the
     * agency's open cases, or of every open case when {@code agency} is null (the coordinators).
     */
    @SuppressWarnings("unchecked")
    public List<DueDay> due(UUID agency, LocalDate until, int page, int size) {
        var q = getSession().createNativeQuery("SELECT d.case_id, c.ref, d.due_on " + DUE + (agency == null ? "" : AGENCY)
                + " ORDER BY d.due_on, d.case_id LIMIT :size OFFSET :offset", Object[].class)
                .setParameter("until", until).setParameter("size", size).setParameter("offset", page * size);
        if (agency != null) q.setParameter("agency", agency);
        return ((List<Object[]>) q.getResultList()).stream()
                .map(r -> new DueDay((UUID) r[0], (String) r[1], day(r[2]))).toList();
    }

    public long countDue(UUID agency, LocalDate until) {
        var q = getSession().createNativeQuery("SELECT count(*) " + DUE + (agency == null ? "" : AGENCY), Long.class)
                .setParameter("until", until);
        if (agency != null) q.setParameter("agency", agency);
        return q.getSingleResult();
    }

    private static LocalDate day(Object v) {
        return v instanceof LocalDate d ? d : ((java.sql.Date) v).toLocalDate();
    }

    private static final String DUE = "FROM follow_up_due d JOIN screening_case c ON c.id = d.case_id "
            + "WHERE c.status = 'OPEN' AND d.due_on <= :until AND NOT EXISTS (SELECT 1 FROM follow_up f "
            + "WHERE f.case_id = d.case_id AND f.due_on = d.due_on AND f.reached)";
    private static final String AGENCY = " AND c.opened_by_agency = :agency";

    /** An erased case keeps no follow-ups: their answers could no longer be read, and their scores would still name it. */
    public void removeCase(UUID caseId) {
        delete("caseId", caseId);
    }

    private static FollowUpRow toRow(FollowUpEntity e) {
        FollowUpRow.Scores scores = e.reached ? new FollowUpRow.Scores(e.economic, e.social, e.psychosocial, e.composite) : null;
        List<String> warnings = e.warnings == null || e.warnings.isEmpty() ? List.of() : Arrays.asList(e.warnings.split(","));
        return new FollowUpRow(e.id, e.caseId, e.dueOn, e.contactedAt, e.channel, e.reached, e.surveyCode, e.surveyVersion,
                e.answersSealed, scores, List.copyOf(warnings), e.recordedAt, e.recordedBy);
    }
}
