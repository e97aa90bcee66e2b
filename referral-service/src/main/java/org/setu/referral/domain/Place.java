package org.setu.referral.domain;

import org.setu.events.text.Reason;
import org.setu.events.vocabulary.ServiceCategory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a person is or comes from, as geography codes; never an address. Finer levels may be unknown.
 * Coverage is compared level by level: an upazila coverage needs the person's upazila, a district coverage
 * the district, and so on. When only the district is known, a service that covers a single upazila is not
 * taken to cover the person (it may not take people from the rest of the district), so district coverage
 * is then the closest that can match.
 */
public record Place(String divisionId, String districtId, String upazilaId) {

    public static final Place UNKNOWN = new Place(null, null, null);

    public Place {
        divisionId = blankToNull(divisionId);
        districtId = blankToNull(districtId);
        upazilaId = blankToNull(upazilaId);
    }

    public boolean isKnown() {
        return divisionId != null || districtId != null || upazilaId != null;
    }

    /** Fills the coarser levels a screening left out, from the geography (upazila → district → division). */
    public Place completedBy(Geography geography) {
        String district = districtId != null ? districtId : geography.districtOfUpazila(upazilaId).orElse(null);
        String division = divisionId != null ? divisionId : geography.divisionOfDistrict(district).orElse(null);
        return new Place(division, district, upazilaId);
    }

    /** The level at which {@code area} covers this place, if it does. */
    public Optional<AreaLevel> coveredBy(Area area) {
        String mine = switch (area.level()) {
            case NATIONAL -> "";
            case DIVISION -> divisionId;
            case DISTRICT -> districtId;
            case UPAZILA -> upazilaId;
        };
        if (area.level() == AreaLevel.NATIONAL) return Optional.of(AreaLevel.NATIONAL);
        return mine != null && mine.equals(area.id()) ? Optional.of(area.level()) : Optional.empty();
    }

    /** The coverage keys of this place for one category, as the read model indexes them ({@code SHELTER|DISTRICT:9}). */
    public List<String> coverageKeys(ServiceCategory category) {
        List<String> keys = new ArrayList<>();
        keys.add(key(category, Area.national()));
        if (divisionId != null) keys.add(key(category, new Area(AreaLevel.DIVISION, divisionId)));
        if (districtId != null) keys.add(key(category, new Area(AreaLevel.DISTRICT, districtId)));
        if (upazilaId != null) keys.add(key(category, new Area(AreaLevel.UPAZILA, upazilaId)));
        return keys;
    }

    public static String key(ServiceCategory category, Area area) {
        return category.name() + "|" + area.level().name() + (area.id() == null ? "" : ":" + area.id());
    }

    /** The place by its codes, finest first: "upazila 123, district 9, division 3" in English. */
    public Reason describe() {
        List<Reason.Arg> parts = new ArrayList<>();
        if (upazilaId != null) parts.add(Reason.nested(Reason.of("place.upazila", Reason.value(upazilaId))));
        if (districtId != null) parts.add(Reason.nested(Reason.of("place.district", Reason.value(districtId))));
        if (divisionId != null) parts.add(Reason.nested(Reason.of("place.division", Reason.value(divisionId))));
        return parts.isEmpty() ? Reason.of("place.unknown") : Reason.of("place.codes", Reason.joined("join.comma", parts));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
