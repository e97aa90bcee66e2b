package org.setu.kit.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** {@code setu.outbox.*}: how the relay runs. Every value has an environment variable (SETU_OUTBOX_...). */
@ConfigMapping(prefix = "setu.outbox")
public interface OutboxSettings {

    /** Off only for tests or tools that must not publish. */
    @WithDefault("true")
    boolean relayEnabled();

    @WithDefault("200")
    int batchSize();

    /** The fallback poll when no NOTIFY arrives. */
    @WithDefault("1s")
    Duration pollInterval();

    /** How often a standby relay tries to take over, and the pause after a broker failure. */
    @WithDefault("2s")
    Duration standbyRetry();

    @WithDefault("30s")
    Duration sendTimeout();

    /** Published rows are kept this long for diagnosis, then deleted. */
    @WithDefault("P7D")
    Duration retention();
}
