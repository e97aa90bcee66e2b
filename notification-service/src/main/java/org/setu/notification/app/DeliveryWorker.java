package org.setu.notification.app;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.setu.events.notification.NotificationDelivered;
import org.setu.events.notification.NotificationFailed;
import org.setu.kit.outbox.Outbox;
import org.setu.notification.domain.AttemptOutcome;
import org.setu.notification.domain.DeliveryState;
import org.setu.notification.domain.DeliveryStatus;
import org.setu.notification.domain.Recipient;
import org.setu.notification.domain.RetryPolicy;
import org.setu.notification.domain.SourceEvent;
import org.setu.notification.persistence.AttemptRow;
import org.setu.notification.persistence.DeliveryRepository;
import org.setu.notification.persistence.DeliveryRow;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends what is due. Every pass claims one due delivery at a time with {@code FOR UPDATE SKIP LOCKED}, sends it,
 * and records the attempt, the next state and (when it ends) its {@code notification.*} event in the same
 * transaction. Replicas and concurrent passes therefore never send one delivery twice, and a crash mid-send leaves
 * the row due again, to be picked up by whoever runs next. The schedule lives in the database, so a restart
 * continues where it stopped. A pass runs every second and right after new deliveries commit.
 */
@ApplicationScoped
public class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);

    @Inject
    DeliveryRepository deliveries;

    @Inject
    Targets targets;

    @Inject
    Composer composer;

    @Inject
    EmailSender email;

    @Inject
    SmsSender sms;

    @Inject
    WebhookSender webhooks;

    @Inject
    Breakers breakers;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    NotificationSettings settings;

    @Inject
    MeterRegistry metrics;

    private ExecutorService passes;
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicBoolean moreWork = new AtomicBoolean();

    public RetryPolicy policy() {
        var r = settings.retry();
        return new RetryPolicy(r.base(), r.cap(), r.maxAttempts());
    }

    @Scheduled(every = "${setu.notification.worker.every:1s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        runDue();
    }

    /**
     * Asks for passes now, without waiting for the next tick: up to {@code worker.threads} run side by side (SKIP LOCKED
     * keeps them apart), and a pass that was asked again while running goes round once more, so no wake-up is lost.
     */
    public void wake() {
        moreWork.set(true);
        int threads = settings.worker().threads();
        for (int n = running.get(); n < threads; n = running.get()) {
            if (running.compareAndSet(n, n + 1)) {
                executor().execute(this::pass);
                return;
            }
        }
    }

    private void pass() {
        try {
            while (moreWork.getAndSet(false)) {
                if (runDue() > 0) {
                    moreWork.set(true);
                    if (running.get() < settings.worker().threads()) wake();
                }
            }
        } catch (RuntimeException e) {
            LOG.warnf("a delivery pass failed: %s", e.getClass().getSimpleName());
        } finally {
            running.decrementAndGet();
        }
    }

    private synchronized ExecutorService executor() {
        if (passes == null) {
            AtomicInteger n = new AtomicInteger();
            passes = Executors.newFixedThreadPool(settings.worker().threads(),
                    r -> new Thread(r, "notification-worker-" + n.incrementAndGet()));
        }
        return passes;
    }

    synchronized void stop(@Observes ShutdownEvent event) {
        if (passes != null) passes.shutdownNow();
    }

    /** Sends every due delivery (up to the batch size); tests call it to drive the schedule. @return how many were tried */
    public int runDue() {
        int tried = 0;
        while (tried < settings.worker().batch() && Boolean.TRUE.equals(QuarkusTransaction.requiringNew().call(this::sendNext))) {
            tried++;
        }
        return tried;
    }

    private Boolean sendNext() {
        Instant now = clock.instant();
        DeliveryRow d = deliveries.claimNextDue(now).orElse(null);
        if (d == null) return false;
        long started = System.nanoTime();
        Target target = targets.resolve(d);
        AttemptOutcome outcome = attempt(d, target);
        int millis = (int) Math.min(Integer.MAX_VALUE, Duration.ofNanos(System.nanoTime() - started).toMillis());
        Instant at = clock.instant();
        DeliveryState.Transition next = d.state().after(outcome, policy(), at, ThreadLocalRandom.current().nextDouble());
        DeliveryState state = next.state();
        SourceEvent source = d.source();
        Recipient to = d.recipient();
        deliveries.saveState(d.id(), state, target.address(), at);
        deliveries.addAttempt(d.id(), new AttemptRow(state.attempts(), at, outcomeCode(outcome), outcome.reason(), millis,
                state.nextAttemptAt()));
        if (state.status() == DeliveryStatus.DELIVERED) {
            outbox.record(new NotificationDelivered(d.id(), eventUuid(source.id()), source.type(), to.channel(), to.kind(),
                    state.attempts(), at));
            Timer.builder("setu.notification.latency").description("from the source event to its delivery")
                    .tag("channel", to.channel().name()).publishPercentiles(0.5, 0.99).register(metrics)
                    .record(Duration.between(source.time(), Instant.now()));
        } else if (state.status() == DeliveryStatus.DEAD) {
            outbox.record(new NotificationFailed(d.id(), eventUuid(source.id()), source.type(), to.channel(), to.kind(),
                    state.attempts(), state.lastReason(), at));
        }
        LOG.debugf("delivery %s %s attempt %d: %s (%s)", d.id(), to.channel(), state.attempts(), state.status(), outcome.reason());
        if (state.status() == DeliveryStatus.DEAD) {
            LOG.warnf("delivery %s %s is dead after %d attempts: %s", d.id(), to.channel(), state.attempts(), state.lastReason());
        }
        return true;
    }

    private AttemptOutcome attempt(DeliveryRow d, Target target) {
        if (target.skip() != null) return new AttemptOutcome.Skipped(target.skip());
        if (target.fail() != null) return new AttemptOutcome.Failed(target.fail(), false);
        try {
            switch (d.recipient().channel()) {
                case EMAIL -> {
                    Composer.Text text = composer.email(d, target.language());
                    breakers.call(target.endpoint(), () -> {
                        email.send(target.address(), text.subject(), text.body());
                        return null;
                    });
                }
                case SMS -> {
                    if (!sms.enabled()) return new AttemptOutcome.Skipped("SMS_NOT_CONFIGURED");
                    String text = composer.sms(d, target.language());
                    breakers.call(target.endpoint(), () -> {
                        sms.send(target.address(), text);
                        return null;
                    });
                }
                case WEBHOOK -> {
                    String body = composer.cloudEvent(d);
                    breakers.call(target.endpoint(), () -> {
                        webhooks.send(target.address(), target.secret(), d.id(), body);
                        return null;
                    });
                }
            }
            return new AttemptOutcome.Delivered("DELIVERED");
        } catch (DeliveryFailure f) {
            return new AttemptOutcome.Failed(f.reason(), f.permanent());
        } catch (RuntimeException e) {
            // a bug of ours (a template, a stored event that no longer parses): log the class, retry later
            LOG.errorf("delivery %s failed inside the service: %s", d.id(), e.getClass().getName());
            return new AttemptOutcome.Failed("INTERNAL_ERROR", false);
        }
    }

    private static String outcomeCode(AttemptOutcome o) {
        if (o instanceof AttemptOutcome.Delivered) return "DELIVERED";
        if (o instanceof AttemptOutcome.Skipped) return "SKIPPED";
        return Breakers.CIRCUIT_OPEN.equals(o.reason()) ? "CIRCUIT_OPEN" : "FAILED";
    }

    /** Platform event ids are UUIDs; a foreign id gets a stable name-based UUID, so the events keep their schema. */
    static UUID eventUuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return UUID.nameUUIDFromBytes(id.getBytes(StandardCharsets.UTF_8));
        }
    }
}
