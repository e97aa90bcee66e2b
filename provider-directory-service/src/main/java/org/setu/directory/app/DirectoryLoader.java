package org.setu.directory.app;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.setu.directory.domain.Location;
import org.setu.directory.domain.Organization;
import org.setu.directory.domain.ProviderService;
import org.setu.directory.domain.sample.DirectoryContent;
import org.setu.directory.domain.sample.DirectoryGenerator;
import org.setu.directory.domain.sample.SampleDirectory;
import org.setu.directory.persistence.LocationRepository;
import org.setu.directory.persistence.OrganizationRepository;
import org.setu.directory.persistence.ServiceRepository;
import org.setu.kit.audit.AuditTrail;
import org.setu.kit.persistence.KitMigrations;

import java.time.Instant;
import java.util.List;

/**
 * Fills the directory in bulk: the sample directory for Bangladesh at start (when configured and the directory
 * is empty), and generated directories for benchmarks.
 */
@ApplicationScoped
public class DirectoryLoader {

    private static final Logger LOG = Logger.getLogger(DirectoryLoader.class);
    private static final int BATCH = 1000;

    @Inject
    DirectorySettings settings;

    @Inject
    GeographyService geography;

    @Inject
    OrganizationRepository organizations;

    @Inject
    LocationRepository locations;

    @Inject
    ServiceRepository services;

    @Inject
    DirectoryWriteService writes;

    @Inject
    KitMigrations kitMigrations;

    @Inject
    RepublishService republisher;

    void onStart(@Observes StartupEvent start) {
        kitMigrations.migrated(); // the outbox must exist before any event is recorded
        boolean empty = organizations.count() == 0 && services.count() == 0;
        if (settings.sample().load() && empty) {
            LOG.infof("sample directory loaded: %d services", loadSample());
            return; // loading announced every service already
        }
        if (settings.sample().load()) LOG.info("sample directory not loaded: the directory is not empty");
        if (settings.republishOnStart() && !empty) republisher.republishAll();
    }

    /** Loads the sample directory, announcing each service on the directory topic, in one transaction. */
    public int loadSample() {
        DirectoryContent sample = SampleDirectory.build(geography.geography());
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = Clock.now();
            for (Organization o : sample.organizations()) organizations.save(o, now);
            for (Location l : sample.locations()) locations.save(l, now);
            for (ProviderService s : sample.services()) writes.saveChecked(s, AuditTrail.CREATE);
            return sample.services().size();
        });
    }

    /**
     * Loads a generated directory of {@code count} services straight into the tables, in batches and without
     * events: it is for measuring search, not for consumers.
     */
    public int loadGenerated(long seed, int count) {
        DirectoryContent generated = DirectoryGenerator.generate(geography.geography(), seed, count);
        QuarkusTransaction.requiringNew().run(() -> {
            Instant now = Clock.now();
            for (Organization o : generated.organizations()) organizations.save(o, now);
        });
        List<ProviderService> all = generated.services();
        for (int from = 0; from < all.size(); from += BATCH) {
            List<ProviderService> batch = all.subList(from, Math.min(all.size(), from + BATCH));
            QuarkusTransaction.requiringNew().run(() -> services.saveAll(batch));
        }
        return all.size();
    }
}
