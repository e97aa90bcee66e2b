package org.setu.directory.domain;

import org.setu.events.directory.Coverage;
import org.setu.events.directory.CoverageLevel;

import java.util.Comparator;
import java.util.List;

/** Coverage in one stable order (national first, then by level and code), so equal directories read equal. */
public final class Coverages {

    private static final Comparator<Coverage> ORDER = Comparator.comparing(Coverage::level)
            .thenComparing(c -> c.id() == null ? "" : c.id(), Comparator.comparingInt(String::length)
                    .thenComparing(Comparator.naturalOrder()));

    private Coverages() {
    }

    public static List<Coverage> ordered(List<Coverage> coverage) {
        return coverage.stream().distinct().sorted(ORDER).toList();
    }

    /**
     * How closely a service's coverage fits a person's place: an upazila service (4) fits better than a
     * district (3), a division (2) or a national one (1). Routing and search order by it.
     */
    public static int closeness(CoverageLevel level) {
        return switch (level) {
            case UPAZILA -> 4;
            case DISTRICT -> 3;
            case DIVISION -> 2;
            case NATIONAL -> 1;
        };
    }
}
