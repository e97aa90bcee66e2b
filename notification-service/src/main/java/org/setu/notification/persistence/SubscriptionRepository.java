package org.setu.notification.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.setu.events.notification.Channel;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SubscriptionRepository {

    private static final String COLUMNS = "id, agency_id, channel, address, language, event_types, secret_sealed, secret_key_id, "
            + "active, version, created_at, updated_at";
    /** Reads the legacy plain column too, for the moments between migration V3 and the start-up job that empties it. */
    private static final String READ = COLUMNS + ", secret";

    @Inject
    DataSource dataSource;

    @Inject
    WebhookSecrets secrets;

    public void insert(SubscriptionRow r) {
        String sql = "INSERT INTO subscription (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection con = dataSource.getConnection(); PreparedStatement s = con.prepareStatement(sql)) {
            s.setObject(1, r.id());
            s.setObject(2, r.agencyId());
            s.setString(3, r.channel().name());
            s.setString(4, r.address());
            s.setString(5, r.language());
            s.setArray(6, con.createArrayOf("text", r.eventTypes().toArray()));
            WebhookSecrets.Sealed sealed = seal(r);
            s.setBytes(7, sealed == null ? null : sealed.ciphertext());
            s.setString(8, sealed == null ? null : sealed.keyId());
            s.setBoolean(9, r.active());
            s.setLong(10, r.version());
            Jdbc.setInstant(s, 11, r.createdAt());
            Jdbc.setInstant(s, 12, r.updatedAt());
            s.executeUpdate();
        } catch (SQLException e) {
            throw Jdbc.failure("saving a subscription", e);
        }
    }

    public void update(SubscriptionRow r) {
        String sql = """
                UPDATE subscription SET channel = ?, address = ?, language = ?, event_types = ?, secret = NULL,
                       secret_sealed = ?, secret_key_id = ?, active = ?, version = ?, updated_at = ? WHERE id = ?""";
        try (Connection con = dataSource.getConnection(); PreparedStatement s = con.prepareStatement(sql)) {
            s.setString(1, r.channel().name());
            s.setString(2, r.address());
            s.setString(3, r.language());
            s.setArray(4, con.createArrayOf("text", r.eventTypes().toArray()));
            WebhookSecrets.Sealed sealed = seal(r);
            s.setBytes(5, sealed == null ? null : sealed.ciphertext());
            s.setString(6, sealed == null ? null : sealed.keyId());
            s.setBoolean(7, r.active());
            s.setLong(8, r.version());
            Jdbc.setInstant(s, 9, r.updatedAt());
            s.setObject(10, r.id());
            s.executeUpdate();
        } catch (SQLException e) {
            throw Jdbc.failure("updating a subscription", e);
        }
    }

    public boolean delete(UUID id) {
        try (Connection con = dataSource.getConnection(); PreparedStatement s = con.prepareStatement("DELETE FROM subscription WHERE id = ?")) {
            s.setObject(1, id);
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw Jdbc.failure("deleting a subscription", e);
        }
    }

    public Optional<SubscriptionRow> find(UUID id) {
        return query("SELECT " + READ + " FROM subscription WHERE id = ?", List.of(id)).stream().findFirst();
    }

    public List<SubscriptionRow> ofAgency(UUID agencyId) {
        return query("SELECT " + READ + " FROM subscription WHERE agency_id = ? ORDER BY created_at, id", List.of(agencyId));
    }

    /** The active subscriptions of the agencies that take part in a referral. */
    public List<SubscriptionRow> activeOf(Collection<UUID> agencies) {
        List<UUID> ids = agencies.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) return List.of();
        String marks = String.join(", ", ids.stream().map(i -> "?").toList());
        return query("SELECT " + READ + " FROM subscription WHERE active AND agency_id IN (" + marks + ") ORDER BY created_at, id", ids);
    }

    private WebhookSecrets.Sealed seal(SubscriptionRow r) {
        return r.secret() == null ? null : secrets.seal(r.id(), r.secret());
    }

    private String secret(ResultSet rs) throws SQLException {
        byte[] sealed = rs.getBytes("secret_sealed");
        if (sealed != null) return secrets.open(Jdbc.uuid(rs, "id"), sealed, rs.getString("secret_key_id"));
        return rs.getString("secret");
    }

    private List<SubscriptionRow> query(String sql, List<UUID> args) {
        try (Connection con = dataSource.getConnection(); PreparedStatement s = con.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) s.setObject(i + 1, args.get(i));
            try (ResultSet rs = s.executeQuery()) {
                List<SubscriptionRow> out = new ArrayList<>();
                while (rs.next()) {
                    Array types = rs.getArray("event_types");
                    out.add(new SubscriptionRow(Jdbc.uuid(rs, "id"), Jdbc.uuid(rs, "agency_id"),
                            Channel.valueOf(rs.getString("channel")), rs.getString("address"), rs.getString("language"),
                            Arrays.asList((String[]) types.getArray()), secret(rs), rs.getBoolean("active"),
                            rs.getLong("version"), Jdbc.instant(rs, "created_at"), Jdbc.instant(rs, "updated_at")));
                }
                return out;
            }
        } catch (SQLException e) {
            throw Jdbc.failure("reading subscriptions", e);
        }
    }
}
