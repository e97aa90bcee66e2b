package org.setu.referral.app;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.setu.referral.domain.Referral;

/**
 * Committed referral changes of this replica, for the live stream. Only committed changes go out (observed after
 * success), so a portal never shows a transition that was rolled back.
 */
@ApplicationScoped
public class ReferralChanges {

    private final BroadcastProcessor<Referral> processor = BroadcastProcessor.create();

    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReferralChanged change) {
        processor.onNext(change.referral());
    }

    public Multi<Referral> stream() {
        return processor;
    }
}
