package org.setu.directory.app;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code setu.directory.*}; each value has an environment variable (SETU_DIRECTORY_SAMPLE_LOAD, ...). */
@ConfigMapping(prefix = "setu.directory")
public interface DirectorySettings {

    Sample sample();

    /**
     * Publish every service's snapshot again at start. For a platform whose Kafka was reset while the directory's
     * database was kept (the local platform, whose broker lives in the checkout's state folder), so that the
     * services' read models find the directory on the new broker. SETU_DIRECTORY_REPUBLISH_ON_START.
     */
    @WithDefault("false")
    boolean republishOnStart();

    interface Sample {
        /** Load the sample directory for Bangladesh at start when the directory is empty. Never in production. */
        @WithDefault("false")
        boolean load();
    }
}
