package org.setu.notification.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.notification.domain.ArrivalPolicy.Held;
import org.setu.notification.domain.ArrivalPolicy.KeptReturn;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The read model of the return from abroad (migration V7): the desks at each port, each case's planned return, the
 * referrals held for an arrival, and which day-before reminders were sent. Native SQL: the conflict clauses decide
 * what a late or repeated event changes, so that two replicas cannot race.
 */
@ApplicationScoped
public class ReturnsRepository {

    @Inject
    Session session;

    /** Designates or withdraws a desk, unless a later change of it was applied already. */
    public void deskChanged(String port, UUID agency, boolean designated, Instant at) {
        session.createNativeMutationQuery("""
                        INSERT INTO port_desk (port_of_entry, agency_id, designated, changed_at) VALUES (:port, :agency, :designated, :at)
                        ON CONFLICT (port_of_entry, agency_id) DO UPDATE SET designated = EXCLUDED.designated,
                            changed_at = EXCLUDED.changed_at
                        WHERE port_desk.changed_at <= EXCLUDED.changed_at""")
                .setParameter("port", port).setParameter("agency", agency).setParameter("designated", designated)
                .setParameter("at", at).executeUpdate();
    }

    public List<UUID> desksAt(String port) {
        return session.createNativeQuery(
                        "SELECT agency_id FROM port_desk WHERE port_of_entry = :port AND designated ORDER BY agency_id", UUID.class)
                .setParameter("port", port).getResultList();
    }

    /** The kept plan, locked until the caller's transaction ends, so that two events of one case apply in turn. */
    public Optional<KeptReturn> findForUpdate(UUID caseId) {
        return returns("SELECT * FROM planned_return WHERE case_id = :caseId FOR UPDATE").setParameter("caseId", caseId)
                .getResultStream().findFirst();
    }

    public void save(KeptReturn r, Instant at) {
        session.createNativeMutationQuery("""
                        INSERT INTO planned_return (case_id, owner_agency, version, port_of_entry, expected_from, expected_to, status, updated_at)
                        VALUES (:caseId, :owner, :version, :port, :from, :to, :status, :at)
                        ON CONFLICT (case_id) DO UPDATE SET owner_agency = EXCLUDED.owner_agency, version = EXCLUDED.version,
                            port_of_entry = EXCLUDED.port_of_entry, expected_from = EXCLUDED.expected_from,
                            expected_to = EXCLUDED.expected_to, status = EXCLUDED.status, updated_at = EXCLUDED.updated_at""")
                .setParameter("caseId", r.caseId()).setParameter("owner", r.ownerAgency()).setParameter("version", r.version())
                .setParameter("port", r.portOfEntry()).setParameter("from", r.expectedFrom()).setParameter("to", r.expectedTo())
                .setParameter("status", r.status()).setParameter("at", at).executeUpdate();
    }

    /** Settles or cancels the kept plan; @return false when there is none (or, for a cancellation, a newer one) */
    public boolean setStatus(UUID caseId, String status, Long upToVersion, Instant at) {
        return session.createNativeMutationQuery("UPDATE planned_return SET status = :status, updated_at = :at "
                        + "WHERE case_id = :caseId AND (CAST(:upTo AS BIGINT) IS NULL OR version <= CAST(:upTo AS BIGINT))")
                .setParameter("status", status).setParameter("at", at).setParameter("caseId", caseId)
                .setParameter("upTo", upToVersion, Long.class).executeUpdate() == 1;
    }

    /**
     * A case handed over is owned by the agency that accepted it: its return's arrival or no-show is told to that agency.
     * Only a plan still owned by the agency that handed the case over changes, so a replay cannot move it back.
     */
    public void ownerChanged(UUID caseId, UUID from, UUID to, Instant at) {
        session.createNativeMutationQuery("UPDATE planned_return SET owner_agency = :to, updated_at = :at "
                        + "WHERE case_id = :caseId AND owner_agency = :from")
                .setParameter("to", to).setParameter("at", at).setParameter("caseId", caseId).setParameter("from", from)
                .executeUpdate();
    }

    /** The returns still awaited whose window opens on {@code day}. */
    public List<KeptReturn> opening(LocalDate day, int limit) {
        return returns("SELECT * FROM planned_return WHERE status = 'PLANNED' AND expected_from = :day ORDER BY case_id LIMIT :limit")
                .setParameter("day", day).setParameter("limit", limit).getResultList();
    }

    /** Claims the day-before reminder of a return's version; @return false when it was sent already */
    public boolean claimReminder(UUID caseId, long version, Instant at) {
        return session.createNativeMutationQuery("""
                        INSERT INTO arrival_reminder (case_id, version, reminded_at) VALUES (:caseId, :version, :at)
                        ON CONFLICT (case_id, version) DO NOTHING""")
                .setParameter("caseId", caseId).setParameter("version", version).setParameter("at", at).executeUpdate() == 1;
    }

    public void hold(Held h, UUID caseId, Instant at) {
        session.createNativeMutationQuery("""
                        INSERT INTO held_referral (referral_id, case_id, service_id, organization_id, category, held_at)
                        VALUES (:referral, :caseId, :service, :organization, :category, :at)
                        ON CONFLICT (referral_id) DO UPDATE SET service_id = EXCLUDED.service_id,
                            organization_id = EXCLUDED.organization_id, category = EXCLUDED.category, held_at = EXCLUDED.held_at""")
                .setParameter("referral", h.referralId()).setParameter("caseId", caseId).setParameter("service", h.serviceId())
                .setParameter("organization", h.organizationId()).setParameter("category", h.category().name())
                .setParameter("at", at).executeUpdate();
    }

    /** Any event of a referral after its hold (sent at the arrival, cancelled) releases it. */
    public void release(UUID referralId) {
        session.createNativeMutationQuery("DELETE FROM held_referral WHERE referral_id = :referral")
                .setParameter("referral", referralId).executeUpdate();
    }

    public List<Held> heldFor(UUID caseId) {
        return session.createNativeQuery("""
                        SELECT referral_id, service_id, organization_id, category FROM held_referral
                         WHERE case_id = :caseId ORDER BY held_at, referral_id""", Object[].class)
                .addScalar("referral_id", UUID.class).addScalar("service_id", UUID.class)
                .addScalar("organization_id", UUID.class).addScalar("category", String.class)
                .setParameter("caseId", caseId).getResultList().stream()
                .map(r -> new Held((UUID) r[0], (UUID) r[1], (UUID) r[2], ServiceCategory.valueOf((String) r[3]))).toList();
    }

    /** The case's reference as a delivery about it kept it (a referral's or a follow-up reminder's), if any did. */
    public Optional<String> knownCaseRef(UUID caseId) {
        return session.createNativeQuery("""
                        SELECT case_ref FROM delivery WHERE case_id = :caseId AND case_ref IS NOT NULL
                         ORDER BY created_at DESC LIMIT 1""", String.class)
                .setParameter("caseId", caseId).getResultStream().findFirst();
    }

    /** An erasure: the case's plan, held referrals and reminders go. */
    public void forget(UUID caseId) {
        for (String table : List.of("planned_return", "held_referral", "arrival_reminder")) {
            session.createNativeMutationQuery("DELETE FROM " + table + " WHERE case_id = :caseId")
                    .setParameter("caseId", caseId).executeUpdate();
        }
    }

    @SuppressWarnings("unchecked")
    private NativeQuery<KeptReturn> returns(String sql) {
        return session.createNativeQuery(sql, Object[].class)
                .addScalar("case_id", UUID.class).addScalar("owner_agency", UUID.class).addScalar("version", Long.class)
                .addScalar("port_of_entry", String.class).addScalar("expected_from", LocalDate.class)
                .addScalar("expected_to", LocalDate.class).addScalar("status", String.class)
                .setTupleTransformer((row, aliases) -> new KeptReturn((UUID) row[0], (UUID) row[1], (Long) row[2],
                        (String) row[3], (LocalDate) row[4], (LocalDate) row[5], (String) row[6]));
    }
}
