package org.setu.statistics.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.setu.events.referral.ReferralEvent;
import org.setu.statistics.domain.CasePicture;
import org.setu.statistics.domain.ErasedCases;
import org.setu.statistics.domain.StepKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Writes of the read model. They are native upserts: each event may arrive twice or out of order across topics
 * (a referral's events before its case's screening), and the conflict clause, not a read before the write, decides.
 */
@ApplicationScoped
public class FactRepository implements PanacheRepositoryBase<CaseFactEntity, UUID> {

    /** The first screening sets the day; an amendment replaces the picture. An erased case stays erased. */
    public void upsertCase(UUID caseId, Instant at, CasePicture p) {
        if (surrogateOf(caseId) != null) return;
        getSession().createNativeMutationQuery("""
                        INSERT INTO case_fact (case_id, agency_id, screened_at, context, classification, victim_category,
                            sex, age_band, nationality, division_id, district_id)
                        VALUES (:case, :agency, :at, :context, :classification, :victim, :sex, :age, :nationality,
                            :division, :district)
                        ON CONFLICT (case_id) DO UPDATE SET agency_id = EXCLUDED.agency_id,
                            screened_at = LEAST(case_fact.screened_at, EXCLUDED.screened_at), context = EXCLUDED.context,
                            classification = EXCLUDED.classification, victim_category = EXCLUDED.victim_category,
                            sex = EXCLUDED.sex, age_band = EXCLUDED.age_band, nationality = EXCLUDED.nationality,
                            division_id = EXCLUDED.division_id, district_id = EXCLUDED.district_id""")
                .setParameter("case", caseId).setParameter("agency", p.agencyId()).setParameter("at", at)
                .setParameter("context", p.context()).setParameter("classification", p.classification())
                .setParameter("victim", p.victimCategory(), String.class).setParameter("sex", p.sex())
                .setParameter("age", p.ageBand()).setParameter("nationality", p.nationality(), String.class)
                .setParameter("division", p.divisionId(), String.class).setParameter("district", p.districtId())
                .executeUpdate();
    }

    public void closeCase(UUID caseId, String reason, Instant at) {
        getSession().createNativeMutationQuery(
                        "UPDATE case_fact SET closed_at = :at, closure_reason = :reason WHERE case_id = :case")
                .setParameter("case", caseId).setParameter("reason", reason).setParameter("at", at).executeUpdate();
    }

    /**
     * The case's facts stay counted under a surrogate id: the figures already handed on do not change, and nothing
     * here leads back to the case any more.
     */
    public void forgetCase(UUID caseId, Instant at) {
        if (surrogateOf(caseId) != null) return;
        UUID surrogate = UUID.randomUUID();
        getSession().createNativeMutationQuery("""
                        INSERT INTO erased_case (case_digest, surrogate_id, erased_at) VALUES (:digest, :surrogate, :at)""")
                .setParameter("digest", ErasedCases.digest(caseId)).setParameter("surrogate", surrogate)
                .setParameter("at", at).executeUpdate();
        getSession().createNativeMutationQuery(
                        "UPDATE case_fact SET case_id = :surrogate, erased = TRUE WHERE case_id = :case")
                .setParameter("surrogate", surrogate).setParameter("case", caseId).executeUpdate();
        getSession().createNativeMutationQuery("UPDATE referral_fact SET case_id = :surrogate WHERE case_id = :case")
                .setParameter("surrogate", surrogate).setParameter("case", caseId).executeUpdate();
        getSession().createNativeMutationQuery("UPDATE follow_up_fact SET case_id = :surrogate WHERE case_id = :case")
                .setParameter("surrogate", surrogate).setParameter("case", caseId).executeUpdate();
    }

    public void insertFollowUp(String eventId, UUID caseId, UUID agencyId, LocalDate dueOn, Instant contactedAt,
                               boolean reached, Boolean onTime) {
        UUID surrogate = surrogateOf(caseId);
        getSession().createNativeMutationQuery("""
                        INSERT INTO follow_up_fact (event_id, case_id, agency_id, due_on, contacted_at, reached, on_time)
                        VALUES (:event, :case, :agency, :due, :at, :reached, :onTime)
                        ON CONFLICT (event_id) DO NOTHING""")
                .setParameter("event", eventId).setParameter("case", surrogate != null ? surrogate : caseId)
                .setParameter("agency", agencyId).setParameter("due", dueOn, LocalDate.class)
                .setParameter("at", contactedAt).setParameter("reached", reached)
                .setParameter("onTime", onTime, Boolean.class).executeUpdate();
    }

    public void upsertReferral(ReferralEvent e, StepKind kind) {
        UUID surrogate = surrogateOf(e.caseId());
        Instant at = e.occurredAt();
        boolean sent = kind == StepKind.SENT;
        getSession().createNativeMutationQuery("""
                        INSERT INTO referral_fact (referral_id, case_id, category, referring_agency_id, urgency, status,
                            first_at, sent_at, accepted_at, completed_at, last_at)
                        VALUES (:referral, :case, :category, :agency, :urgency, :status, :at, :sent, :accepted,
                            :completed, :at)
                        ON CONFLICT (referral_id) DO UPDATE SET
                            status = CASE WHEN EXCLUDED.last_at >= referral_fact.last_at THEN EXCLUDED.status
                                          ELSE referral_fact.status END,
                            urgency = EXCLUDED.urgency,
                            first_at = LEAST(referral_fact.first_at, EXCLUDED.first_at),
                            sent_at = LEAST(referral_fact.sent_at, EXCLUDED.sent_at),
                            accepted_at = LEAST(referral_fact.accepted_at, EXCLUDED.accepted_at),
                            completed_at = LEAST(referral_fact.completed_at, EXCLUDED.completed_at),
                            last_at = GREATEST(referral_fact.last_at, EXCLUDED.last_at)""")
                .setParameter("referral", e.referralId()).setParameter("case", surrogate != null ? surrogate : e.caseId())
                .setParameter("category", e.category().name()).setParameter("agency", e.referringAgencyId())
                .setParameter("urgency", e.urgency().name()).setParameter("status", e.status().name())
                .setParameter("at", at)
                .setParameter("sent", sent ? at : null, Instant.class)
                .setParameter("accepted", kind == StepKind.ACCEPTED ? at : null, Instant.class)
                .setParameter("completed", kind == StepKind.COMPLETED ? at : null, Instant.class)
                .executeUpdate();
    }

    public void insertStep(String eventId, ReferralEvent e, StepKind kind) {
        getSession().createNativeMutationQuery("""
                        INSERT INTO referral_step (event_id, referral_id, kind, category, organization_id, service_id,
                            attempt, reason_code, occurred_at)
                        VALUES (:event, :referral, :kind, :category, :organization, :service, :attempt, :reason, :at)
                        ON CONFLICT (event_id) DO NOTHING""")
                .setParameter("event", eventId).setParameter("referral", e.referralId())
                .setParameter("kind", kind.name()).setParameter("category", e.category().name())
                .setParameter("organization", e.organizationId(), UUID.class)
                .setParameter("service", e.serviceId(), UUID.class).setParameter("attempt", e.attempt())
                .setParameter("reason", e.reasonCode(), String.class).setParameter("at", e.occurredAt())
                .executeUpdate();
    }

    public void upsertService(UUID serviceId, UUID organizationId, String nameEn, String nameBn) {
        getSession().createNativeMutationQuery("""
                        INSERT INTO directory_service (service_id, organization_id, name_en, name_bn, removed)
                        VALUES (:service, :organization, :en, :bn, FALSE)
                        ON CONFLICT (service_id) DO UPDATE SET organization_id = EXCLUDED.organization_id,
                            name_en = EXCLUDED.name_en, name_bn = EXCLUDED.name_bn, removed = FALSE""")
                .setParameter("service", serviceId).setParameter("organization", organizationId)
                .setParameter("en", nameEn).setParameter("bn", nameBn, String.class).executeUpdate();
    }

    /** A removed service keeps its name: its past referrals still count for its organization. */
    public void removeService(UUID serviceId) {
        getSession().createNativeMutationQuery("UPDATE directory_service SET removed = TRUE WHERE service_id = :service")
                .setParameter("service", serviceId).executeUpdate();
    }

    /** A delivery given up and then retried by hand may end twice: the later end counts. */
    public void upsertNotification(UUID notificationId, UUID sourceEventId, String sourceEventType, String channel,
                                   String recipientKind, String outcome, int attempts, Instant at) {
        getSession().createNativeMutationQuery("""
                        INSERT INTO notification_fact (notification_id, source_event_id, source_event_type, channel,
                            recipient_kind, outcome, attempts, occurred_at)
                        VALUES (:id, :source, :type, :channel, :kind, :outcome, :attempts, :at)
                        ON CONFLICT (notification_id) DO UPDATE SET outcome = EXCLUDED.outcome,
                            attempts = EXCLUDED.attempts, occurred_at = EXCLUDED.occurred_at
                        WHERE notification_fact.occurred_at <= EXCLUDED.occurred_at""")
                .setParameter("id", notificationId).setParameter("source", sourceEventId.toString())
                .setParameter("type", sourceEventType).setParameter("channel", channel)
                .setParameter("kind", recipientKind).setParameter("outcome", outcome)
                .setParameter("attempts", attempts).setParameter("at", at).executeUpdate();
    }

    private UUID surrogateOf(UUID caseId) {
        List<?> found = getSession().createNativeQuery(
                        "SELECT surrogate_id FROM erased_case WHERE case_digest = :digest", UUID.class)
                .setParameter("digest", ErasedCases.digest(caseId)).getResultList();
        return found.isEmpty() ? null : (UUID) found.get(0);
    }
}
