package org.setu.notification.app;

import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.smallrye.faulttolerance.api.Guard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;

import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One circuit breaker per endpoint (a webhook URL, the SMS gateway, the mail server), from SmallRye Fault
 * Tolerance's programmatic API: an endpoint that keeps failing is left alone for a while instead of being
 * hammered by every due delivery, and one dead receiver does not slow down the others. The breakers live in
 * memory, per replica: after a restart an endpoint gets a fresh chance, while the retry schedule, which matters
 * more, is in the database.
 */
@ApplicationScoped
public class Breakers {

    private static final Logger LOG = Logger.getLogger(Breakers.class);

    /** The breaker refused the call: the endpoint failed too often lately. */
    public static final String CIRCUIT_OPEN = "CIRCUIT_OPEN";

    @Inject
    NotificationSettings settings;

    private final Map<String, Breaker> breakers = new ConcurrentHashMap<>();

    private record Breaker(Guard guard, AtomicReference<CircuitBreakerState> state) {
    }

    /** Runs the call through the endpoint's breaker; an open circuit answers as a {@link DeliveryFailure} without calling. */
    public void call(String endpoint, Callable<Void> call) throws DeliveryFailure {
        try {
            breakers.computeIfAbsent(endpoint, this::create).guard().call(call, Void.class);
        } catch (CircuitBreakerOpenException e) {
            throw new DeliveryFailure(CIRCUIT_OPEN, false);
        } catch (DeliveryFailure e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("a channel failed unexpectedly", e);
        }
    }

    public CircuitBreakerState state(String endpoint) {
        Breaker b = breakers.get(endpoint);
        return b == null ? CircuitBreakerState.CLOSED : b.state().get();
    }

    /** A person retried by hand because the endpoint works again: give it a closed circuit at once. */
    public void reset(String endpoint) {
        if (endpoint != null && breakers.remove(endpoint) != null) LOG.infof("circuit of an endpoint reset by a manual retry");
    }

    private Breaker create(String endpoint) {
        AtomicReference<CircuitBreakerState> state = new AtomicReference<>(CircuitBreakerState.CLOSED);
        NotificationSettings.Breaker b = settings.breaker();
        Guard guard = Guard.create()
                // the description tags the breaker's metrics: a short hash, never the URL (it may hold a partner's token)
                .withDescription("notification-" + kindOf(endpoint) + "-" + Integer.toHexString(endpoint.hashCode()))
                .withCircuitBreaker()
                .failOn(DeliveryFailure.class)
                .requestVolumeThreshold(b.requestVolumeThreshold())
                .failureRatio(b.failureRatio())
                .delay(b.delay().toMillis(), ChronoUnit.MILLIS)
                .successThreshold(1)
                .onStateChange(s -> {
                    state.set(s);
                    // the endpoint itself stays out of the log: a URL may hold a partner's token
                    LOG.infof("circuit of a %s endpoint is now %s", kindOf(endpoint), s);
                })
                .done()
                .build();
        return new Breaker(guard, state);
    }

    private static String kindOf(String endpoint) {
        int colon = endpoint.indexOf(':');
        return colon < 0 ? endpoint : endpoint.substring(0, colon);
    }
}
