package org.setu.screening.app;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.setu.events.screening.ReturnMissed;
import org.setu.kit.outbox.Outbox;
import org.setu.screening.domain.repatriation.ArrivalPolicy;
import org.setu.screening.domain.repatriation.ReturnStatus;
import org.setu.screening.persistence.CaseRepository;
import org.setu.screening.persistence.CaseRow;
import org.setu.screening.persistence.PlannedReturnRepository;
import org.setu.screening.persistence.PlannedReturnRow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A planned return whose window ended with no desk confirming the arrival is missed (issue #19, item 4): it is settled
 * as {@code NOT_CONFIRMED} and announced with {@code setu.screening.return-missed.v1}, and the NRM coordinators find it
 * among the missed returns. The settlement and the event are written together; a desk or a second replica that
 * settles the return first leaves this one nothing to announce.
 */
@ApplicationScoped
public class MissedReturns {

    private static final Logger LOG = Logger.getLogger(MissedReturns.class);
    static final int BATCH = 200;

    @Inject
    PlannedReturnRepository returns;
    @Inject
    CaseRepository cases;
    @Inject
    Outbox outbox;

    @Scheduled(every = "${setu.screening.missed-returns-every:15m}", delayed = "45s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        settleMissed(Instant.now());
    }

    /** Settles every return missed by {@code now}, a batch per transaction; returns how many were announced. */
    public int settleMissed(Instant now) {
        LocalDate today = now.atZone(PlanService.AGENCIES).toLocalDate();
        int announced = 0;
        int[] batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(() -> settleBatch(today, now));
            announced += batch[1];
        } while (batch[0] == BATCH && batch[1] > 0);
        if (announced > 0) LOG.infof("missed returns: %d announced", announced);
        return announced;
    }

    /** @return how many returns were found and how many of them this replica settled */
    private int[] settleBatch(LocalDate today, Instant now) {
        List<PlannedReturnRow> passed = returns.passedUnconfirmed(ArrivalPolicy.lastPassedDay(today), BATCH);
        int settled = 0;
        for (PlannedReturnRow r : passed) {
            CaseRow kase = cases.find(r.caseId()).orElse(null);
            // a closed case is no longer followed: nobody is waiting for it, so nothing is announced
            if (kase == null || kase.status() != CaseRow.Status.OPEN
                    || !ArrivalPolicy.windowPassed(r.status(), r.expectedTo(), today)) continue;
            if (!returns.settle(r.caseId(), ReturnStatus.MISSED, today, kase.ownerAgency(), "NOT_CONFIRMED", now)) continue;
            outbox.record(new ReturnMissed(r.caseId(), kase.ownerAgency(), kase.ownerAgency(), r.portOfEntry(),
                    r.expectedTo(), ReturnMissed.MissedReturnReason.NOT_CONFIRMED, now));
            settled++;
        }
        return new int[] {passed.size(), settled};
    }
}
