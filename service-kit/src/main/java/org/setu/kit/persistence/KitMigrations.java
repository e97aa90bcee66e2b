package org.setu.kit.persistence;

import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;

/**
 * The kit's own tables (outbox, inbox, idempotency keys, audit trail) in every service's database, with a
 * schema history of their own ({@code flyway_kit_history}). Keeping them apart from the service's
 * migrations lets the kit add a version without colliding with any service's numbering.
 */
@Startup
@Priority(1)
@ApplicationScoped
public class KitMigrations {

    @Inject
    DataSource dataSource;

    /** Forces the migration to have run; beans that use the kit's tables at start-up call it first. */
    public boolean migrated() {
        return true;
    }

    @PostConstruct
    void migrate() {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/kit")
                .table("flyway_kit_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }
}
