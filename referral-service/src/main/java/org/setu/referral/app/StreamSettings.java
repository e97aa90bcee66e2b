package org.setu.referral.app;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Limits of the live referral stream (docs/referral.md). */
@ConfigMapping(prefix = "setu.referral.stream")
public interface StreamSettings {

    /** Streams one user may hold open at once on one replica; one more answers 429. */
    @WithDefault("4")
    int maxPerUser();

    /** The longest a stream stays open when the caller's identity carries no expiry (it always ends with the token). */
    @WithDefault("PT15M")
    Duration maxDuration();
}
