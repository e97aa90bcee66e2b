package org.setu.referral.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.setu.events.vocabulary.ReferralStatus;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Urgency;
import org.setu.referral.domain.HistoryEntry;
import org.setu.referral.domain.ProviderRecord;
import org.setu.referral.domain.Referral;

import java.sql.ResultSet;
import java.sql.SQLException;
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

/** Referrals, their history (a JSON array in the row) and their attempts. */
@ApplicationScoped
public class ReferralRepository {

    private static final TypeReference<List<HistoryEntry>> HISTORY = new TypeReference<>() { };
    private static final TypeReference<List<String>> LINES = new TypeReference<>() { };

    @Inject
    Sql sql;

    @Inject
    ObjectMapper json;

    /** @return the referral as stored, version 1 */
    public Referral insert(Referral r) {
        Referral stored = r.withVersion(1);
        sql.update("""
                INSERT INTO referral (id, case_id, case_ref, referring_agency_id, category, urgency, service_id,
                    organization_id, status, due_at, attempt, version, explanation, history, redacted, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?::jsonb, ?::jsonb, ?, ?, ?)""", s -> {
            s.setObject(1, r.id());
            s.setObject(2, r.caseId());
            s.setString(3, r.caseRef());
            s.setObject(4, r.referringAgencyId());
            s.setString(5, r.category().name());
            s.setString(6, r.urgency().name());
            s.setObject(7, r.serviceId());
            s.setObject(8, r.organizationId());
            s.setString(9, r.status().name());
            s.setTimestamp(10, Sql.ts(r.dueAt()));
            s.setInt(11, r.attempt());
            s.setString(12, write(r.explanation()));
            s.setString(13, write(r.history()));
            s.setBoolean(14, r.redacted());
            s.setTimestamp(15, Sql.ts(r.createdAt()));
            s.setTimestamp(16, Sql.ts(r.last().at()));
        });
        return stored;
    }

    /** Saves a transition made on the version that was loaded. @return the referral with its new version */
    public Referral update(Referral r) {
        int changed = sql.update("""
                UPDATE referral SET case_ref = ?, service_id = ?, organization_id = ?, status = ?, due_at = ?, attempt = ?,
                    version = version + 1, explanation = ?::jsonb, history = ?::jsonb, redacted = ?, updated_at = ?
                 WHERE id = ? AND version = ?""", s -> {
            s.setString(1, r.caseRef());
            s.setObject(2, r.serviceId());
            s.setObject(3, r.organizationId());
            s.setString(4, r.status().name());
            s.setTimestamp(5, Sql.ts(r.dueAt()));
            s.setInt(6, r.attempt());
            s.setString(7, write(r.explanation()));
            s.setString(8, write(r.history()));
            s.setBoolean(9, r.redacted());
            s.setTimestamp(10, Sql.ts(r.last().at()));
            s.setObject(11, r.id());
            s.setLong(12, r.version());
        });
        if (changed != 1) throw new IllegalStateException("referral changed under a row lock");
        return r.withVersion(r.version() + 1);
    }

    public Optional<Referral> find(UUID id) {
        return sql.one("SELECT * FROM referral WHERE id = ?", s -> s.setObject(1, id), this::map);
    }

    /** Loads and row-locks a referral for a transition, so that two transitions on it queue. */
    public Optional<Referral> lock(UUID id) {
        return sql.one("SELECT * FROM referral WHERE id = ? FOR UPDATE", s -> s.setObject(1, id), this::map);
    }

    public List<Referral> lockOpenOfCase(UUID caseId) {
        return sql.list("""
                SELECT * FROM referral WHERE case_id = ? AND status IN ('PROPOSED','SENT','ACCEPTED','IN_PROGRESS','ESCALATED')
                 ORDER BY created_at FOR UPDATE""", s -> s.setObject(1, caseId), this::map);
    }

    public List<Referral> lockAllOfCase(UUID caseId) {
        return sql.list("SELECT * FROM referral WHERE case_id = ? ORDER BY created_at FOR UPDATE",
                s -> s.setObject(1, caseId), this::map);
    }

    public Set<ServiceCategory> openCategoriesOfCase(UUID caseId) {
        return new HashSet<>(sql.list("""
                SELECT category FROM referral WHERE case_id = ? AND status IN ('PROPOSED','SENT','ACCEPTED','IN_PROGRESS','ESCALATED')""",
                s -> s.setObject(1, caseId), rs -> ServiceCategory.valueOf(rs.getString(1))));
    }

    /**
     * Overdue SENT referrals, row-locked; rows another replica's sweeper holds are skipped, so several replicas
     * can sweep at once without expiring the same referral twice.
     */
    public List<Referral> lockOverdue(Instant now, int limit) {
        return sql.list("""
                SELECT * FROM referral WHERE status = 'SENT' AND due_at <= ? ORDER BY due_at LIMIT ? FOR UPDATE SKIP LOCKED""",
                s -> {
                    s.setTimestamp(1, Sql.ts(now));
                    s.setInt(2, limit);
                }, this::map);
    }

    public record Page(List<Referral> items, long total) {
    }

    public Page list(ReferralQuery q) {
        StringBuilder where = new StringBuilder(" WHERE true");
        List<Sql.Binder> binds = new ArrayList<>();
        if (!q.everything()) {
            List<String> or = new ArrayList<>();
            if (q.asReferrer() != null) or.add("referring_agency_id = ?");
            if (q.asProvider() != null) or.add("organization_id = ?");
            if (or.isEmpty()) return new Page(List.of(), 0);
            where.append(" AND (").append(String.join(" OR ", or)).append(")");
        }
        if (q.status() != null) where.append(" AND status = ?");
        if (q.category() != null) where.append(" AND category = ?");
        if (q.caseId() != null) where.append(" AND case_id = ?");
        Sql.Binder binder = s -> {
            int i = 1;
            if (!q.everything()) {
                if (q.asReferrer() != null) s.setObject(i++, q.asReferrer());
                if (q.asProvider() != null) s.setObject(i++, q.asProvider());
            }
            if (q.status() != null) s.setString(i++, q.status().name());
            if (q.category() != null) s.setString(i++, q.category().name());
            if (q.caseId() != null) s.setObject(i++, q.caseId());
            s.setInt(i++, q.size());
            s.setLong(i, (long) q.page() * q.size());
        };
        List<Referral> items = sql.list("SELECT * FROM referral" + where + " ORDER BY updated_at DESC, id LIMIT ? OFFSET ?",
                binder, this::map);
        Sql.Binder countBinder = s -> {
            int i = 1;
            if (!q.everything()) {
                if (q.asReferrer() != null) s.setObject(i++, q.asReferrer());
                if (q.asProvider() != null) s.setObject(i++, q.asProvider());
            }
            if (q.status() != null) s.setString(i++, q.status().name());
            if (q.category() != null) s.setString(i++, q.category().name());
            if (q.caseId() != null) s.setObject(i, q.caseId());
        };
        long total = sql.one("SELECT count(*) FROM referral" + where, countBinder, rs -> rs.getLong(1)).orElse(0L);
        return new Page(items, total);
    }

    public Map<ReferralStatus, Long> countByStatus() {
        Map<ReferralStatus, Long> counts = new EnumMap<>(ReferralStatus.class);
        for (ReferralStatus s : ReferralStatus.values()) counts.put(s, 0L);
        sql.list("SELECT status, count(*) FROM referral GROUP BY status", s -> { },
                rs -> counts.put(ReferralStatus.valueOf(rs.getString(1)), rs.getLong(2)));
        return counts;
    }

    // ---- attempts: one row per service a referral was sent to

    public void attemptSent(Referral r, Instant at) {
        sql.update("""
                INSERT INTO referral_attempt (referral_id, attempt, service_id, organization_id, sent_at)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT (referral_id, attempt) DO UPDATE SET sent_at = EXCLUDED.sent_at""", s -> {
            s.setObject(1, r.id());
            s.setInt(2, r.attempt());
            s.setObject(3, r.serviceId());
            s.setObject(4, r.organizationId());
            s.setTimestamp(5, Sql.ts(at));
        });
    }

    public void attemptAnswered(UUID referralId, int attempt, ReferralStatus outcome, Instant at) {
        sql.update("UPDATE referral_attempt SET outcome = ?, answered_at = ? WHERE referral_id = ? AND attempt = ? AND outcome IS NULL", s -> {
            s.setString(1, outcome.name());
            s.setTimestamp(2, Sql.ts(at));
            s.setObject(3, referralId);
            s.setInt(4, attempt);
        });
    }

    /** Providers (organizations) that declined this referral or let it expire. */
    public Set<UUID> organizationsThatSaidNo(UUID referralId) {
        return new HashSet<>(sql.list("""
                SELECT organization_id FROM referral_attempt WHERE referral_id = ? AND outcome IN ('DECLINED','EXPIRED')""",
                s -> s.setObject(1, referralId), rs -> Sql.uuid(rs, "organization_id")));
    }

    /**
     * Each provider's record from the attempts it answered: an expiry counts as answered and not accepted; the
     * median time to answer counts real answers only.
     */
    public Map<UUID, ProviderRecord> providerRecords(Collection<UUID> organizations) {
        Map<UUID, ProviderRecord> records = new HashMap<>();
        if (organizations.isEmpty()) return records;
        sql.list("""
                SELECT organization_id,
                       count(*) FILTER (WHERE outcome IN ('ACCEPTED','DECLINED','EXPIRED')) AS answered,
                       count(*) FILTER (WHERE outcome = 'ACCEPTED') AS accepted,
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM answered_at - sent_at))
                           FILTER (WHERE outcome IN ('ACCEPTED','DECLINED')) AS median_seconds
                  FROM referral_attempt WHERE organization_id = ANY(?) AND outcome IS NOT NULL
                 GROUP BY organization_id""", s -> s.setArray(1, Sql.uuids(s, organizations)), rs -> {
            double median = rs.getDouble("median_seconds");
            Duration m = rs.wasNull() ? null : Duration.ofSeconds(Math.round(median));
            records.put(Sql.uuid(rs, "organization_id"), new ProviderRecord(rs.getInt("answered"), rs.getInt("accepted"), m));
            return null;
        });
        return records;
    }

    private Referral map(ResultSet rs) throws SQLException {
        return new Referral(Sql.uuid(rs, "id"), Sql.uuid(rs, "case_id"), rs.getString("case_ref"),
                Sql.uuid(rs, "referring_agency_id"), ServiceCategory.valueOf(rs.getString("category")),
                Urgency.valueOf(rs.getString("urgency")), Sql.uuid(rs, "service_id"), Sql.uuid(rs, "organization_id"),
                ReferralStatus.valueOf(rs.getString("status")), Sql.instant(rs, "due_at"), rs.getInt("attempt"),
                rs.getLong("version"), read(rs.getString("explanation"), LINES), read(rs.getString("history"), HISTORY),
                Sql.instant(rs, "created_at"), rs.getBoolean("redacted"));
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
