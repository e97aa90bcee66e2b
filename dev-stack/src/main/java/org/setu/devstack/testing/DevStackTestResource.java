package org.setu.devstack.testing;

import org.setu.devstack.KafkaBroker;
import org.setu.devstack.KeycloakServer;
import org.setu.devstack.Net;
import org.setu.devstack.Postgres;
import org.setu.devstack.StackException;
import org.setu.devstack.StateFolder;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Real PostgreSQL and Kafka for a service's {@code @QuarkusTest}s. PostgreSQL is reused (SETU_DB_URL, the
 * server at 127.0.0.1:5432, or an embedded one) with a database of the test's own, named by the
 * {@code database} argument and emptied first so that each run starts clean. Kafka is reused when
 * SETU_KAFKA_BOOTSTRAP names one; otherwise a private broker starts on free ports for this test JVM and is
 * stopped at its end, so tests never read the events of a running platform.
 *
 * <pre>
 * {@literal @}QuarkusTestResource(value = DevStackTestResource.class,
 *         initArgs = {@literal @}ResourceArg(name = "database", value = "setu_screening_test"))
 * </pre>
 */
public class DevStackTestResource implements QuarkusTestResourceLifecycleManager {

    private String database = "setu_test";
    private Postgres postgres;
    private KafkaBroker broker;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        StateFolder state = StateFolder.locate();
        postgres = Postgres.provide(state, false, Postgres.EMBEDDED_DEFAULT_PORT);
        recreate(database);
        String bootstrap = System.getenv("SETU_KAFKA_BOOTSTRAP");
        if (bootstrap == null || bootstrap.isBlank()) {
            int port = Net.freePort();
            broker = new KafkaBroker(state, "kafka-test-" + port, port, Net.freePort(), testDataDir(port));
            Runtime.getRuntime().addShutdownHook(new Thread(this::stopBroker, "kafka-test-broker-stop"));
            broker.start(java.time.Duration.ofSeconds(90));
            broker.createTopics(org.setu.events.Topics.ALL, org.setu.events.Topics.COMPACTED, 3);
            bootstrap = broker.bootstrapServers();
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(database),
                "quarkus.datasource.username", postgres.user(),
                "quarkus.datasource.password", postgres.password(),
                "kafka.bootstrap.servers", bootstrap,
                // Service tests take their identity from @TestSecurity; real Keycloak tokens are system-tests'
                // business. Pointing OIDC where nothing answers also shows how a Keycloak outage is answered.
                "quarkus.oidc.auth-server-url", "http://127.0.0.1:1/realms/setu");
    }

    @Override
    public void stop() {
        stopBroker();
        if (postgres != null) postgres.close();
    }

    private synchronized void stopBroker() {
        if (broker != null) {
            broker.stop();
            try {
                KeycloakServer.deleteTree(testDataDir(Integer.parseInt(broker.bootstrapServers().replaceAll(".*:", ""))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            broker = null;
        }
    }

    private void recreate(String name) {
        try (var c = postgres.connect("postgres"); var s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (java.sql.SQLException e) {
            throw new StackException("postgres", "cannot reset test database " + name + ": " + e.getMessage(), null);
        }
        postgres.ensureDatabase(name);
    }

    private static Path testDataDir(int port) {
        Path dir = Path.of("target", "kafka-test-" + port).toAbsolutePath();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }
}
