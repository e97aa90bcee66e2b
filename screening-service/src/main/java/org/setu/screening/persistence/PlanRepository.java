package org.setu.screening.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reintegration plans and their follow-up days. */
@ApplicationScoped
public class PlanRepository implements PanacheRepositoryBase<PlanEntity, UUID> {

    public Optional<PlanRow> find(UUID caseId) {
        return findByIdOptional(caseId).map(e -> new PlanRow(e.caseId, e.version, e.goalsSealed, e.anchor, due(caseId),
                e.updatedAt, e.updatedBy));
    }

    /** Writes the plan as version {@code version}, its follow-up days replacing the old ones. */
    public void save(UUID caseId, long version, byte[] goalsSealed, LocalDate anchor, List<LocalDate> followUpsDue,
                     Instant at, String by) {
        PlanEntity e = findById(caseId);
        boolean first = e == null;
        if (first) {
            e = new PlanEntity();
            e.caseId = caseId;
        }
        e.version = version;
        e.goalsSealed = goalsSealed;
        e.anchor = anchor;
        e.updatedAt = at;
        e.updatedBy = by;
        if (first) persist(e);
        // the days' rows refer to the plan's row: it must be in the database before they are
        flush();
        getSession().createNativeMutationQuery("DELETE FROM follow_up_due WHERE case_id = :caseId")
                .setParameter("caseId", caseId).executeUpdate();
        for (LocalDate d : followUpsDue) {
            getSession().createNativeMutationQuery("INSERT INTO follow_up_due (case_id, due_on) VALUES (:caseId, :due)")
                    .setParameter("caseId", caseId).setParameter("due", d).executeUpdate();
        }
    }

    /** An erased case keeps no plan: the sealed goals could no longer be read, and the days would still name the case. */
    public void removeCase(UUID caseId) {
        getSession().createNativeMutationQuery("DELETE FROM follow_up_due WHERE case_id = :caseId")
                .setParameter("caseId", caseId).executeUpdate();
        deleteById(caseId);
    }

    @SuppressWarnings("unchecked")
    private List<LocalDate> due(UUID caseId) {
        return getSession().createNativeQuery("SELECT due_on FROM follow_up_due WHERE case_id = :caseId ORDER BY due_on", LocalDate.class)
                .setParameter("caseId", caseId).getResultList();
    }
}
