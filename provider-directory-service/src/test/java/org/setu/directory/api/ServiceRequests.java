package org.setu.directory.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Request bodies as a portal would send them. */
final class ServiceRequests {

    private ServiceRequests() {
    }

    static Map<String, Object> shelter(String organizationId) {
        Map<String, Object> body = new HashMap<>();
        body.put("organizationId", organizationId);
        body.put("name", Map.of("en", "Women's shelter", "bn", "নারী আশ্রয়"));
        body.put("description", Map.of("en", "Safe accommodation for women", "bn", "নারীদের নিরাপদ আবাসন"));
        body.put("category", "SHELTER");
        body.put("coverage", List.of(Map.of("level", "DISTRICT", "id", "47"), Map.of("level", "UPAZILA", "id", "365")));
        body.put("eligibility", Map.of("genders", List.of("FEMALE"), "minAge", 18, "victimCategories", List.of("TRAFFICKING_VICTIM"),
                "nationalities", List.of("BD")));
        body.put("languages", List.of("bn", "en"));
        body.put("capacity", Map.of("available", 4, "total", 12, "unit", "BEDS"));
        body.put("acceptingReferrals", true);
        body.put("referralContact", Map.of("email", "focal.point@dhaka-demo-ngo.example.org", "phone", "+8801000000501",
                "webhookUrl", "https://dhaka-demo-ngo.example.org/hooks/setu", "language", "bn"));
        body.put("schedule", Map.of("en", "Open day and night", "bn", "দিনরাত খোলা"));
        return body;
    }
}
