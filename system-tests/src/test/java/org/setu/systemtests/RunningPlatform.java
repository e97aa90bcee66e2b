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

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent(Started.class,
                key -> new Started(Platform.start(StateFolder.locate(), Platform.Options.full(),
                        line -> System.out.println("[platform] " + line))), Started.class);
    }

    /** Closed by JUnit when the root context ends. */
    record Started(Platform platform) implements AutoCloseable {
        @Override
        public void close() {
            platform.close();
        }
    }
}
