package org.setu.devstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class PostgresTest {

    @Test
    void aServerAlreadyRunningOnTheStandardPortIsReusedAndGivesEachServiceItsOwnDatabase() throws SQLException {
        assumeTrue(System.getenv("SETU_DB_URL") == null && Net.isListening("127.0.0.1", 5432),
                "needs the PostgreSQL server at 127.0.0.1:5432 that the project's machines run");
        try (Postgres pg = Postgres.provide(StateFolder.locate(), false, Postgres.EMBEDDED_DEFAULT_PORT)) {
            assertThat(pg.source()).isEqualTo(Postgres.Source.LOCAL_SERVER);
            pg.ensureDatabase("setu_devstack_probe");
            pg.ensureDatabase("setu_devstack_probe"); // a second time changes nothing

            assertThat(currentDatabase(pg, "setu_devstack_probe")).isEqualTo("setu_devstack_probe");
        }
    }

    @Test
    void withoutARunningServerAnEmbeddedOneStartsAndKeepsItsDatabasesAcrossRestarts(@TempDir Path home) throws SQLException {
        StateFolder state = new StateFolder(StateFolder.locate().repoRoot(), home);
        int port = Net.freePort();
        try (Postgres pg = Postgres.provide(state, true, port)) {
            assertThat(pg.source()).isEqualTo(Postgres.Source.EMBEDDED);
            assertThat(pg.port()).isEqualTo(port);
            pg.ensureDatabase("setu_screening");
        }
        assertThat(Net.isListening("127.0.0.1", port)).as("stopped with the launcher").isFalse();

        try (Postgres again = Postgres.provide(state, true, port)) {
            assertThat(currentDatabase(again, "setu_screening")).isEqualTo("setu_screening");
        }
    }

    @Test
    void aDatabaseNameThatIsNotPlainIsRefusedBeforeAnySqlRuns(@TempDir Path home) {
        assumeTrue(Net.isListening("127.0.0.1", 5432), "needs a running server");
        try (Postgres pg = Postgres.provide(StateFolder.locate(), false, Postgres.EMBEDDED_DEFAULT_PORT)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> pg.ensureDatabase("x; DROP DATABASE postgres"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static String currentDatabase(Postgres pg, String db) throws SQLException {
        try (Connection c = pg.connect(db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT current_database()")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
