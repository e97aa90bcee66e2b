package org.setu.screening.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.setu.events.vocabulary.Element;
import org.setu.screening.domain.PracticeAssignment;
import org.setu.screening.domain.PracticeRecord;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/** The practice attempts and assignments of training; the attempts are reached through {@link PracticeAttempts}. */
@ApplicationScoped
public class PracticeRepository implements PanacheRepositoryBase<PracticeAssignmentEntity, UUID> {

    @Inject
    PracticeAttempts attempts;

    public void recordAttempt(UUID id, UUID agencyId, String screener, PracticeRecord r) {
        PracticeAttemptEntity e = new PracticeAttemptEntity();
        e.id = id;
        e.agencyId = agencyId;
        e.screener = screener;
        e.caseId = r.caseId();
        e.attemptedAt = r.attemptedAt();
        e.agrees = r.agrees();
        e.classificationAgrees = r.classificationAgrees();
        e.urgencyAgrees = r.urgencyAgrees();
        e.needsAgree = r.needsAgree();
        e.elementsAgreed = names(r.elementsAgreed());
        e.elementsDiffering = names(r.elementsDiffering());
        attempts.persist(e);
    }

    /** One screener's attempts, oldest first. */
    public List<PracticeRecord> attemptsOf(String screener) {
        return attempts.list("screener", Sort.by("attemptedAt"), screener).stream().map(PracticeRepository::record).toList();
    }

    /** Every attempt made by the agency's screeners, by user name. */
    public Map<String, List<PracticeRecord>> attemptsInAgency(UUID agencyId) {
        return attempts.list("agencyId", Sort.by("attemptedAt"), agencyId).stream().collect(Collectors.groupingBy(
                e -> e.screener, TreeMap::new, Collectors.mapping(PracticeRepository::record, Collectors.toList())));
    }

    public void assign(PracticeAssignment a) {
        PracticeAssignmentEntity e = new PracticeAssignmentEntity();
        e.id = a.id();
        e.agencyId = a.agencyId();
        e.screener = a.screener();
        e.caseIds = a.caseIds().toArray(String[]::new);
        e.dueOn = a.dueOn();
        e.assignedBy = a.assignedBy();
        e.assignedAt = a.assignedAt();
        persist(e);
    }

    public List<PracticeAssignment> assignmentsInAgency(UUID agencyId) {
        return list("agencyId", Sort.by("assignedAt").descending(), agencyId).stream().map(PracticeRepository::assignment).toList();
    }

    public List<PracticeAssignment> assignmentsOf(String screener, UUID agencyId) {
        return list("screener = ?1 and agencyId = ?2", Sort.by("assignedAt").descending(), screener, agencyId).stream()
                .map(PracticeRepository::assignment).toList();
    }

    private static PracticeRecord record(PracticeAttemptEntity e) {
        return new PracticeRecord(e.caseId, e.attemptedAt, e.agrees, e.classificationAgrees, e.urgencyAgrees, e.needsAgree,
                elements(e.elementsAgreed), elements(e.elementsDiffering));
    }

    private static PracticeAssignment assignment(PracticeAssignmentEntity e) {
        return new PracticeAssignment(e.id, e.agencyId, e.screener, List.of(e.caseIds), e.dueOn, e.assignedBy, e.assignedAt);
    }

    private static String[] names(Set<Element> elements) {
        return elements.stream().map(Enum::name).sorted().toArray(String[]::new);
    }

    private static Set<Element> elements(String[] names) {
        return Arrays.stream(names).map(Element::valueOf).collect(Collectors.toSet());
    }
}
