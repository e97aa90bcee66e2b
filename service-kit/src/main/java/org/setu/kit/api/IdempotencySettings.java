package org.setu.kit.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** {@code setu.idempotency.*}: how long a key's first answer is kept, and how long a duplicate waits for it. */
@ConfigMapping(prefix = "setu.idempotency")
public interface IdempotencySettings {

    /** After this, the same key counts as new. Partners retry within minutes; a day covers a night's outage. */
    @WithDefault("24h")
    Duration ttl();

    /** How long a concurrent duplicate waits for the first request to finish before it gets a 409. */
    @WithDefault("10s")
    Duration duplicateWait();
}
