package org.setu.screening.app;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.setu.screening.domain.RetentionPolicy;
import org.setu.screening.persistence.CaseRepository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Erases cases closed for longer than {@code setu.screening.retention} (five years by default), one case per
 * transaction, each audited and announced with {@code screening.case-erased}.
 */
@ApplicationScoped
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class);

    @Inject
    CaseRepository cases;
    @Inject
    CaseService caseService;
    @Inject
    ScreeningSettings settings;

    @Scheduled(every = "${setu.screening.retention-every}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        eraseDue(Instant.now());
    }

    /** Erases what is due at {@code now}; returns how many cases went. */
    public int eraseDue(Instant now) {
        int erased = 0;
        List<UUID> due;
        do {
            due = cases.closedBefore(RetentionPolicy.closedBefore(now, settings.retention()), 100);
            for (UUID id : due) if (caseService.eraseForRetention(id)) erased++;
        } while (due.size() == 100);
        if (erased > 0) LOG.infof("retention: %d closed cases erased", erased);
        return erased;
    }
}
