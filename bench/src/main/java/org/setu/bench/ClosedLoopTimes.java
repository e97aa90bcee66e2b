package org.setu.bench;

import org.setu.devstack.Postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * For each screening of the closed-loop run: when it was POSTed (noted by the load generator), when its referral
 * was sent (the referral service's attempt record) and when the provider's email was accepted by the mail server
 * (the notification service's delivery log, written when SMTP accepted the message).
 */
final class ClosedLoopTimes {

    /** One screening's way through the loop, in epoch milliseconds (0: not seen). */
    record Trace(String caseId, long postedAt, long sentAt, long mailedAt) {
        double toSentMs() { return sentAt == 0 ? Double.NaN : sentAt - postedAt; }
        double toMailMs() { return mailedAt == 0 ? Double.NaN : mailedAt - postedAt; }
    }

    private ClosedLoopTimes() {
    }

    /** Reads the traces, waiting up to {@code max} for the last emails to go out. */
    static List<Trace> collect(Postgres pg, Map<String, Long> posted, Duration max) throws SQLException, InterruptedException {
        long until = System.currentTimeMillis() + max.toMillis();
        List<Trace> traces = read(pg, posted);
        while (traces.stream().anyMatch(t -> t.mailedAt() == 0) && System.currentTimeMillis() < until) {
            Thread.sleep(2000);
            traces = read(pg, posted);
        }
        return traces;
    }

    private static List<Trace> read(Postgres pg, Map<String, Long> posted) throws SQLException {
        UUID[] cases = posted.keySet().stream().map(UUID::fromString).toArray(UUID[]::new);
        Map<String, String> referralOfCase = new HashMap<>();
        Map<String, Long> sentAt = new HashMap<>();
        try (Connection c = pg.connect("setu_referral"); PreparedStatement s = c.prepareStatement("""
                SELECT r.case_id, r.id, a.sent_at FROM referral r
                JOIN referral_attempt a ON a.referral_id = r.id AND a.attempt = 1
                WHERE r.case_id = ANY (?)""")) {
            s.setArray(1, c.createArrayOf("uuid", cases));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    referralOfCase.put(rs.getString(1), rs.getString(2));
                    sentAt.put(rs.getString(1), rs.getTimestamp(3).getTime());
                }
            }
        }
        Map<String, Long> mailedAt = new HashMap<>();
        try (Connection c = pg.connect("setu_notification"); PreparedStatement s = c.prepareStatement("""
                SELECT referral_id, min(delivered_at) FROM delivery
                WHERE referral_id = ANY (?) AND recipient_kind = 'SERVICE_CONTACT' AND channel = 'EMAIL' AND status = 'DELIVERED'
                GROUP BY referral_id""")) {
            s.setArray(1, c.createArrayOf("uuid", referralOfCase.values().stream().map(UUID::fromString).toArray(UUID[]::new)));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) mailedAt.put(rs.getString(1), rs.getTimestamp(2).getTime());
            }
        }
        List<Trace> out = new ArrayList<>();
        posted.forEach((caseId, at) -> {
            String referral = referralOfCase.get(caseId);
            out.add(new Trace(caseId, at, sentAt.getOrDefault(caseId, 0L),
                    referral == null ? 0 : mailedAt.getOrDefault(referral, 0L)));
        });
        return out;
    }
}
