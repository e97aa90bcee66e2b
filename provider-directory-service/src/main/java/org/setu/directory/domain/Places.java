package org.setu.directory.domain;

import org.setu.directory.domain.geo.AdminUnit;
import org.setu.directory.domain.geo.GeoLevel;
import org.setu.directory.domain.geo.Geography;
import org.setu.events.directory.Coverage;
import org.setu.events.directory.CoverageLevel;

import java.util.ArrayList;
import java.util.List;

/** Turns a person's place into the coverage entries that serve it. */
public final class Places {

    private Places() {
    }

    /**
     * A service covers a place when it covers that unit or any unit above it: an upazila is served by services
     * of that upazila, of its district, of its division, and by national ones.
     */
    public static List<Coverage> servedBy(Geography geo, GeoLevel level, String id) {
        List<Coverage> out = new ArrayList<>();
        for (AdminUnit u : geo.lineage(level, id)) out.add(new Coverage(CoverageLevel.valueOf(u.level().name()), u.id()));
        out.add(new Coverage(CoverageLevel.NATIONAL, null));
        return out;
    }
}
