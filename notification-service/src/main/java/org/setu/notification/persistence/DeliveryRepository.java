package org.setu.notification.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.hibernate.Timeouts;
import org.setu.events.notification.Channel;
import org.setu.events.notification.RecipientKind;
import org.setu.notification.domain.ArrivalFacts;
import org.setu.notification.domain.DeliveryState;
import org.setu.notification.domain.DeliveryStatus;
import org.setu.notification.domain.FollowUpFacts;
import org.setu.notification.domain.HandOverFacts;
import org.setu.notification.domain.Recipient;
import org.setu.notification.domain.ReferralFacts;
import org.setu.notification.domain.SourceEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The delivery log, on Hibernate ORM with Panache. Native SQL where the database decides: the worker claims due
 * rows with {@code FOR UPDATE SKIP LOCKED}, so replicas never send one twice; a delivery is recorded once per
 * (event, recipient, channel) by the unique constraint ({@code ON CONFLICT DO NOTHING}); an erasure purges in one
 * statement.
 */
@ApplicationScoped
public class DeliveryRepository implements PanacheRepositoryBase<DeliveryEntity, UUID> {

    /** Which deliveries a query may return: all of them, or those of one agency's referrals. */
    public record Visibility(boolean everything, UUID agencyId) {
        public static Visibility all() {
            return new Visibility(true, null);
        }

        public static Visibility agency(UUID agencyId) {
            return new Visibility(false, agencyId);
        }
    }

    public record Filter(DeliveryStatus status, Channel channel, RecipientKind kind, UUID referralId, String sourceEventId) {
    }

    /** @return false when this (event, recipient, channel) already has a delivery */
    public boolean insertIfAbsent(DeliveryRow d) {
        SourceEvent source = d.source();
        Recipient to = d.recipient();
        return getSession().createNativeMutationQuery("""
                        INSERT INTO delivery (id, source_event_id, source_event_type, event_subject, event_time, case_id, referral_id,
                            case_ref, service_category, service_id, organization_id, referring_agency_id, referral_status, urgency,
                            due_at, referral_attempt, referral_reason_code, occurred_at, follow_up_due_on, reminder_kind,
                            arrival_notice, port_of_entry, expected_from, expected_to, arrived_on, missed_reason, hand_over_notice,
                            hand_over_id, hand_over_reason, recipient_kind, channel, recipient, language, status, attempts, give_up_after, next_attempt_at,
                            created_at, updated_at, last_reason)
                        VALUES (:id, :eventId, :eventType, :subject, :eventTime, :caseId, :referral, :caseRef, :category, :service,
                            :organization, :agency, :referralStatus, :urgency, :dueAt, :referralAttempt, :reasonCode, :occurredAt,
                            :followUpDueOn, :reminderKind, :arrivalNotice, :port, :expectedFrom, :expectedTo, :arrivedOn,
                            :missedReason, :handOverNotice, :handOverId, :handOverReason, :recipientKind, :wantedChannel, :recipient, :language, :wantedStatus,
                            :attempts, :giveUpAfter, :nextAttemptAt, :createdAt, :updatedAt, :lastReason)
                        ON CONFLICT (source_event_id, recipient, channel) DO NOTHING""")
                .setParameter("id", d.id())
                .setParameter("eventId", source.id())
                .setParameter("eventType", source.type())
                .setParameter("subject", source.subject(), String.class)
                .setParameter("eventTime", source.time(), Instant.class)
                .setParameter("caseId", d.caseId(), UUID.class)
                .setParameter("referral", d.referralId(), UUID.class)
                .setParameter("caseRef", d.caseRef(), String.class)
                .setParameter("category", d.arrival() != null ? nameOf(d.arrival().category())
                        : fact(d, f -> nameOf(f.category())), String.class)
                .setParameter("service", fact(d, ReferralFacts::serviceId), UUID.class)
                .setParameter("organization", d.agencies().organizationId(), UUID.class)
                .setParameter("agency", d.agencies().referringAgencyId(), UUID.class)
                .setParameter("referralStatus", fact(d, f -> nameOf(f.status())), String.class)
                .setParameter("urgency", fact(d, f -> nameOf(f.urgency())), String.class)
                .setParameter("dueAt", fact(d, ReferralFacts::dueAt), Instant.class)
                .setParameter("referralAttempt", fact(d, ReferralFacts::attempt), Integer.class)
                .setParameter("reasonCode", fact(d, ReferralFacts::reasonCode), String.class)
                .setParameter("occurredAt", d.facts() != null ? d.facts().occurredAt()
                        : d.arrival() != null ? d.arrival().occurredAt()
                        : d.handOver() != null ? d.handOver().occurredAt() : reminderFact(d, FollowUpFacts::occurredAt), Instant.class)
                .setParameter("followUpDueOn", reminderFact(d, FollowUpFacts::dueOn), LocalDate.class)
                .setParameter("reminderKind", reminderFact(d, r -> nameOf(r.kind())), String.class)
                .setParameter("arrivalNotice", arrivalFact(d, a -> nameOf(a.notice())), String.class)
                .setParameter("port", arrivalFact(d, ArrivalFacts::portOfEntry), String.class)
                .setParameter("expectedFrom", arrivalFact(d, ArrivalFacts::expectedFrom), LocalDate.class)
                .setParameter("expectedTo", arrivalFact(d, ArrivalFacts::expectedTo), LocalDate.class)
                .setParameter("arrivedOn", arrivalFact(d, ArrivalFacts::arrivedOn), LocalDate.class)
                .setParameter("missedReason", arrivalFact(d, a -> nameOf(a.missedReason())), String.class)
                .setParameter("handOverNotice", handOverFact(d, h -> nameOf(h.notice())), String.class)
                .setParameter("handOverId", handOverFact(d, HandOverFacts::handOverId), UUID.class)
                .setParameter("handOverReason", handOverFact(d, h -> nameOf(h.declineReason())), String.class)
                .setParameter("recipientKind", to.kind().name())
                .setParameter("wantedChannel", to.channel().name())
                .setParameter("recipient", to.ref())
                .setParameter("language", to.language())
                .setParameter("wantedStatus", d.state().status().name())
                .setParameter("attempts", d.state().attempts())
                .setParameter("giveUpAfter", d.state().giveUpAfter())
                .setParameter("nextAttemptAt", d.state().nextAttemptAt(), Instant.class)
                .setParameter("createdAt", d.createdAt())
                .setParameter("updatedAt", d.updatedAt())
                .setParameter("lastReason", d.state().lastReason(), String.class)
                .executeUpdate() == 1;
    }

    /** One of a delivery's facts; null when it has none (a ping, a delivery recorded already purged). */
    private static <T> T fact(DeliveryRow d, Function<ReferralFacts, T> field) {
        return d.facts() == null ? null : field.apply(d.facts());
    }

    /** One of a reminder delivery's facts; null for any other delivery, and for a reminder recorded already purged. */
    private static <T> T reminderFact(DeliveryRow d, Function<FollowUpFacts, T> field) {
        return d.reminder() == null ? null : field.apply(d.reminder());
    }

    /** One of a return notice's facts; null for any other delivery, and for one recorded already purged. */
    private static <T> T arrivalFact(DeliveryRow d, Function<ArrivalFacts, T> field) {
        return d.arrival() == null ? null : field.apply(d.arrival());
    }

    /** One of a hand-over notice's facts; null for any other delivery. */
    private static <T> T handOverFact(DeliveryRow d, Function<HandOverFacts, T> field) {
        return d.handOver() == null ? null : field.apply(d.handOver());
    }

    private static String nameOf(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /**
     * Forgets what the deliveries of an erased case kept of it: the referral's or the reminder's facts, the subject,
     * the case and referral ids. Status, channel, recipient kind, event type, reason codes and times stay, for counts and oversight.
     * A delivery not yet sent will not be: its notice would name the case. @return how many deliveries were purged
     */
    public int purgeCase(UUID caseId, Instant now) {
        return getSession().createNativeMutationQuery("""
                        UPDATE delivery SET case_ref = NULL, service_category = NULL, service_id = NULL, referral_status = NULL,
                               urgency = NULL, due_at = NULL, referral_attempt = NULL, referral_reason_code = NULL,
                               occurred_at = NULL, follow_up_due_on = NULL, reminder_kind = NULL, event_subject = NULL,
                               arrival_notice = NULL, port_of_entry = NULL, expected_from = NULL, expected_to = NULL,
                               arrived_on = NULL, missed_reason = NULL, hand_over_notice = NULL, hand_over_id = NULL,
                               hand_over_reason = NULL,
                               case_id = NULL, referral_id = NULL,
                               last_reason = CASE WHEN status = 'PENDING' THEN 'CASE_ERASED' ELSE last_reason END,
                               next_attempt_at = CASE WHEN status = 'PENDING' THEN NULL ELSE next_attempt_at END,
                               status = CASE WHEN status = 'PENDING' THEN 'SKIPPED' ELSE status END,
                               updated_at = :now
                         WHERE case_id = :caseId""")
                .setParameter("now", now).setParameter("caseId", caseId).executeUpdate();
    }

    /** Remembers that a case was erased (its id only); @return false when it was known already */
    public boolean rememberErased(UUID caseId, Instant at) {
        return getSession().createNativeMutationQuery(
                        "INSERT INTO erased_case (case_id, erased_at) VALUES (:caseId, :at) ON CONFLICT (case_id) DO NOTHING")
                .setParameter("caseId", caseId).setParameter("at", at).executeUpdate() == 1;
    }

    public boolean isErased(UUID caseId) {
        if (caseId == null) return false;
        return getEntityManager().find(ErasedCaseEntity.class, caseId) != null;
    }

    /**
     * The earliest due delivery that no other worker holds, locked until the caller's transaction ends ({@code FOR
     * NO KEY UPDATE SKIP LOCKED}). A query rather than native SQL: Hibernate reads a native query's entity columns
     * from the result set's metadata on every call, and the worker asks this many times a second.
     */
    public Optional<DeliveryRow> claimNextDue(Instant now) {
        return find("status = ?1 and nextAttemptAt <= ?2", Sort.by("nextAttemptAt"), DeliveryStatus.PENDING, now)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", Timeouts.SKIP_LOCKED_MILLI)
                .firstResultOptional().map(DeliveryRepository::toRow);
    }

    public Optional<DeliveryRow> find(UUID id) {
        return findByIdOptional(id).map(this::read);
    }

    public Optional<DeliveryRow> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).map(DeliveryRepository::toRow);
    }

    public void saveState(UUID id, DeliveryState state, String address, Instant now) {
        DeliveryEntity e = findById(id);
        if (e == null) return;
        e.status = state.status();
        e.attempts = state.attempts();
        e.giveUpAfter = state.giveUpAfter();
        e.nextAttemptAt = state.nextAttemptAt();
        e.lastReason = state.lastReason();
        if (address != null) e.address = address;
        e.updatedAt = now;
        if (state.status() == DeliveryStatus.DELIVERED) e.deliveredAt = now;
    }

    public void addAttempt(UUID id, AttemptRow a) {
        DeliveryAttemptEntity e = new DeliveryAttemptEntity();
        e.deliveryId = id;
        e.number = a.number();
        e.at = a.at();
        e.outcome = a.outcome();
        e.reason = a.reason();
        e.durationMs = a.durationMs();
        e.nextAttemptAt = a.nextAttemptAt();
        getEntityManager().persist(e);
    }

    public List<AttemptRow> attempts(UUID id) {
        return getEntityManager().createQuery(
                        "from DeliveryAttemptEntity a where a.deliveryId = :delivery order by a.number", DeliveryAttemptEntity.class)
                .setParameter("delivery", id).getResultList().stream()
                .map(a -> new AttemptRow(a.number, a.at, a.outcome, a.reason, a.durationMs, a.nextAttemptAt)).toList();
    }

    public List<DeliveryRow> page(Filter f, Visibility v, int page, int size) {
        Parameters params = new Parameters();
        return find(where(f, v, params), Sort.descending("createdAt").and("id"), params).page(Page.of(page, size))
                .list().stream().map(this::read).toList();
    }

    public long count(Filter f, Visibility v) {
        Parameters params = new Parameters();
        return count(where(f, v, params), params);
    }

    private static String where(Filter f, Visibility v, Parameters params) {
        List<String> conditions = new ArrayList<>();
        if (!v.everything()) {
            conditions.add("(organizationId = :agency or referringAgencyId = :agency)");
            params.and("agency", v.agencyId());
        }
        if (f.status() != null) {
            conditions.add("status = :wantedStatus");
            params.and("wantedStatus", f.status());
        }
        if (f.channel() != null) {
            conditions.add("channel = :wantedChannel");
            params.and("wantedChannel", f.channel());
        }
        if (f.kind() != null) {
            conditions.add("kind = :recipientKind");
            params.and("recipientKind", f.kind());
        }
        if (f.referralId() != null) {
            conditions.add("referralId = :referral");
            params.and("referral", f.referralId());
        }
        if (f.sourceEventId() != null) {
            conditions.add("sourceEventId = :eventId");
            params.and("eventId", f.sourceEventId());
        }
        return conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
    }

    /**
     * A plain read. Outside a transaction the session lives as long as the request: the entity must not stay in it,
     * or a later read in the same request would see it as it was before a transaction since then changed it.
     */
    private DeliveryRow read(DeliveryEntity e) {
        DeliveryRow row = toRow(e);
        if (!QuarkusTransaction.isActive()) getEntityManager().detach(e);
        return row;
    }

    private static DeliveryRow toRow(DeliveryEntity e) {
        SourceEvent source = new SourceEvent(e.sourceEventId, e.sourceEventType, e.eventSubject, e.eventTime);
        Recipient recipient = new Recipient(e.kind, e.channel, e.recipient, e.language, null);
        DeliveryState state = new DeliveryState(e.status, e.attempts, e.giveUpAfter, e.nextAttemptAt, e.lastReason);
        return new DeliveryRow(e.id, source, facts(e), reminder(e), arrival(e), handOver(e),
                new DeliveryRow.Agencies(e.organizationId, e.referringAgencyId),
                recipient, e.address, state, e.createdAt, e.updatedAt, e.deliveredAt);
    }

    /** A referral delivery's facts; none for a ping, and none left once the case was erased. */
    private static ReferralFacts facts(DeliveryEntity e) {
        if (e.referralStatus == null) return null;
        return new ReferralFacts(e.referralId, e.caseId, e.caseRef, e.category, e.serviceId, e.organizationId,
                e.referringAgencyId, e.referralStatus, e.urgency, e.dueAt, e.referralAttempt, e.referralReasonCode,
                e.occurredAt);
    }

    /** A planned return's notice; none for any other delivery, and none left once the case was erased. */
    private static ArrivalFacts arrival(DeliveryEntity e) {
        if (e.arrivalNotice == null) return null;
        return new ArrivalFacts(e.arrivalNotice, e.caseId, e.referralId, e.caseRef, e.referringAgencyId, e.portOfEntry,
                e.expectedFrom, e.expectedTo, e.arrivedOn, e.category, e.missedReason, e.occurredAt);
    }

    /** A hand-over's notice; none for any other delivery, and none left once the case was erased. */
    private static HandOverFacts handOver(DeliveryEntity e) {
        if (e.handOverNotice == null) return null;
        return new HandOverFacts(e.handOverNotice, e.caseId, e.handOverId, e.caseRef, e.referringAgencyId, e.handOverReason,
                e.occurredAt);
    }

    /** A reminder delivery's facts; none for any other delivery, and none left once the case was erased. */
    private static FollowUpFacts reminder(DeliveryEntity e) {
        if (e.followUpDueOn == null) return null;
        return new FollowUpFacts(e.caseId, e.caseRef, e.organizationId, e.followUpDueOn, e.reminderKind, e.occurredAt);
    }
}
