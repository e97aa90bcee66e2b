package org.setu.directory.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.setu.events.directory.Coverage;
import org.setu.events.directory.CoverageLevel;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * How the directory maps onto Open Referral HSDS 3.1 (see docs/directory.md). Setu's own facts that HSDS has no
 * field for (Bangla texts, eligibility lists, accepting referrals, confidential locations, geography codes) travel
 * as HSDS attributes whose taxonomy term is in the {@code setu-profile} taxonomy; the service category is a term
 * of the {@code setu} taxonomy. Child records get ids derived from their parent's, so that exporting the same
 * directory twice gives the same document.
 */
final class Hsds {

    static final String TAXONOMY = "setu";
    static final String PROFILE = "setu-profile";
    static final String AREA_URI = "urn:setu:geography:";

    // attribute codes of the setu-profile taxonomy
    static final String DESCRIPTION_BN = "description_bn";
    static final String SCHEDULE_BN = "schedule_bn";
    static final String SAMPLE = "sample";
    static final String GENDER = "gender";
    static final String VICTIM_CATEGORY = "victim_category";
    static final String NATIONALITY = "nationality";
    static final String ACCEPTING_REFERRALS = "accepting_referrals";
    static final String CONTACT_LANGUAGE = "referral_contact_language";
    static final String WEBHOOK_URL = "referral_webhook_url";
    static final String CONFIDENTIAL = "confidential";
    static final String DIVISION = "division_id";
    static final String DISTRICT = "district_id";
    static final String UPAZILA = "upazila_id";
    static final String UNION = "union_id";
    /** the publisher's own id of a record imported from another HSDS publisher */
    static final String SOURCE_ID = "source_id";

    private Hsds() {
    }

    /** A stable id for a child record (an address, an attribute) from its parent's id and its role. */
    static UUID id(Object parent, String role) {
        return UUID.nameUUIDFromBytes((parent + "/" + role).getBytes(StandardCharsets.UTF_8));
    }

    /** The value of a {@code setu-profile} attribute of a record, when it has one. */
    static String profileAttribute(JsonNode owner, String code) {
        for (JsonNode attr : owner.path("attributes")) {
            JsonNode term = attr.path("taxonomy_term");
            if (PROFILE.equals(term.path("taxonomy").asText()) && code.equals(term.path("code").asText())
                    && attr.path("value").isTextual()) {
                return attr.get("value").asText();
            }
        }
        return null;
    }

    /** A service area in Setu's own form, {@code urn:setu:geography:national} or {@code urn:setu:geography:<level>:<code>}. */
    static Optional<Coverage> areaFromUri(String uri) {
        if (uri == null || !uri.startsWith(AREA_URI)) return Optional.empty();
        String rest = uri.substring(AREA_URI.length());
        if (rest.equals("national")) return Optional.of(new Coverage(CoverageLevel.NATIONAL, null));
        int colon = rest.indexOf(':');
        if (colon < 0) return Optional.empty();
        try {
            CoverageLevel level = CoverageLevel.valueOf(rest.substring(0, colon).toUpperCase(Locale.ROOT));
            return level == CoverageLevel.NATIONAL ? Optional.empty() : Optional.of(new Coverage(level, rest.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
