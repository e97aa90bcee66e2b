package org.setu.directory.domain;

import org.setu.directory.domain.geo.GeoLevel;
import org.setu.directory.domain.geo.Geography;
import org.setu.events.directory.Capacity;
import org.setu.events.directory.Coverage;
import org.setu.events.directory.CoverageLevel;
import org.setu.events.directory.Eligibility;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules a directory entry must keep beyond the shape of its fields: codes that exist in Bangladesh's
 * geography, places that nest, ages and capacity that make sense. Each returns the fields that break them.
 */
public final class EntryRules {

    private EntryRules() {
    }

    /** A service must say where it takes people from, in codes of the geography, each at its own level. */
    public static List<FieldProblem> coverage(List<Coverage> coverage, Geography geo, String field) {
        List<FieldProblem> out = new ArrayList<>();
        if (coverage == null || coverage.isEmpty()) {
            out.add(new FieldProblem(field, "must name at least one area (or NATIONAL)"));
            return out;
        }
        Set<Coverage> seen = new HashSet<>();
        for (int i = 0; i < coverage.size(); i++) {
            Coverage c = coverage.get(i);
            String at = field + "[" + i + "]";
            if (c == null || c.level() == null) {
                out.add(new FieldProblem(at + ".level", "must be one of NATIONAL, DIVISION, DISTRICT, UPAZILA"));
                continue;
            }
            if (!seen.add(c)) out.add(new FieldProblem(at, "is listed twice"));
            if (c.level() == CoverageLevel.NATIONAL) {
                if (c.id() != null) out.add(new FieldProblem(at + ".id", "must be empty for NATIONAL coverage"));
            } else if (c.id() == null || c.id().isBlank()) {
                out.add(new FieldProblem(at + ".id", "is required for " + c.level() + " coverage"));
            } else if (!geo.exists(GeoLevel.valueOf(c.level().name()), c.id())) {
                out.add(new FieldProblem(at + ".id", "is not a known " + c.level().name().toLowerCase() + " code"));
            }
        }
        return out;
    }

    /** The age range is inclusive at both ends; a minimum above the maximum would take no one. */
    public static List<FieldProblem> eligibility(Eligibility e, String field) {
        List<FieldProblem> out = new ArrayList<>();
        if (e != null && e.minAge() != null && e.maxAge() != null && e.minAge() > e.maxAge()) {
            out.add(new FieldProblem(field + ".maxAge", "must not be below minAge"));
        }
        return out;
    }

    /** Free units cannot be negative nor exceed the total. */
    public static List<FieldProblem> capacity(Capacity c, String field) {
        List<FieldProblem> out = new ArrayList<>();
        if (c == null) return out;
        if (c.available() < 0) out.add(new FieldProblem(field + ".available", "must not be negative"));
        if (c.total() < 0) out.add(new FieldProblem(field + ".total", "must not be negative"));
        if (c.available() > c.total()) out.add(new FieldProblem(field + ".available", "must not exceed total"));
        if (c.unit() == null) out.add(new FieldProblem(field + ".unit", "must be one of BEDS, SLOTS"));
        return out;
    }

    /** A location names its district; finer codes must lie inside the coarser ones given. */
    public static List<FieldProblem> area(Location.Area a, Geography geo, String field) {
        List<FieldProblem> out = new ArrayList<>();
        if (a == null || a.districtId() == null) {
            out.add(new FieldProblem(field + ".districtId", "is required"));
            return out;
        }
        if (!geo.exists(GeoLevel.DISTRICT, a.districtId())) {
            out.add(new FieldProblem(field + ".districtId", "is not a known district code"));
            return out;
        }
        if (a.divisionId() != null && !geo.within(GeoLevel.DISTRICT, a.districtId(), GeoLevel.DIVISION, a.divisionId())) {
            out.add(new FieldProblem(field + ".divisionId", geo.exists(GeoLevel.DIVISION, a.divisionId())
                    ? "is not the division of the district" : "is not a known division code"));
        }
        if (a.upazilaId() != null) {
            if (!geo.exists(GeoLevel.UPAZILA, a.upazilaId())) {
                out.add(new FieldProblem(field + ".upazilaId", "is not a known upazila code"));
            } else if (!geo.within(GeoLevel.UPAZILA, a.upazilaId(), GeoLevel.DISTRICT, a.districtId())) {
                out.add(new FieldProblem(field + ".upazilaId", "is not in the district"));
            }
        }
        if (a.unionId() != null) {
            if (!geo.exists(GeoLevel.UNION, a.unionId())) {
                out.add(new FieldProblem(field + ".unionId", "is not a known union code"));
            } else if (a.upazilaId() == null) {
                out.add(new FieldProblem(field + ".upazilaId", "is required with a union"));
            } else if (!geo.within(GeoLevel.UNION, a.unionId(), GeoLevel.UPAZILA, a.upazilaId())) {
                out.add(new FieldProblem(field + ".unionId", "is not in the upazila"));
            }
        }
        return out;
    }

    /** The division of a location follows from its district, so it is filled in rather than trusted. */
    public static Location.Area completed(Location.Area a, Geography geo) {
        String division = geo.find(GeoLevel.DISTRICT, a.districtId()).map(d -> d.parentId()).orElse(a.divisionId());
        return new Location.Area(division, a.districtId(), a.upazilaId(), a.unionId());
    }
}
