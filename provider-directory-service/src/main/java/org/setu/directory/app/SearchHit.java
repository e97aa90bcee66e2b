package org.setu.directory.app;

import org.setu.directory.domain.ProviderService;
import org.setu.events.directory.CoverageLevel;

/** A service found by a search and, for a place search, the coverage level through which it serves the place. */
public record SearchHit(ProviderService service, CoverageLevel matchedCoverage) {
}
