package org.setu.directory.domain.hsds;

import org.setu.directory.domain.geo.AdminUnit;
import org.setu.directory.domain.geo.GeoLevel;
import org.setu.directory.domain.geo.Geography;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Bangladesh's divisions, districts and upazilas found by name in another publisher's free text, in English or
 * Bangla and in the spellings in use besides the geography data set's own ("Chittagong", "Chattogram" and
 * "Chattagram"; "Comilla" and "Cumilla"): the spelling groups are data ({@code hsds/place-names.json}).
 */
public final class PlaceNames {

    private static final int LONGEST_NAME_IN_WORDS = 3;

    private final Map<String, List<AdminUnit>> byName = new HashMap<>();

    /** @param spellings groups of spellings that name the same place, e.g. [Chattogram, Chattagram, Chittagong] */
    public PlaceNames(Geography geo, List<List<String>> spellings) {
        Map<String, Set<String>> same = new HashMap<>();
        for (List<String> group : spellings) {
            Set<String> keys = new LinkedHashSet<>();
            for (String s : group) keys.add(Words.compact(s));
            for (String k : keys) same.computeIfAbsent(k, x -> new LinkedHashSet<>()).addAll(keys);
        }
        for (GeoLevel level : List.of(GeoLevel.DIVISION, GeoLevel.DISTRICT, GeoLevel.UPAZILA)) {
            for (AdminUnit u : geo.list(level, null)) {
                Set<String> keys = new LinkedHashSet<>();
                for (String name : new String[] {u.nameEn(), u.nameBn()}) {
                    String k = Words.compact(name);
                    if (k.isEmpty()) continue;
                    keys.add(k);
                    keys.addAll(same.getOrDefault(k, Set.of()));
                }
                for (String k : keys) byName.computeIfAbsent(k, x -> new ArrayList<>()).add(u);
            }
        }
    }

    /** Every division, district and upazila named in the text (by one to three consecutive words), in text order. */
    public List<AdminUnit> find(String text) {
        List<String> words = Words.of(text);
        Set<AdminUnit> found = new LinkedHashSet<>();
        Set<Integer> covered = new HashSet<>();
        for (int n = Math.min(LONGEST_NAME_IN_WORDS, words.size()); n >= 1; n--) {
            for (int i = 0; i + n <= words.size(); i++) {
                if (covered.contains(i)) continue;
                List<AdminUnit> units = byName.get(String.join("", words.subList(i, i + n)));
                if (units == null) continue;
                found.addAll(units);
                for (int j = i; j < i + n; j++) covered.add(j);
            }
        }
        return List.copyOf(found);
    }
}
