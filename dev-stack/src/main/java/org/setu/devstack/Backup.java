package org.setu.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * {@code ./setu backup} and {@code ./setu restore}: the five services' databases, each dumped with {@code pg_dump}
 * (one consistent snapshot per database) into a folder with a manifest. Nothing else needs keeping: Kafka's topics
 * are rebuilt from the databases (see {@link #restore}), Keycloak's realm is a file in the repository, and the keys
 * in {@code .setu/secrets} are deliberately left out, because a backup that holds its own key protects nobody.
 */
public final class Backup {

    static final String MANIFEST = "manifest.properties";
    private static final DateTimeFormatter FOLDER = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Postgres postgres;
    private final Consumer<String> say;

    public Backup(Postgres postgres, Consumer<String> say) {
        this.postgres = postgres;
        this.say = say;
    }

    public static Path defaultFolder(StateFolder state, Instant at) {
        return state.home().resolve("backups").resolve(FOLDER.format(at));
    }

    /** Dumps every service database into {@code folder}, which must not exist yet or be empty. */
    public Path write(Path folder) throws IOException {
        Files.createDirectories(folder);
        try (var existing = Files.list(folder)) {
            if (existing.findAny().isPresent()) throw new StackException("backup", folder + " is not empty", null);
        }
        Instant began = Instant.now();
        for (SetuService s : SetuService.all()) {
            Path dump = folder.resolve(s.database() + ".dump");
            run("pg_dump", List.of("pg_dump", "--format=custom", "--no-owner", "--no-privileges", "--file=" + dump,
                    "--host=" + postgres.host(), "--port=" + postgres.port(), "--username=" + postgres.user(), s.database()));
            say.accept("  ✓ " + s.database() + " (" + Files.size(dump) / 1024 + " KiB)");
        }
        Properties manifest = new Properties();
        manifest.setProperty("began", began.toString());
        manifest.setProperty("finished", Instant.now().toString());
        manifest.setProperty("databases", String.join(",", SetuService.all().stream().map(SetuService::database).toList()));
        manifest.setProperty("keys", "not included: keep .setu/secrets (or your Kubernetes Secrets) apart from backups");
        try (var out = Files.newOutputStream(folder.resolve(MANIFEST))) {
            manifest.store(out, "Setu backup");
        }
        return folder;
    }

    /**
     * Replaces every service database with its dump. Afterwards each service's outbox is marked unpublished, so that
     * its relay sends again every event it still holds: a consumer restored to the same moment applies what it had
     * not yet seen and skips, by its inbox, what it had. Events of the time between the backup and the restore are
     * gone with that time. The services must be stopped.
     */
    public void restore(Path folder) throws IOException {
        if (!Files.exists(folder.resolve(MANIFEST))) {
            throw new StackException("restore", folder + " holds no " + MANIFEST + "; is it a Setu backup?", null);
        }
        for (SetuService s : SetuService.all()) {
            if (!Files.exists(folder.resolve(s.database() + ".dump"))) {
                throw new StackException("restore", folder + " has no dump of " + s.database(), null);
            }
        }
        for (SetuService s : SetuService.all()) {
            recreate(s.database());
            run("pg_restore", List.of("pg_restore", "--no-owner", "--no-privileges", "--exit-on-error",
                    "--host=" + postgres.host(), "--port=" + postgres.port(), "--username=" + postgres.user(),
                    "--dbname=" + s.database(), folder.resolve(s.database() + ".dump").toString()));
            int again = sql(s.database(), "UPDATE kit_outbox SET published_at = NULL WHERE published_at IS NOT NULL");
            say.accept("  ✓ " + s.database() + " restored; " + again + " held events will be sent again");
        }
    }

    private void recreate(String database) {
        sql("postgres", "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        sql("postgres", "CREATE DATABASE " + database);
    }

    private int sql(String database, String statement) {
        try (Connection c = postgres.connect(database); Statement st = c.createStatement()) {
            return st.executeUpdate(statement);
        } catch (SQLException e) {
            throw new StackException("restore", database + ": " + e.getMessage(), null);
        }
    }

    private void run(String tool, List<String> command) {
        List<String> cmd = new ArrayList<>(command);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        if (!postgres.password().isEmpty()) env.put("PGPASSWORD", postgres.password());
        try {
            Process p = pb.start();
            String output = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new StackException(tool, "failed: " + output.strip(), null);
            }
        } catch (IOException e) {
            throw new StackException(tool, "cannot run " + tool + " (Debian: postgresql-client, the same major version "
                    + "as the server or newer): " + e.getMessage(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException(tool, "interrupted", null);
        }
    }
}
