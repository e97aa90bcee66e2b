package org.setu.referral.domain;

import java.util.Map;
import java.util.Optional;

/**
 * The part of Bangladesh's administrative hierarchy routing needs: which district an upazila lies in,
 * and which division a district lies in. Codes are those of the directory's geography (bd-geo ids).
 */
public final class Geography {

    private final Map<String, String> districtOfUpazila;
    private final Map<String, String> divisionOfDistrict;

    public Geography(Map<String, String> districtOfUpazila, Map<String, String> divisionOfDistrict) {
        this.districtOfUpazila = Map.copyOf(districtOfUpazila);
        this.divisionOfDistrict = Map.copyOf(divisionOfDistrict);
    }

    public static Geography empty() {
        return new Geography(Map.of(), Map.of());
    }

    public Optional<String> districtOfUpazila(String upazila) {
        return upazila == null ? Optional.empty() : Optional.ofNullable(districtOfUpazila.get(upazila));
    }

    public Optional<String> divisionOfDistrict(String district) {
        return district == null ? Optional.empty() : Optional.ofNullable(divisionOfDistrict.get(district));
    }

    public int upazilas() {
        return districtOfUpazila.size();
    }
}
