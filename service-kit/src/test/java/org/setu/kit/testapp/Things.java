package org.setu.kit.testapp;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.setu.kit.api.ConflictException;
import org.setu.kit.audit.AuditTrail;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;

/** The test application's use case: a thing is created, read and approved, each step audited. */
@ApplicationScoped
public class Things {

    public record Thing(UUID id, String kind, String status, long version) {
    }

    @Inject
    DataSource dataSource;

    @Inject
    AuditTrail audit;

    void createTable(@Observes StartupEvent start) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS test_things (id UUID PRIMARY KEY, kind TEXT NOT NULL, "
                    + "status TEXT NOT NULL, version BIGINT NOT NULL, created_by TEXT NOT NULL)");
        }
    }

    @Transactional
    public Thing create(String kind, String createdBy, long pauseMillis) throws SQLException, InterruptedException {
        Thing thing = new Thing(UUID.randomUUID(), kind, "NEW", 1);
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("INSERT INTO test_things VALUES (?, ?, ?, ?, ?)")) {
            s.setObject(1, thing.id());
            s.setString(2, kind);
            s.setString(3, thing.status());
            s.setLong(4, thing.version());
            s.setString(5, createdBy);
            s.executeUpdate();
        }
        audit.record(AuditTrail.CREATE, "thing", thing.id().toString(), "TESTING");
        if (pauseMillis > 0) Thread.sleep(pauseMillis);   // lets a concurrent duplicate arrive meanwhile
        return thing;
    }

    @Transactional
    public Optional<Thing> find(UUID id) throws SQLException {
        Optional<Thing> thing = load(id);
        thing.ifPresent(t -> audit.record(AuditTrail.READ, "thing", id.toString(), "TESTING"));
        return thing;
    }

    @Transactional
    public Thing approve(UUID id, long expectedVersion) throws SQLException {
        Thing thing = load(id).orElseThrow(org.setu.kit.api.NotFound::new);
        if (!thing.status().equals("NEW")) throw ConflictException.wrongStatus(thing.status(), thing.version());
        if (thing.version() != expectedVersion) throw ConflictException.staleVersion(thing.status(), thing.version());
        Thing approved = new Thing(id, thing.kind(), "APPROVED", thing.version() + 1);
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("UPDATE test_things SET status = ?, version = ? WHERE id = ?")) {
            s.setString(1, approved.status());
            s.setLong(2, approved.version());
            s.setObject(3, id);
            s.executeUpdate();
        }
        audit.record(AuditTrail.CHANGE, "thing", id.toString(), "TESTING");
        return approved;
    }

    public long countCreatedBy(String createdBy) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT count(*) FROM test_things WHERE created_by = ?")) {
            s.setString(1, createdBy);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private Optional<Thing> load(UUID id) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT kind, status, version FROM test_things WHERE id = ?")) {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new Thing(id, rs.getString(1), rs.getString(2), rs.getLong(3)))
                        : Optional.empty();
            }
        }
    }
}
