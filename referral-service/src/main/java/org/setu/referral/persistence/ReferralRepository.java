package org.setu.referral.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import org.setu.events.text.ReasonMaps;
import org.setu.events.vocabulary.ReferralStatus;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.referral.domain.Escalation;
import org.setu.referral.domain.HistoryEntry;
import org.setu.referral.domain.ProviderRecord;
import org.setu.referral.domain.Referral;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Referrals, their history (a JSON array in the row) and their attempts, on Hibernate ORM with Panache. The
 * entities stay in this package: callers get and give {@link Referral}s. Native SQL where JPQL has no word for it:
 * {@code FOR UPDATE SKIP LOCKED} for the deadline sweep, the attempt upsert and the providers' median answer time.
 */
@ApplicationScoped
public class ReferralRepository implements PanacheRepositoryBase<ReferralEntity, UUID> {

    private static final TypeReference<List<HistoryEntry>> HISTORY = new TypeReference<>() { };
    private static final TypeReference<List<Object>> SENTENCES = new TypeReference<>() { };
    private static final List<ReferralStatus> OPEN = List.of(ReferralStatus.PROPOSED, ReferralStatus.SENT,
            ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS, ReferralStatus.ESCALATED, ReferralStatus.ON_HOLD);
    /**
     * The open statuses and the refusals as literals in the query text, not as a list parameter: Hibernate does not
     * cache the plan of a query bound to a list, and would translate these hot queries again on every call.
     */
    private static final String OPEN_STATUSES = literals(OPEN);
    private static final String REFUSALS = literals(List.of(ReferralStatus.DECLINED, ReferralStatus.EXPIRED));

    @Inject
    ObjectMapper json;

    /** @return the referral as stored, version 1 */
    public Referral insert(Referral r) {
        ReferralEntity e = new ReferralEntity();
        e.id = r.id();
        e.caseId = r.caseId();
        e.referringAgencyId = r.referringAgencyId();
        e.category = r.category();
        e.createdAt = r.createdAt();
        e.version = 1;
        copy(r, e);
        persist(e);
        return r.withVersion(1);
    }

    /** Saves a transition made on the version that was loaded. @return the referral with its new version */
    public Referral update(Referral r) {
        ReferralEntity e = findById(r.id());
        if (e == null || e.version != r.version()) throw new IllegalStateException("referral changed under a row lock");
        copy(r, e);
        e.version = r.version() + 1;
        return r.withVersion(e.version);
    }

    private void copy(Referral r, ReferralEntity e) {
        e.caseRef = r.caseRef();
        e.urgency = r.urgency();   // an amended screening may change it
        e.serviceId = r.serviceId();
        e.organizationId = r.organizationId();
        e.status = r.status();
        e.dueAt = r.dueAt();
        e.attempt = r.attempt();
        e.explanation = write(ReasonMaps.encode(r.explanation()));
        e.history = write(r.history());
        e.redacted = r.redacted();
        e.updatedAt = r.last().at();
        e.escalatedAt = r.escalatedAt();
    }

    public Optional<Referral> find(UUID id) {
        return findByIdOptional(id).map(this::read);
    }

    /** Loads and row-locks a referral for a transition, so that two transitions on it queue. */
    public Optional<Referral> lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).map(this::toDomain);
    }

    public List<Referral> lockOpenOfCase(UUID caseId) {
        return find("caseId = ?1 and status in " + OPEN_STATUSES, Sort.by("createdAt"), caseId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list().stream().map(this::toDomain).toList();
    }

    public List<Referral> lockAllOfCase(UUID caseId) {
        return find("caseId", Sort.by("createdAt"), caseId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list().stream().map(this::toDomain).toList();
    }

    /**
     * The case was handed over: the referrals its old owner made are followed by the new owner from now on, open or
     * ended, so that the case's history stays whole. Native SQL: the entity keeps the referring agency unchangeable.
     */
    public int moveToAgency(UUID caseId, UUID from, UUID to) {
        return getSession().createNativeMutationQuery("UPDATE referral SET referring_agency_id = :to "
                        + "WHERE case_id = :caseId AND referring_agency_id = :from")
                .setParameter("to", to).setParameter("caseId", caseId).setParameter("from", from).executeUpdate();
    }

    public Set<ServiceCategory> openCategoriesOfCase(UUID caseId) {
        return new HashSet<>(getEntityManager().createQuery(
                        "select r.category from ReferralEntity r where r.caseId = :caseId and r.status in " + OPEN_STATUSES,
                        ServiceCategory.class)
                .setParameter("caseId", caseId).getResultList());
    }

    /**
     * Overdue SENT referrals, row-locked; rows another replica's sweeper holds are skipped, so several replicas
     * can sweep at once without expiring the same referral twice.
     */
    @SuppressWarnings("unchecked")
    public List<Referral> lockOverdue(Instant now, int limit) {
        List<ReferralEntity> rows = getEntityManager().createNativeQuery("""
                        SELECT * FROM referral WHERE status = 'SENT' AND due_at <= :now ORDER BY due_at LIMIT :limit
                           FOR UPDATE SKIP LOCKED""", ReferralEntity.class)
                .setParameter("now", now).setParameter("limit", limit).getResultList();
        return rows.stream().map(this::toDomain).toList();
    }

    public record Page(List<Referral> items, long total) {
    }

    public Page list(ReferralQuery q) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (!q.everything()) {
            List<String> or = new ArrayList<>();
            if (q.asReferrer() != null) {
                or.add("referringAgencyId = :referrer");
                params.and("referrer", q.asReferrer());
            }
            if (q.asProvider() != null) {
                or.add("organizationId = :provider");
                params.and("provider", q.asProvider());
            }
            if (or.isEmpty()) return new Page(List.of(), 0);
            where.add("(" + String.join(" or ", or) + ")");
        }
        if (q.status() != null) {
            where.add("status = :wantedStatus");
            params.and("wantedStatus", q.status());
        }
        if (q.category() != null) {
            where.add("category = :wantedCategory");
            params.and("wantedCategory", q.category());
        }
        if (q.caseId() != null) {
            where.add("caseId = :caseId");
            params.and("caseId", q.caseId());
        }
        String query = where.isEmpty() ? "1 = 1" : String.join(" and ", where);
        var found = find(query, Sort.descending("updatedAt").and("id"), params);
        List<Referral> items = found.page(io.quarkus.panache.common.Page.of(q.page(), q.size())).list().stream()
                .map(this::read).toList();
        return new Page(items, found.count());
    }

    public record Escalations(List<Escalation> items, long total) {
    }

    /**
     * The escalated referrals, the longest-waiting first, filtered by the person's district, the category and how
     * long ago they were escalated ({@code escalatedBefore}); each filter may be null.
     */
    public Escalations escalations(String district, ServiceCategory category, Instant escalatedBefore, int page, int size) {
        StringBuilder where = new StringBuilder(" from ReferralEntity r left join CaseFactsEntity c on c.caseId = r.caseId"
                + " where r.status = " + ReferralStatus.class.getName() + ".ESCALATED");
        Map<String, Object> params = new HashMap<>();
        if (district != null) {
            where.append(" and coalesce(c.currentDistrict, c.homeDistrict) = :district");
            params.put("district", district);
        }
        if (category != null) {
            where.append(" and r.category = :category");
            params.put("category", category);
        }
        if (escalatedBefore != null) {
            where.append(" and r.escalatedAt <= :before");
            params.put("before", escalatedBefore);
        }
        var rows = getEntityManager().createQuery("select r, coalesce(c.currentDistrict, c.homeDistrict)" + where
                + " order by r.escalatedAt, r.id", Object[].class);
        var count = getEntityManager().createQuery("select count(r)" + where, Long.class);
        params.forEach((k, v) -> {
            rows.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<Escalation> items = rows.setFirstResult(page * size).setMaxResults(size).getResultList().stream()
                .map(row -> new Escalation(read((ReferralEntity) row[0]), (String) row[1])).toList();
        return new Escalations(items, count.getSingleResult());
    }

    /** Read by the metrics' scheduled refresh as well as by requests. */
    @ActivateRequestContext
    public Map<ReferralStatus, Long> countByStatus() {
        Map<ReferralStatus, Long> counts = new EnumMap<>(ReferralStatus.class);
        for (ReferralStatus s : ReferralStatus.values()) counts.put(s, 0L);
        getEntityManager().createQuery("select r.status, count(r) from ReferralEntity r group by r.status", Object[].class)
                .getResultList().forEach(row -> counts.put((ReferralStatus) row[0], (Long) row[1]));
        return counts;
    }

    // ---- attempts: one row per service a referral was sent to

    public void attemptSent(Referral r, Instant at) {
        // the referral may still wait in the session: the attempt's foreign key needs it written first
        flush();
        getEntityManager().createNativeQuery("""
                        INSERT INTO referral_attempt (referral_id, attempt, service_id, organization_id, sent_at)
                        VALUES (:referral, :attempt, :service, :organization, :at)
                        ON CONFLICT (referral_id, attempt) DO UPDATE SET sent_at = EXCLUDED.sent_at""")
                .setParameter("referral", r.id()).setParameter("attempt", r.attempt())
                .setParameter("service", r.serviceId()).setParameter("organization", r.organizationId())
                .setParameter("at", at).executeUpdate();
    }

    public void attemptAnswered(UUID referralId, int attempt, ReferralStatus outcome, Instant at) {
        getEntityManager().createQuery("""
                        update ReferralAttemptEntity a set a.outcome = :outcome, a.answeredAt = :at
                         where a.key.referralId = :referral and a.key.attempt = :attempt and a.outcome is null""")
                .setParameter("outcome", outcome).setParameter("at", at)
                .setParameter("referral", referralId).setParameter("attempt", attempt).executeUpdate();
    }

    /** Providers (organizations) that declined this referral or let it expire. */
    public Set<UUID> organizationsThatSaidNo(UUID referralId) {
        return new HashSet<>(getEntityManager().createQuery("""
                        select a.organizationId from ReferralAttemptEntity a
                         where a.key.referralId = :referral and a.outcome in\s""" + REFUSALS, UUID.class)
                .setParameter("referral", referralId).getResultList());
    }

    /**
     * Each provider's record from the attempts it answered: an expiry counts as answered and not accepted; the
     * median time to answer counts real answers only.
     */
    @SuppressWarnings("unchecked")
    public Map<UUID, ProviderRecord> providerRecords(Collection<UUID> organizations) {
        Map<UUID, ProviderRecord> records = new HashMap<>();
        if (organizations.isEmpty()) return records;
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        SELECT organization_id,
                               count(*) FILTER (WHERE outcome IN ('ACCEPTED','DECLINED','EXPIRED')) AS answered,
                               count(*) FILTER (WHERE outcome = 'ACCEPTED') AS accepted,
                               percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM answered_at - sent_at))
                                   FILTER (WHERE outcome IN ('ACCEPTED','DECLINED')) AS median_seconds
                          FROM referral_attempt WHERE organization_id IN (:organizations) AND outcome IS NOT NULL
                         GROUP BY organization_id""", Object[].class)
                .setParameter("organizations", organizations).getResultList();
        for (Object[] row : rows) {
            Duration median = row[3] == null ? null : Duration.ofSeconds(Math.round(((Number) row[3]).doubleValue()));
            records.put((UUID) row[0], new ProviderRecord(((Number) row[1]).intValue(), ((Number) row[2]).intValue(), median));
        }
        return records;
    }

    /**
     * A plain read. Outside a transaction the session belongs to the request (or the test) and lives as long as it:
     * the entity must not stay in it, or a later read in the same request would see it as it was, not as a
     * transaction since then left it.
     */
    private Referral read(ReferralEntity e) {
        Referral r = toDomain(e);
        if (!QuarkusTransaction.isActive()) getEntityManager().detach(e);
        return r;
    }

    private Referral toDomain(ReferralEntity e) {
        return new Referral(e.id, e.caseId, e.caseRef, e.referringAgencyId, e.category, e.urgency, e.serviceId,
                e.organizationId, e.status, e.dueAt, e.attempt, e.version, ReasonMaps.decode(read(e.explanation, SENTENCES)),
                read(e.history, HISTORY), e.createdAt, e.redacted);
    }

    private static String literals(List<ReferralStatus> statuses) {
        return statuses.stream().map(st -> ReferralStatus.class.getName() + "." + st.name())
                .collect(java.util.stream.Collectors.joining(", ", "(", ")"));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write referral JSON", e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable referral JSON", e);
        }
    }
}
