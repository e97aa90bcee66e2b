package org.setu.statistics.app;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The statistics service's own settings (docs/statistics.md). */
@ConfigMapping(prefix = "setu.statistics")
public interface StatisticsSettings {

    /** A count from 1 to threshold-1 leaves the service as "&lt;threshold", never as its number. */
    @WithDefault("5")
    int suppressionThreshold();

    /** The longest period one request may cover, in days: a week-by-week table over decades helps nobody. */
    @WithDefault("1830")
    int longestRangeDays();
}
