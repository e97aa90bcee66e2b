package org.setu.directory.app;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code setu.directory.*}; each value has an environment variable (SETU_DIRECTORY_SAMPLE_LOAD, ...). */
@ConfigMapping(prefix = "setu.directory")
public interface DirectorySettings {

    Sample sample();

    interface Sample {
        /** Load the sample directory for Bangladesh at start when the directory is empty. Never in production. */
        @WithDefault("false")
        boolean load();
    }
}
