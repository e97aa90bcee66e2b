package org.setu.screening.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

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
