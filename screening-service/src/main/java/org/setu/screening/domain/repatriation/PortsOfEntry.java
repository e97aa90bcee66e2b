package org.setu.screening.domain.repatriation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The list of ports of entry, kept as data (return/ports-of-entry/v1.yaml) and checked before the service serves it. */
public record PortsOfEntry(int version, List<PortOfEntry> ports) {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{2,15}");
    /** Ids of the bd-geo data set: 64 districts, 494 upazilas. The screening service does not hold the geography. */
    private static final Pattern DISTRICT = Pattern.compile("[1-9][0-9]?");
    private static final Pattern UPAZILA = Pattern.compile("[1-9][0-9]{0,2}");

    public Optional<PortOfEntry> find(String code) {
        return ports.stream().filter(p -> p.code().equals(code)).findFirst();
    }

    /** What makes the list unusable, each said once; empty when it may be served. */
    public List<String> mistakes() {
        List<String> out = new ArrayList<>();
        if (version < 1) out.add("version is required");
        if (ports == null || ports.isEmpty()) {
            out.add("no ports");
            return out;
        }
        Set<String> codes = new HashSet<>();
        for (PortOfEntry p : ports) {
            String code = p.code();
            if (code == null || !CODE.matcher(code).matches()) out.add("port code " + code + " is not upper-case letters and digits");
            else if (!codes.add(code)) out.add("port " + code + " is listed twice");
            if (p.name() == null || blank(p.name().en()) || blank(p.name().bn())) out.add("port " + code + " needs an English and a Bangla name");
            if (p.kind() == null) out.add("port " + code + " needs a kind");
            if (p.districtId() == null || !DISTRICT.matcher(p.districtId()).matches() || Integer.parseInt(p.districtId()) > 64) {
                out.add("port " + code + " needs a district id of the directory's geography (1 to 64)");
            }
            if (p.upazilaId() != null && !UPAZILA.matcher(p.upazilaId()).matches()) out.add("port " + code + " has an upazila id that is not a number");
            boolean crossing = p.crossing() != null && !blank(p.crossing().en()) && !blank(p.crossing().bn());
            if (p.kind() == PortKind.LAND_PORT && !crossing) out.add("land port " + code + " needs the crossing on the other side, in English and Bangla");
        }
        return out;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
