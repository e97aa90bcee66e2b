package org.setu.screening;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Screening request bodies as a partner would send them (docs/api.md, docs/screening.md). */
public final class Requests {

    public static final String DHAKA_NGO = "5e7c1f3a-2b4d-4c6e-8f10-a1b2c3d4e501";
    public static final String COX_NGO = "5e7c1f3a-2b4d-4c6e-8f10-a1b2c3d4e502";

    private Requests() {
    }

    public static Map<String, Object> screening(String givenName, String phone, String document, Map<String, Object> answers) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("givenName", givenName);
        person.put("familyName", "Khatun");
        person.put("sex", "FEMALE");
        person.put("dateOfBirth", "1999-04-02");
        person.put("nationality", "BD");
        person.put("languages", List.of("bn"));
        person.put("phone", phone);
        person.put("documentNumber", document);
        person.put("address", "House 12, Road 5, Jessore");
        person.put("home", Map.of("divisionId", "BD-40", "districtId", "BD-4041", "upazilaId", "BD-404147"));
        person.put("notes", "Met at the arrivals hall");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("instrument", Map.of("code", "setu-core", "version", 1));
        body.put("context", "AIRPORT_RETURNEE");
        body.put("location", Map.of("divisionId", "BD-30", "districtId", "BD-3026"));
        body.put("person", person);
        body.put("answers", answers);
        body.put("consent", Map.of("services", List.of("SHELTER", "MEDICAL", "PSYCHOSOCIAL"), "shareWithProviders", "BASIC"));
        return body;
    }

    /** An adult deceived, exploited and coerced at destination, with no safe place tonight. */
    public static Map<String, Object> trafficked() {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("migration-route", "regular");
        a.put("deception-at-recruitment", List.of("nature-of-job", "wages"));
        a.put("exploitation", List.of("excessive-hours", "low-or-no-salary"));
        a.put("coercion-at-destination", List.of("documents-confiscated", "isolation"));
        a.put("immediate-needs", List.of("no-safe-place-tonight"));
        return a;
    }

    public static Map<String, Object> with(Map<String, Object> map, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(map);
        if (value == null) copy.remove(key);
        else copy.put(key, value);
        return copy;
    }

    public static List<Object> list(Object... items) {
        return new ArrayList<>(List.of(items));
    }
}
