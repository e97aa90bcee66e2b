package org.setu.directory.domain.hsds;

import org.setu.directory.domain.Location;
import org.setu.directory.domain.geo.AdminUnit;
import org.setu.directory.domain.geo.GeoLevel;
import org.setu.directory.domain.geo.Geography;
import org.setu.events.directory.Coverage;
import org.setu.events.directory.CoverageLevel;
import org.setu.events.text.Reason;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where another publisher's location is and which areas its service takes people from, in Setu's geography codes:
 * from the names in its service areas and addresses, else from its coordinates. A place Setu cannot find in
 * Bangladesh is not invented: the record is reported instead.
 */
public final class AreaPolicy {

    /** Words that make a service area the whole country. */
    static final Set<String> NATIONAL = Set.of("bangladesh", "national", "nationwide", "all of bangladesh", "whole country",
            "বাংলাদেশ", "সারা দেশ", "সারাদেশ", "জাতীয়");

    /** A box around Bangladesh (20.6 to 26.6 N, 88.0 to 92.7 E), with a margin. */
    static final double SOUTH = 20.3, NORTH = 26.8, WEST = 87.9, EAST = 92.8;

    /** A point farther than this from every district centre is not taken as being in Bangladesh. */
    static final double MAX_KM_FROM_A_DISTRICT_CENTRE = 75;

    private AreaPolicy() {
    }

    /**
     * One HSDS service area as a Setu coverage. A name that is both a district and a division (Dhaka, Barisal,
     * Chattogram) is taken as the district unless the text says "division" ("বিভাগ"): the narrower promise is
     * the safer one for routing. An upazila counts when it is the only place of that name, or lies in a district
     * the text also names.
     */
    public static MappingDecision<Coverage> coverageOf(String areaText, PlaceNames places) {
        String folded = Words.folded(areaText);
        if (folded.isEmpty()) return MappingDecision.refused(Reason.of("area.unnamed"));
        List<AdminUnit> found = places.find(areaText);
        // "Cox's Bazar, Bangladesh" is a district; "All of Bangladesh" is the country
        if (found.isEmpty() && (NATIONAL.contains(folded)
                || NATIONAL.stream().anyMatch(n -> (" " + folded + " ").contains(" " + n + " ") && folded.split(" ").length <= 3))) {
            return MappingDecision.exact(new Coverage(CoverageLevel.NATIONAL, null));
        }
        List<AdminUnit> divisions = of(found, GeoLevel.DIVISION);
        List<AdminUnit> districts = of(found, GeoLevel.DISTRICT);
        List<AdminUnit> upazilas = of(found, GeoLevel.UPAZILA);
        boolean saysDivision = folded.contains("division") || folded.contains("বিভাগ");
        if (saysDivision && !divisions.isEmpty()) return MappingDecision.exact(coverage(divisions.get(0)));
        for (AdminUnit u : upazilas) {
            if (districts.stream().anyMatch(d -> d.id().equals(u.parentId()))) return MappingDecision.exact(coverage(u));
        }
        if (!districts.isEmpty()) {
            AdminUnit d = districts.get(0);
            boolean alsoDivision = divisions.stream().anyMatch(v -> Words.compact(v.nameEn()).equals(Words.compact(d.nameEn()))
                    || Words.compact(v.nameBn()).equals(Words.compact(d.nameBn())));
            return alsoDivision
                    ? MappingDecision.assumed(coverage(d), Reason.of("area.divisionAndDistrict", MappingDecision.asWritten(areaText), name(d)))
                    : MappingDecision.exact(coverage(d));
        }
        if (upazilas.size() == 1) return MappingDecision.exact(coverage(upazilas.get(0)));
        if (upazilas.size() > 1) return MappingDecision.refused(Reason.of("area.upazilaAmbiguous", MappingDecision.asWritten(areaText), Reason.value(upazilas.size())));
        if (!divisions.isEmpty()) return MappingDecision.exact(coverage(divisions.get(0)));
        return MappingDecision.refused(Reason.of("area.unknown", MappingDecision.asWritten(areaText)));
    }

    /**
     * A location's district (and upazila, when its address names one inside that district): Setu's own district
     * code when the publisher kept it, else the names in the address, else the district whose centre is nearest to
     * its coordinates.
     *
     * @param addressTexts the address's fields, most telling first (state or province, city, region, lines)
     * @param country      the address's country as written, null when none
     */
    public static MappingDecision<Location.Area> areaOf(String districtCode, List<String> addressTexts, String country,
                                                       Double latitude, Double longitude, PlaceNames places, Geography geo) {
        if (districtCode != null && geo.exists(GeoLevel.DISTRICT, districtCode)) {
            return MappingDecision.exact(area(geo, districtCode, null));
        }
        Reason whyNot;
        if (country != null && !isBangladesh(country)) {
            whyNot = Reason.of("place.abroad", MappingDecision.asWritten(country));
        } else {
            String all = String.join(" , ", addressTexts.stream().filter(t -> t != null && !t.isBlank()).toList());
            List<AdminUnit> found = places.find(all);
            List<AdminUnit> districts = of(found, GeoLevel.DISTRICT);
            List<AdminUnit> upazilas = of(found, GeoLevel.UPAZILA);
            if (!districts.isEmpty()) {
                AdminUnit d = districts.get(0);
                String upazila = upazilas.stream().filter(u -> u.parentId().equals(d.id())).map(AdminUnit::id).findFirst().orElse(null);
                return MappingDecision.exact(area(geo, d.id(), upazila));
            }
            if (upazilas.size() == 1) {
                AdminUnit u = upazilas.get(0);
                Reason.Arg district = geo.find(GeoLevel.DISTRICT, u.parentId()).<Reason.Arg>map(AreaPolicy::name)
                        .orElse(MappingDecision.asWritten(u.parentId()));
                return MappingDecision.assumed(area(geo, u.parentId(), u.id()),
                        Reason.of("place.districtFromUpazila", district, name(u)));
            }
            whyNot = Reason.of(all.isBlank() ? "place.noAddress" : "place.noDistrict");
        }
        if (latitude == null || longitude == null) return MappingDecision.refused(Reason.of("place.noneWithoutCoordinates", Reason.nested(whyNot)));
        Optional<AdminUnit> nearest = nearestDistrict(latitude, longitude, geo);
        if (nearest.isEmpty()) {
            return MappingDecision.refused(Reason.of("place.noneOutside", Reason.nested(whyNot), MappingDecision.asWritten(latitude), MappingDecision.asWritten(longitude)));
        }
        return MappingDecision.assumed(area(geo, nearest.get().id(), null), Reason.of("place.nearest", name(nearest.get()),
                // the publisher's coordinates, quoted as written like everything else it wrote
                MappingDecision.asWritten(latitude), MappingDecision.asWritten(longitude), Reason.nested(whyNot)));
    }

    /** A place's name in the report: its own English and Bangla. */
    public static Reason.Label name(AdminUnit u) {
        return new Reason.Label(u.nameEn(), u.nameBn());
    }

    /** The district whose centre is nearest, when the point lies in or close to Bangladesh. */
    public static Optional<AdminUnit> nearestDistrict(double latitude, double longitude, Geography geo) {
        if (latitude < SOUTH || latitude > NORTH || longitude < WEST || longitude > EAST) return Optional.empty();
        return geo.list(GeoLevel.DISTRICT, null).stream()
                .filter(d -> d.latitude() != null && d.longitude() != null)
                .min(Comparator.comparingDouble(d -> km(latitude, longitude, d.latitude(), d.longitude())))
                .filter(d -> km(latitude, longitude, d.latitude(), d.longitude()) <= MAX_KM_FROM_A_DISTRICT_CENTRE);
    }

    /** Coordinates a map can hold; the Open Referral example's latitude 100 cannot. */
    public static boolean plausible(Double latitude, Double longitude) {
        return latitude != null && longitude != null && Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180;
    }

    static boolean isBangladesh(String country) {
        String c = Words.compact(country);
        return c.equals("bd") || c.equals("bgd") || c.equals("bangladesh") || c.equals("বাংলাদেশ");
    }

    private static double km(double lat1, double lon1, double lat2, double lon2) {
        double x = Math.toRadians(lon2 - lon1) * Math.cos(Math.toRadians((lat1 + lat2) / 2));
        double y = Math.toRadians(lat2 - lat1);
        return Math.sqrt(x * x + y * y) * 6371;
    }

    private static Location.Area area(Geography geo, String district, String upazila) {
        String division = geo.find(GeoLevel.DISTRICT, district).map(AdminUnit::parentId).orElse(null);
        return new Location.Area(division, district, upazila, null);
    }

    private static Coverage coverage(AdminUnit u) {
        return new Coverage(CoverageLevel.valueOf(u.level().name().toUpperCase(Locale.ROOT)), u.id());
    }

    private static List<AdminUnit> of(List<AdminUnit> units, GeoLevel level) {
        return units.stream().filter(u -> u.level() == level).toList();
    }
}
