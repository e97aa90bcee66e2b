package org.setu.systemtests;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.setu.devstack.Platform;
import org.setu.devstack.StateFolder;

/**
 * Starts the whole platform once for the test run, the way {@code ./setu up} does (reusing whatever already
 * runs), and stops what it started when the run ends.
 */
public class RunningPlatform implements BeforeAllCallback {

    /** When this test run began: what reaches the topics after it is this run's doing, the rest an earlier run's. */
    static final java.time.Instant RUN_STARTED = java.time.Instant.now();

    private static volatile Platform current;

    @Override
    public void beforeAll(ExtensionContext context) {
        Started started = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent(Started.class,
                key -> new Started(startFarSystems(), Platform.start(StateFolder.locate(), Platform.Options.full(),
                        line -> System.out.println("[platform] " + line))), Started.class);
        current = started.platform();
        // watched and healed exactly as under ./setu up (the fault test relies on it)
        current.supervise(java.time.Duration.ofSeconds(2));
    }

    private static boolean startFarSystems() {
        FarSystems.start();
        return true;
    }

    /** The platform of this test run, for the fault tests that kill and restart its processes. */
    static Platform platform() {
        return current;
    }

    /** Closed by JUnit when the root context ends. */
    record Started(boolean farSystems, Platform platform) implements AutoCloseable {
        @Override
        public void close() {
            platform.close();
            FarSystems.stop();
        }
    }
}
