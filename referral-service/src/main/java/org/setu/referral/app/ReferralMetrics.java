package org.setu.referral.app;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.setu.events.vocabulary.ReferralStatus;
import org.setu.referral.persistence.ReferralRepository;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code setu_referral_time_to_accept_seconds} (sent to accepted, per attempt), {@code setu_referral_time_to_complete_seconds}
 * (created to completed) and {@code setu_referrals{status=…}} (referrals by state, refreshed every 15 s).
 */
@ApplicationScoped
public class ReferralMetrics {

    @Inject
    MeterRegistry registry;

    @Inject
    ReferralRepository referrals;

    private Timer timeToAccept;
    private Timer timeToComplete;
    private final Map<ReferralStatus, Long> byState = new ConcurrentHashMap<>(new EnumMap<>(ReferralStatus.class));

    void register(@Observes StartupEvent start) {
        timeToAccept = Timer.builder("setu.referral.time.to.accept").description("from sending to the provider's acceptance")
                .publishPercentiles(0.5, 0.9, 0.99).register(registry);
        timeToComplete = Timer.builder("setu.referral.time.to.complete").description("from the referral's creation to its completion")
                .publishPercentiles(0.5, 0.9, 0.99).register(registry);
        for (ReferralStatus s : ReferralStatus.values()) {
            byState.put(s, 0L);
            Gauge.builder("setu.referrals", byState, m -> m.getOrDefault(s, 0L)).tag("status", s.name())
                    .description("referrals by state").register(registry);
        }
    }

    @Scheduled(every = "${setu.metrics.refresh-every:15s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        byState.putAll(referrals.countByStatus());
    }

    public void accepted(Duration sinceSent) {
        if (timeToAccept != null && !sinceSent.isNegative()) timeToAccept.record(sinceSent);
    }

    public void completed(Duration sinceCreated) {
        if (timeToComplete != null && !sinceCreated.isNegative()) timeToComplete.record(sinceCreated);
    }
}
