package org.setu.screening.domain.abroad;

import org.setu.events.screening.AdminArea;
import org.setu.screening.domain.repatriation.FieldProblem;

import java.util.ArrayList;
import java.util.List;

/**
 * What a screening must say about places (issue #19, item 1). An agency in Bangladesh screens in an area of the
 * geography, as always. An agency abroad screens in a country and a city; the person's home district is then the only
 * place in Bangladesh Setu knows, so it is required, and so is the country of exploitation, which the national
 * statistics and the CTDC export count.
 */
public final class AbroadPolicy {

    private AbroadPolicy() {
    }

    /** A screening as given: its area in Bangladesh or its place abroad (either may be null), and the rest that matters here. */
    public record Given(AdminArea area, Abroad abroad, AdminArea home, String countryOfExploitation) {
    }

    /** Every rule the screening breaks, each naming its field; empty when it may be recorded. */
    public static List<FieldProblem> problems(AgencyLocation agency, Given g) {
        List<FieldProblem> out = new ArrayList<>();
        if (agency.abroad()) {
            out.addAll(placeAbroad(g));
            out.addAll(homeDistrictAbroad(g));
            out.addAll(countryOfExploitationAbroad(g));
        } else {
            out.addAll(placeAtHome(g));
        }
        out.addAll(knownCountryOfExploitation(g));
        return out;
    }

    /** An agency in Bangladesh screens where it works: an area of the geography, so that routing can find services near. */
    static List<FieldProblem> placeAtHome(Given g) {
        if (g.abroad() != null && (g.abroad().country() != null || g.abroad().city() != null)) {
            return List.of(new FieldProblem("location.country",
                    "must be left out: your agency works in Bangladesh, so the screening gives its division, district and upazila"));
        }
        if (g.area() == null || blank(g.area().districtId())) return List.of(new FieldProblem("location.districtId", "must not be blank"));
        return List.of();
    }

    /**
     * An agency abroad screens in a country other than Bangladesh, and says the city, so that a desk at home knows
     * where the person comes from. A screening in Bangladesh is given as an area, never as {@code BD}.
     */
    static List<FieldProblem> placeAbroad(Given g) {
        if (g.area() != null && (g.area().divisionId() != null || g.area().districtId() != null || g.area().upazilaId() != null)) {
            return List.of(new FieldProblem("location.districtId",
                    "must be left out: your agency works abroad, so the screening gives its country and city"));
        }
        Abroad a = g.abroad();
        List<FieldProblem> out = new ArrayList<>();
        if (a == null || a.country() == null) {
            out.add(new FieldProblem("location.country", "is required: your agency works abroad"));
        } else if (AgencyLocation.BANGLADESH.equals(a.country())) {
            out.add(new FieldProblem("location.country", "must be a country other than BD: a screening in Bangladesh gives its area"));
        } else if (!Countries.known(a.country())) {
            out.add(new FieldProblem("location.country", "must be an ISO 3166-1 alpha-2 code such as SA"));
        }
        if (a == null || blank(a.city())) out.add(new FieldProblem("location.city", "is required when the person is screened abroad"));
        return out;
    }

    /** Abroad, the home district is the one place in Bangladesh that services can be found for: they help at home. */
    static List<FieldProblem> homeDistrictAbroad(Given g) {
        if (g.home() != null && !blank(g.home().districtId())) return List.of();
        return List.of(new FieldProblem("person.home.districtId",
                "is required when the person is screened abroad: the services at home are found by it"));
    }

    /**
     * A case opened abroad is handed to an agency at home when the person returns, which takes their data across a
     * border: the person is asked at the screening that opens the case abroad, and the answer (yes or no) is recorded,
     * never assumed. An amendment corrects answers; the consent changes through its own request.
     */
    public static List<FieldProblem> crossBorderAsked(AgencyLocation agency, Boolean crossBorder) {
        if (!agency.abroad() || crossBorder != null) return List.of();
        return List.of(new FieldProblem("consent.crossBorder",
                "must be answered (true or false) when the person is screened abroad: may the case go to an agency at home?"));
    }

    /** Someone screened abroad was exploited somewhere; the country is counted by the statistics and the CTDC export. */
    static List<FieldProblem> countryOfExploitationAbroad(Given g) {
        if (g.countryOfExploitation() != null) return List.of();
        return List.of(new FieldProblem("countryOfExploitation", "is required when the person is screened abroad"));
    }

    static List<FieldProblem> knownCountryOfExploitation(Given g) {
        if (g.countryOfExploitation() == null || Countries.known(g.countryOfExploitation())) return List.of();
        return List.of(new FieldProblem("countryOfExploitation", "must be an ISO 3166-1 alpha-2 code such as SA"));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
