package org.setu.systemtests;

/** Valid request bodies, as the services' API documents describe them. */
final class Bodies {

    /** What marks the directory entries the tests make, so that a sweep finds them even after a crashed run. */
    static final String MARKER_EMAIL = "systemtest@example.org";
    static final String MARKER_LINE = "System test road 1";

    private Bodies() {
    }

    static String screening(DemoPersons.Person person) {
        return "{\"instrument\":{\"code\":\"setu-core\",\"version\":1},\"context\":\"AIRPORT_RETURNEE\","
                + "\"location\":{\"divisionId\":\"6\",\"districtId\":\"47\"},\"person\":" + person.json() + ","
                + "\"answers\":" + answers() + ",\"consent\":" + consent() + "}";
    }

    static String consent() {
        return "{\"services\":[\"PSYCHOSOCIAL\"],\"shareWithProviders\":\"BASIC\"}";
    }

    static String amendment() {
        return "{\"answers\":" + answers() + "}";
    }

    /** The instrument's one required answer, and nothing that indicates a need: no referral is routed on its own. */
    static String answers() {
        return "{\"migration-route\":\"regular\"}";
    }

    /** A reintegration plan from today with one goal and the standard follow-ups. */
    /** A telephone attempt that did not reach the person, made now: it writes no answers. */
    static String followUpAttempt() {
        return "{\"contactedAt\":\"" + java.time.OffsetDateTime.now() + "\",\"channel\":\"PHONE\",\"reached\":false}";
    }

    static String closure() {
        return "{\"reason\":\"REINTEGRATED\"}";
    }

    /** A flight into Dhaka from the day after tomorrow to a week from today; nothing in it names the person. */
    static String plannedReturn() {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Dhaka"));
        return "{\"expectedFrom\":\"" + today.plusDays(2) + "\",\"expectedTo\":\"" + today.plusDays(7)
                + "\",\"portOfEntry\":\"DAC\",\"mode\":\"AIR\"}";
    }

    /** Where the Dhaka NGO works, as it always has: in Bangladesh, so that setting it changes nothing else. */
    static String agencyLocation() {
        return "{\"country\":\"BD\",\"city\":\"Dhaka\"}";
    }

    static String plan() {
        return "{\"anchor\":\"" + java.time.LocalDate.now() + "\",\"goals\":[{\"dimension\":\"economic\","
                + "\"text\":\"A tailoring course, then work at home\"}]}";
    }

    /** One practice case set for the demo screener by a trainer of the same agency. */
    static String practiceAssignment() {
        return "{\"screener\":\"screener\",\"cases\":[\"hotel-job-age-17\"]}";
    }

    static String referral(String caseId) {
        return "{\"caseId\":\"" + caseId + "\",\"category\":\"PSYCHOSOCIAL\"}";
    }

    /** A hand-over of a Dhaka case to the Cox's Bazar NGO: both in Bangladesh, so no cross-border consent is needed. */
    static String handOver() {
        return "{\"toAgency\":\"" + Fixtures.COX_NGO + "\"}";
    }

    static String handOverDecline() {
        return "{\"reason\":\"NOT_OUR_AREA\"}";
    }

    static String decline() {
        return "{\"reason\":\"NO_CAPACITY\",\"note\":\"matrix\"}";
    }

    static String organization() {
        return "{\"name\":{\"en\":\"System test organisation (sample)\",\"bn\":\"পরীক্ষা\"},"
                + "\"email\":\"systemtest@example.org\",\"website\":\"https://systemtest.example.org\",\"phone\":\"+8801000000999\"}";
    }

    static String location() {
        return "{\"organizationId\":\"" + Fixtures.DHAKA_NGO + "\",\"name\":{\"en\":\"System test desk (sample)\"},"
                + "\"address\":{\"line\":\"" + MARKER_LINE + "\",\"city\":\"Dhaka\"},\"area\":{\"divisionId\":\"6\",\"districtId\":\"47\"},"
                + "\"latitude\":23.8,\"longitude\":90.4,\"confidential\":false}";
    }

    /** Not accepting referrals, so routing never picks it while it exists. */
    static String service() {
        return "{\"organizationId\":\"" + Fixtures.DHAKA_NGO + "\",\"name\":{\"en\":\"System test service (sample)\"},"
                + "\"category\":\"LEGAL_AID\",\"coverage\":[{\"level\":\"DISTRICT\",\"id\":\"47\"}],"
                + "\"languages\":[\"bn\"],\"capacity\":{\"available\":1,\"total\":2,\"unit\":\"SLOTS\"},"
                + "\"acceptingReferrals\":false,"
                + "\"referralContact\":{\"email\":\"systemtest@example.org\",\"language\":\"en\"}}";
    }

    static String capacity() {
        return "{\"available\":1,\"total\":2,\"unit\":\"SLOTS\"}";
    }

    /** Inactive: it must not add mail to what the scenarios count. */
    static String subscription() {
        return "{\"channel\":\"EMAIL\",\"email\":\"systemtest@dhaka-demo-ngo.example.org\","
                + "\"eventTypes\":[\"setu.referral.accepted.v1\"],\"language\":\"en\",\"active\":false}";
    }

    /** What the demo agencies have by default (nothing waits), so that the matrix's changes leave routing as it was. */
    static String routingPolicy() {
        return "{\"approveFirstUrgencies\":[],\"approveFirstCategories\":[]}";
    }

    static String hsdsImport() {
        return "{\"contents\":[]}";
    }

    /** A small taxonomy mapping of the directory's HSDS import: one vocabulary, one word. */
    static String taxonomyMapping() {
        return "{\"vocabularies\":[{\"id\":\"system-test\",\"names\":[\"System test\"],\"codes\":{\"ST-1\":\"SHELTER\"}}],"
                + "\"words\":{\"safe home\":\"SHELTER\"}}";
    }
}
