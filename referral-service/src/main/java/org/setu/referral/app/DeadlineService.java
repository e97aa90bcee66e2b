package org.setu.referral.app;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.setu.referral.domain.Referral;
import org.setu.referral.persistence.ReferralRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Expires SENT referrals whose provider did not answer by the deadline, and re-routes them. Overdue rows are
 * taken with FOR UPDATE SKIP LOCKED in batches, so several replicas can sweep at once without touching the same
 * referral; the clock is injected, so tests move time instead of waiting.
 */
@ApplicationScoped
public class DeadlineService {

    private static final Logger LOG = Logger.getLogger(DeadlineService.class);
    static final int BATCH = 100;

    @Inject
    ReferralRepository referrals;

    @Inject
    ReferralCommitService commits;

    @Inject
    ReRouting reRouting;

    @Inject
    Clock clock;

    @Scheduled(every = "${setu.deadlines.sweep-every:30s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        sweep();
    }

    /** Expires and re-routes every overdue referral now. @return how many expired */
    public int sweep() {
        int total = 0;
        int expired;
        do {
            expired = expireBatch();
            total += expired;
        } while (expired == BATCH);
        if (total > 0) LOG.infof("expired %d overdue referrals", total);
        return total;
    }

    @Transactional
    int expireBatch() {
        Instant now = clock.instant();
        List<Referral> overdue = referrals.lockOverdue(now, BATCH);
        for (Referral r : overdue) {
            commits.commit(r, reRouting.next(r.expire(now), now));
        }
        return overdue.size();
    }
}
