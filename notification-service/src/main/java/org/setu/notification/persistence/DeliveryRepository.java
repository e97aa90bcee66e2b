package org.setu.notification.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.setu.events.notification.Channel;
import org.setu.events.notification.RecipientKind;
import org.setu.notification.domain.DeliveryState;
import org.setu.notification.domain.DeliveryStatus;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The delivery log. The worker claims due rows with {@code FOR UPDATE SKIP LOCKED}, so replicas never send one twice. */
@ApplicationScoped
public class DeliveryRepository {

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

    @Inject
    DataSource dataSource;

    /** @return false when this (event, recipient, channel) already has a delivery */
    public boolean insertIfAbsent(DeliveryRow d) {
        String sql = """
                INSERT INTO delivery (id, source_event_id, source_event_type, event_subject, event_time, facts, referral_id,
                    organization_id, referring_agency_id, recipient_kind, channel, recipient, language, status, attempts,
                    give_up_after, next_attempt_at, created_at, updated_at, last_reason, case_id)
                VALUES (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (source_event_id, recipient, channel) DO NOTHING""";
        try (Connection con = dataSource.getConnection(); PreparedStatement s = con.prepareStatement(sql)) {
            s.setObject(1, d.id());
            s.setString(2, d.sourceEventId());
            s.setString(3, d.sourceEventType());
            s.setString(4, d.eventSubject());
            Jdbc.setInstant(s, 5, d.eventTime());
            s.setString(6, d.facts());
            s.setObject(7, d.referralId());
            s.setObject(8, d.organizationId());
            s.setObject(9, d.referringAgencyId());
            s.setString(10, d.kind().name());
            s.setString(11, d.channel().name());
            s.setString(12, d.recipient());
            s.setString(13, d.language());
            s.setString(14, d.state().status().name());
            s.setInt(15, d.state().attempts());
            s.setInt(16, d.state().giveUpAfter());
            Jdbc.setInstant(s, 17, d.state().nextAttemptAt());
            Jdbc.setInstant(s, 18, d.createdAt());
            Jdbc.setInstant(s, 19, d.updatedAt());
            s.setString(20, d.state().lastReason());
            s.setObject(21, d.caseId());
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw Jdbc.failure("recording a delivery", e);
        }
    }

    /**
     * Forgets what the deliveries of an erased case kept of it: the event data, the subject, the case and referral
     * ids. Status, channel, recipient kind, event type, reason codes and times stay, for counts and oversight. A
     * delivery not yet sent will not be: its notice would name the case. @return how many deliveries were purged
     */
    public int purgeCase(UUID caseId, Instant now) {
        String sql = """
                UPDATE delivery SET facts = '{}'::jsonb, event_subject = NULL, case_id = NULL, referral_id = NULL,
                       last_reason = CASE WHEN status = 'PENDING' THEN 'CASE_ERASED' ELSE last_reason END,
                       next_attempt_at = CASE WHEN status = 'PENDING' THEN NULL ELSE next_attempt_at END,
                       status = CASE WHEN status = 'PENDING' THEN 'SKIPPED' ELSE status END,
                       updated_at = ?
                 WHERE case_id = ?""";
        try (Connection con = dataSource.getConnection(); PreparedStatement s = con.prepareStatement(sql)) {
            Jdbc.setInstant(s, 1, now);
            s.setObject(2, caseId);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw Jdbc.failure("purging the deliveries of an erased case", e);
        }
    }

    /** Remembers that a case was erased (its id only); @return false when it was known already */
    public boolean rememberErased(UUID caseId, Instant at) {
        try (Connection con = dataSource.getConnection(); PreparedStatement s = con.prepareStatement(
                "INSERT INTO erased_case (case_id, erased_at) VALUES (?, ?) ON CONFLICT (case_id) DO NOTHING")) {
            s.setObject(1, caseId);
            Jdbc.setInstant(s, 2, at);
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw Jdbc.failure("remembering an erased case", e);
        }
    }

    public boolean isErased(UUID caseId) {
        if (caseId == null) return false;
        try (Connection con = dataSource.getConnection();
             PreparedStatement s = con.prepareStatement("SELECT 1 FROM erased_case WHERE case_id = ?")) {
            s.setObject(1, caseId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw Jdbc.failure("looking up an erased case", e);
        }
    }

    /** The earliest due delivery that no other worker holds, locked until the caller's transaction ends. */
    public Optional<DeliveryRow> claimNextDue(Instant now) {
        return query("SELECT * FROM delivery WHERE status = 'PENDING' AND next_attempt_at <= ? "
                + "ORDER BY next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED", List.of(now)).stream().findFirst();
    }

    public Optional<DeliveryRow> find(UUID id) {
        return query("SELECT * FROM delivery WHERE id = ?", List.of(id)).stream().findFirst();
    }

    public Optional<DeliveryRow> findForUpdate(UUID id) {
        return query("SELECT * FROM delivery WHERE id = ? FOR UPDATE", List.of(id)).stream().findFirst();
    }

    public void saveState(UUID id, DeliveryState state, String address, Instant now) {
        String sql = """
                UPDATE delivery SET status = ?, attempts = ?, give_up_after = ?, next_attempt_at = ?, last_reason = ?,
                       address = COALESCE(?, address), updated_at = ?,
                       delivered_at = CASE WHEN ? = 'DELIVERED' THEN ? ELSE delivered_at END
                WHERE id = ?""";
        try (Connection con = dataSource.getConnection(); PreparedStatement s = con.prepareStatement(sql)) {
            s.setString(1, state.status().name());
            s.setInt(2, state.attempts());
            s.setInt(3, state.giveUpAfter());
            Jdbc.setInstant(s, 4, state.nextAttemptAt());
            s.setString(5, state.lastReason());
            s.setString(6, address);
            Jdbc.setInstant(s, 7, now);
            s.setString(8, state.status().name());
            Jdbc.setInstant(s, 9, now);
            s.setObject(10, id);
            s.executeUpdate();
        } catch (SQLException e) {
            throw Jdbc.failure("saving a delivery", e);
        }
    }

    public void addAttempt(UUID id, AttemptRow a) {
        String sql = "INSERT INTO delivery_attempt (delivery_id, number, at, outcome, reason, duration_ms, next_attempt_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)";
        try (Connection con = dataSource.getConnection(); PreparedStatement s = con.prepareStatement(sql)) {
            s.setObject(1, id);
            s.setInt(2, a.number());
            Jdbc.setInstant(s, 3, a.at());
            s.setString(4, a.outcome());
            s.setString(5, a.reason());
            s.setInt(6, a.durationMs());
            Jdbc.setInstant(s, 7, a.nextAttemptAt());
            s.executeUpdate();
        } catch (SQLException e) {
            throw Jdbc.failure("logging an attempt", e);
        }
    }

    public List<AttemptRow> attempts(UUID id) {
        try (Connection con = dataSource.getConnection();
             PreparedStatement s = con.prepareStatement("SELECT * FROM delivery_attempt WHERE delivery_id = ? ORDER BY number")) {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
                List<AttemptRow> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new AttemptRow(rs.getInt("number"), Jdbc.instant(rs, "at"), rs.getString("outcome"),
                            rs.getString("reason"), rs.getInt("duration_ms"), Jdbc.instant(rs, "next_attempt_at")));
                }
                return out;
            }
        } catch (SQLException e) {
            throw Jdbc.failure("reading attempts", e);
        }
    }

    public List<DeliveryRow> page(Filter f, Visibility v, int page, int size) {
        List<Object> args = new ArrayList<>();
        String where = where(f, v, args);
        args.add(size);
        args.add((long) page * size);
        return query("SELECT * FROM delivery" + where + " ORDER BY created_at DESC, id LIMIT ? OFFSET ?", args);
    }

    public long count(Filter f, Visibility v) {
        List<Object> args = new ArrayList<>();
        String sql = "SELECT count(*) FROM delivery" + where(f, v, args);
        try (Connection con = dataSource.getConnection(); PreparedStatement s = con.prepareStatement(sql)) {
            bind(s, args);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw Jdbc.failure("counting deliveries", e);
        }
    }

    private static String where(Filter f, Visibility v, List<Object> args) {
        List<String> conditions = new ArrayList<>();
        if (!v.everything()) {
            conditions.add("(organization_id = ? OR referring_agency_id = ?)");
            args.add(v.agencyId());
            args.add(v.agencyId());
        }
        if (f.status() != null) {
            conditions.add("status = ?");
            args.add(f.status().name());
        }
        if (f.channel() != null) {
            conditions.add("channel = ?");
            args.add(f.channel().name());
        }
        if (f.kind() != null) {
            conditions.add("recipient_kind = ?");
            args.add(f.kind().name());
        }
        if (f.referralId() != null) {
            conditions.add("referral_id = ?");
            args.add(f.referralId());
        }
        if (f.sourceEventId() != null) {
            conditions.add("source_event_id = ?");
            args.add(f.sourceEventId());
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private List<DeliveryRow> query(String sql, List<?> args) {
        try (Connection con = dataSource.getConnection(); PreparedStatement s = con.prepareStatement(sql)) {
            bind(s, args);
            try (ResultSet rs = s.executeQuery()) {
                List<DeliveryRow> out = new ArrayList<>();
                while (rs.next()) out.add(row(rs));
                return out;
            }
        } catch (SQLException e) {
            throw Jdbc.failure("reading deliveries", e);
        }
    }

    private static void bind(PreparedStatement s, List<?> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            Object a = args.get(i);
            if (a instanceof Instant at) Jdbc.setInstant(s, i + 1, at);
            else s.setObject(i + 1, a);
        }
    }

    private static DeliveryRow row(ResultSet rs) throws SQLException {
        DeliveryState state = new DeliveryState(DeliveryStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
                rs.getInt("give_up_after"), Jdbc.instant(rs, "next_attempt_at"), rs.getString("last_reason"));
        return new DeliveryRow(Jdbc.uuid(rs, "id"), rs.getString("source_event_id"), rs.getString("source_event_type"),
                rs.getString("event_subject"), Jdbc.instant(rs, "event_time"), rs.getString("facts"),
                Jdbc.uuid(rs, "case_id"), Jdbc.uuid(rs, "referral_id"), Jdbc.uuid(rs, "organization_id"), Jdbc.uuid(rs, "referring_agency_id"),
                RecipientKind.valueOf(rs.getString("recipient_kind")), Channel.valueOf(rs.getString("channel")),
                rs.getString("recipient"), rs.getString("language"), rs.getString("address"), state,
                Jdbc.instant(rs, "created_at"), Jdbc.instant(rs, "updated_at"), Jdbc.instant(rs, "delivered_at"));
    }
}
