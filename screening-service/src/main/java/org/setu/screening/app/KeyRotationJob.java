package org.setu.screening.app;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.setu.screening.persistence.CaseRepository;
import org.setu.screening.persistence.CaseRow;

import java.util.List;

/**
 * After a master-key rotation (new key in {@code setu.screening.master-key}, the old one moved to
 * {@code setu.screening.previous-master-keys}), re-wraps every case's data key with the new master key. Only
 * the small wrapped keys change; no personal data is decrypted or re-encrypted.
 */
@ApplicationScoped
public class KeyRotationJob {

    private static final Logger LOG = Logger.getLogger(KeyRotationJob.class);

    @Inject
    CaseRepository cases;
    @Inject
    CaseKeys keys;

    @Scheduled(every = "${setu.screening.rewrap-every}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        rewrapAll();
    }

    public int rewrapAll() {
        int total = 0;
        List<CaseRow> batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(() -> {
                List<CaseRow> rows = cases.wrappedByOtherThan(keys.currentMasterKeyId(), 200);
                for (CaseRow c : rows) {
                    CaseKeys.Wrapped w = keys.rewrap(c.id(), c.wrappedKey(), c.masterKeyId());
                    cases.rewrap(c.id(), w.key(), w.masterKeyId());
                }
                return rows;
            });
            total += batch.size();
        } while (batch.size() == 200);
        if (total > 0) LOG.infof("key rotation: %d case keys re-wrapped with master key %s", total, keys.currentMasterKeyId());
        return total;
    }
}
