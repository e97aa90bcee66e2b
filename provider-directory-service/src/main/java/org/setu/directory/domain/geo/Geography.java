package org.setu.directory.domain.geo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Bangladesh's divisions, districts, upazilas and unions, held in memory: the reference every coverage and
 * location code is checked against, and the hierarchy that makes a district-wide service cover each of its
 * upazilas.
 */
public final class Geography {

    private final Map<GeoLevel, Map<String, AdminUnit>> units = new EnumMap<>(GeoLevel.class);

    public Geography(Collection<AdminUnit> all) {
        for (GeoLevel level : GeoLevel.values()) units.put(level, new LinkedHashMap<>());
        for (AdminUnit u : all) units.get(u.level()).put(u.id(), u);
        for (AdminUnit u : all) {
            if (u.level() != GeoLevel.DIVISION && find(parentLevel(u.level()), u.parentId()).isEmpty()) {
                throw new IllegalArgumentException(u.level() + " " + u.id() + " has no parent " + u.parentId());
            }
        }
    }

    public Optional<AdminUnit> find(GeoLevel level, String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(units.get(level).get(id));
    }

    public boolean exists(GeoLevel level, String id) {
        return find(level, id).isPresent();
    }

    /** The units of a level, optionally only those under one parent, in the data set's order. */
    public List<AdminUnit> list(GeoLevel level, String parentId) {
        return units.get(level).values().stream()
                .filter(u -> parentId == null || parentId.equals(u.parentId()))
                .toList();
    }

    public int count(GeoLevel level) {
        return units.get(level).size();
    }

    /** The unit and every unit above it, finest first: an upazila, its district, its division. */
    public List<AdminUnit> lineage(GeoLevel level, String id) {
        List<AdminUnit> chain = new ArrayList<>();
        Optional<AdminUnit> at = find(level, id);
        while (at.isPresent()) {
            AdminUnit u = at.get();
            chain.add(u);
            at = u.level() == GeoLevel.DIVISION ? Optional.empty() : find(parentLevel(u.level()), u.parentId());
        }
        return chain;
    }

    /** Whether {@code inner} lies inside {@code outer} (or is it). */
    public boolean within(GeoLevel innerLevel, String innerId, GeoLevel outerLevel, String outerId) {
        return lineage(innerLevel, innerId).stream()
                .anyMatch(u -> u.level() == outerLevel && u.id().equals(outerId));
    }

    public List<AdminUnit> districtsByName() {
        return units.get(GeoLevel.DISTRICT).values().stream().sorted(Comparator.comparing(AdminUnit::nameEn)).toList();
    }

    public static GeoLevel parentLevel(GeoLevel level) {
        return switch (level) {
            case DIVISION -> throw new IllegalArgumentException("a division has no parent");
            case DISTRICT -> GeoLevel.DIVISION;
            case UPAZILA -> GeoLevel.DISTRICT;
            case UNION -> GeoLevel.UPAZILA;
        };
    }
}
