package org.setu.systemtests;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.setu.devstack.Platform;

/**
 * Hands the platform that {@link RunningPlatform} started to the tests that look inside it (databases, topics),
 * so they use the PostgreSQL and Kafka it actually chose. Register it after {@link RunningPlatform}.
 */
public class PlatformAccess implements BeforeAllCallback {

    private static volatile Platform platform;

    @Override
    public void beforeAll(ExtensionContext context) {
        platform = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .get(RunningPlatform.Started.class, RunningPlatform.Started.class).platform();
    }

    static Platform platform() {
        if (platform == null) throw new IllegalStateException("register PlatformAccess after RunningPlatform");
        return platform;
    }
}
