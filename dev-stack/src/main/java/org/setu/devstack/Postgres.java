package org.setu.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * The PostgreSQL server the platform uses, found in this order: the one {@code SETU_DB_URL} names, the one
 * at 127.0.0.1:5432 when it answers, otherwise an embedded server (real PostgreSQL binaries from Maven
 * Central) started here. Each service then gets a database of its own on it.
 */
public final class Postgres implements AutoCloseable {

    public enum Source { CONFIGURED, LOCAL_SERVER, EMBEDDED }

    public static final int EMBEDDED_DEFAULT_PORT = 54329;
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final Source source;
    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private final EmbeddedPostgres embedded;

    private Postgres(Source source, String host, int port, String user, String password, EmbeddedPostgres embedded) {
        this.source = source;
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
        this.embedded = embedded;
    }

    /** Finds or starts a server; {@code forceEmbedded} skips the running ones (used to test that path). */
    public static Postgres provide(StateFolder state, boolean forceEmbedded, int embeddedPort) {
        String user = orDefault(System.getenv("SETU_DB_USER"), "postgres");
        String password = orDefault(System.getenv("SETU_DB_PASSWORD"), "");
        String configured = System.getenv("SETU_DB_URL");
        if (!forceEmbedded && configured != null && !configured.isBlank()) {
            URI uri = URI.create(configured.replaceFirst("^jdbc:", ""));
            int port = uri.getPort() > 0 ? uri.getPort() : 5432;
            Postgres pg = new Postgres(Source.CONFIGURED, uri.getHost(), port, user, password, null);
            pg.requireReachable();
            return pg;
        }
        if (!forceEmbedded && Net.isListening("127.0.0.1", 5432)) {
            Postgres pg = new Postgres(Source.LOCAL_SERVER, "127.0.0.1", 5432, user, password, null);
            pg.requireReachable();
            return pg;
        }
        if (!forceEmbedded && Net.isListening("127.0.0.1", embeddedPort)) {
            // the embedded server of a launcher that is still running
            Postgres pg = new Postgres(Source.LOCAL_SERVER, "127.0.0.1", embeddedPort, "postgres", "", null);
            pg.requireReachable();
            return pg;
        }
        return startEmbedded(state, embeddedPort);
    }

    private static Postgres startEmbedded(StateFolder state, int port) {
        Path dataDir = state.data("postgres");
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(state.log("postgres").toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(state.log("postgres").toFile()))
                    .start();
            return new Postgres(Source.EMBEDDED, "127.0.0.1", pg.getPort(), "postgres", "", pg);
        } catch (IOException | RuntimeException e) {
            throw new StackException("postgres", "no PostgreSQL server answers at 127.0.0.1:5432 and the embedded one "
                    + "could not start (" + e.getMessage() + "). Start a server, or point SETU_DB_URL "
                    + "(jdbc:postgresql://host:port), SETU_DB_USER and SETU_DB_PASSWORD at one.", state.log("postgres"));
        }
    }

    public Source source() { return source; }
    public String host() { return host; }
    public int port() { return port; }
    public String user() { return user; }
    public String password() { return password; }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** Creates the database when it is missing; the services' Flyway migrations fill it. */
    public void ensureDatabase(String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        try (Connection c = connect("postgres");
             PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, name);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) return;
            }
            try (Statement create = c.createStatement()) {
                create.execute("CREATE DATABASE " + name);
            }
        } catch (SQLException e) {
            if ("42P04".equals(e.getSQLState())) return; // created meanwhile by another process
            throw new StackException("postgres", "cannot create database " + name + ": " + e.getMessage(), null);
        }
    }

    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), user, password);
    }

    private void requireReachable() {
        try (Connection c = connect("postgres")) {
            c.isValid(2);
        } catch (SQLException e) {
            throw new StackException("postgres", "the server at " + host + ":" + port + " refused user " + user
                    + " (" + e.getMessage() + "). Set SETU_DB_USER and SETU_DB_PASSWORD.", null);
        }
    }

    public String describe() {
        return switch (source) {
            case CONFIGURED -> "PostgreSQL at " + host + ":" + port + " (SETU_DB_URL)";
            case LOCAL_SERVER -> "PostgreSQL at 127.0.0.1:" + port + " (already running)";
            case EMBEDDED -> "PostgreSQL at 127.0.0.1:" + port + " (embedded, data in .setu/data/postgres)";
        };
    }

    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new StackException("postgres", "embedded server did not stop: " + e.getMessage(), null);
            }
        }
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
