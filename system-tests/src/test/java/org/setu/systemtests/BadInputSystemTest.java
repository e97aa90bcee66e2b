package org.setu.systemtests;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.setu.devstack.SetuService;
import org.setu.systemtests.BadInputs.Endpoint;
import org.setu.systemtests.BadInputs.Field;
import org.setu.systemtests.BadInputs.Param;
import org.setu.systemtests.BadInputs.Type;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input never hurts: thousands of malformed requests (at least 200 for every endpoint that takes input) each
 * get a 4xx problem+json with no stack trace, and not one row changes in any of the four databases.
 */
@Order(1)
@ExtendWith({RunningPlatform.class, PlatformAccess.class})
class BadInputSystemTest {

    static final long SEED = 20260301L;
    static final int PER_ENDPOINT = 200;

    /**
     * Tables left out of the before/after comparison, each because it changes without any request of ours:
     * none so far. Reads of personal data are audited (kit_audit_trail), but a refused request reads nothing, so
     * the audit table is compared too; the outbox and inbox only move with accepted writes and consumed events.
     * The notification service's retries of deliveries already pending when the requests begin are counted and taken
     * out exactly (attempt rows and the events they record, by delivery id), not by leaving their tables out.
     */
    static final List<String> EXCLUDED = List.of();

    private static Fixtures fixtures;
    private static String spareCase;

    @BeforeAll
    static void createTheRecordsTheBadRequestsAimAt() {
        fixtures = Fixtures.shared();
        spareCase = fixtures.newCase("caseworker");
        Fixtures.sweep();
        fixtures.id("spareOrganization");
        fixtures.id("spareLocation");
        fixtures.id("spareService");
        fixtures.id("handOver");
    }

    @Test
    void malformedRequestsToEveryEndpointGetA4xxProblemWithoutStackTraceAndChangeNoData() {
        Map<String, Long> before = counted(Databases.settledRowCounts(90_000));
        java.time.Instant started = java.time.Instant.now();
        List<java.util.UUID> pending = Databases.pendingDeliveries();
        Random random = new Random(SEED);
        List<String> wrong = new ArrayList<>();
        Set<String> notInBangla = new TreeSet<>();
        Map<String, Map<Integer, Integer>> statuses = new TreeMap<>();
        int total = 0;
        for (Endpoint e : endpoints()) {
            Map<Integer, Integer> byStatus = statuses.computeIfAbsent(e.label(), k -> new TreeMap<>());
            for (int n = 0; n < PER_ENDPOINT; n++) {
                // every other request asks for Bangla: the same refusal, told in the reader's language
                boolean bangla = n % 2 == 1;
                Http.Call call = BadInputs.request(e, random, n);
                if (bangla) call.header("Accept-Language", "bn");
                Http.Answer a = send(call);
                total++;
                byStatus.merge(a.status(), 1, Integer::sum);
                String problem = judge(call, a);
                if (problem != null) {
                    wrong.add(e.label() + " #" + n + " " + describe(call) + " -> " + a.status() + " " + a.contentType()
                            + " " + AuthorisationMatrixSystemTest.abbreviate(a.body()) + " [" + problem + "]");
                } else if (bangla) {
                    notInBangla.addAll(englishOnly(a));
                }
            }
        }
        Map<String, Long> after = counted(Databases.settledRowCounts(30_000));
        Map<String, Long> retries = Databases.scheduledRetriesSince(started, pending);
        retries.forEach((table, n) -> after.computeIfPresent(table, (t, count) -> count - n));

        statuses.forEach((endpoint, counts) -> System.out.printf("[bad-input] %-60s %4d requests %s%n", endpoint,
                counts.values().stream().mapToInt(Integer::intValue).sum(), counts));
        System.out.printf("[bad-input] %d endpoints, %d requests, %d answers not a clean 4xx problem; %d tables compared"
                + " (excluded: %s; scheduled retries of deliveries pending before, taken out: %s)%n", statuses.size(), total,
                wrong.size(), before.size(), EXCLUDED, retries);
        wrong.stream().limit(100).forEach(w -> System.out.println("[bad-input] WRONG " + w));

        notInBangla.forEach(t -> System.out.println("[bad-input] NOT IN BANGLA " + t));

        assertThat(wrong).as("bad requests not answered with a clean 4xx problem").isEmpty();
        assertThat(notInBangla).as("problem texts a reader who asked for Bangla got in English (service-kit setu/problems_bn.txt)").isEmpty();
        assertThat(after).as("row counts of every table before and after the bad requests").isEqualTo(before);
    }

    /** The title, detail and field messages of a problem that hold no Bangla letter: sentences the table lacks. */
    private static List<String> englishOnly(Http.Answer a) {
        JsonPath p = JsonPath.from(a.body());
        List<String> texts = new ArrayList<>();
        texts.add(p.getString("title"));
        texts.add(p.getString("detail"));
        List<String> messages = p.getList("errors.message", String.class);
        if (messages != null) texts.addAll(messages);
        return texts.stream().filter(t -> t != null && !t.isBlank() && t.codePoints().noneMatch(c -> c >= 0x0980 && c <= 0x09FF))
                .map(t -> a.status() + " " + t).toList();
    }

    /** Null when the answer is right: a 4xx, problem+json, no trace of the server's insides. */
    private static String judge(Http.Call call, Http.Answer a) {
        if (a.status() < 400 || a.status() > 499) return "not a 4xx";
        if (!a.isProblem()) return "not application/problem+json";
        if (a.body().contains("Exception") || a.body().contains("at org.") || a.body().contains("at java.")) return "stack trace";
        return null;
    }

    private static Http.Answer send(Http.Call call) {
        try {
            return call.send();
        } catch (IllegalStateException e) {
            return new Http.Answer(-1, null, String.valueOf(e.getMessage()), Map.of());
        }
    }

    private static String describe(Http.Call c) {
        String url = c.url.length() > 160 ? c.url.substring(0, 160) + "…" : c.url;
        String body = c.body == null ? "" : new String(c.body, 0, Math.min(c.body.length, 160), java.nio.charset.StandardCharsets.UTF_8)
                + (c.body.length > 160 ? "…(" + c.body.length + " bytes)" : "");
        Map<String, String> h = new TreeMap<>(c.headers);
        h.remove("Authorization");
        return url + " " + h + " " + body;
    }

    private static Map<String, Long> counted(Map<String, Long> counts) {
        Map<String, Long> kept = new TreeMap<>(counts);
        kept.keySet().removeIf(t -> EXCLUDED.stream().anyMatch(t::contains));
        return kept;
    }

    // --- the endpoints that take input -------------------------------------------------------------------------

    static List<Endpoint> endpoints() {
        String s = SetuService.SCREENING.baseUrl();
        String st = SetuService.STATISTICS.baseUrl();
        String rf = SetuService.REFERRAL.baseUrl();
        String d = SetuService.DIRECTORY.baseUrl();
        String n = SetuService.NOTIFICATION.baseUrl();
        String someId = "00000000-0000-4000-8000-000000000000";
        List<Endpoint> all = new ArrayList<>();

        List<Param> audit = List.of(Param.of("from", Type.DATE), Param.of("to", Type.DATE), Param.number("limit", 1, 200),
                Param.of("cursor", Type.PATTERN));
        for (String base : List.of(s, rf, d, n)) {
            all.add(query(base.substring(base.lastIndexOf(':')) + " /api/v1/audit", base, "/api/v1/audit", "auditor", audit));
        }

        // screening
        List<Field> person = List.of(Field.of("person", Type.OBJECT, true), Field.text("person.givenName", false, 100),
                Field.text("person.familyName", false, 100), Field.of("person.sex", Type.ENUM, true),
                Field.of("person.dateOfBirth", Type.DATE, false), Field.number("person.ageEstimate", false, 0, 130),
                Field.of("person.nationality", Type.PATTERN, false), Field.list("person.languages", Type.LIST_PATTERN, false, 10),
                Field.of("person.phone", Type.PATTERN, false), Field.text("person.documentNumber", false, 64),
                Field.text("person.address", false, 500), Field.of("person.home", Type.OBJECT, false),
                Field.of("person.home.districtId", Type.PATTERN, true), Field.text("person.notes", false, 4000));
        List<Field> screening = new ArrayList<>(List.of(Field.of("instrument", Type.OBJECT, true),
                Field.text("instrument.code", true, 64), Field.number("instrument.version", true, 1, 1),
                Field.of("context", Type.ENUM, true), Field.of("location", Type.OBJECT, true),
                Field.of("location.districtId", Type.PATTERN, true), Field.of("location.divisionId", Type.PATTERN, false),
                Field.of("location.upazilaId", Type.PATTERN, false), Field.of("location.country", Type.PATTERN, false),
                Field.of("location.city", Type.PATTERN, false), Field.of("countryOfExploitation", Type.PATTERN, false),
                Field.of("answers", Type.MAP, false),
                Field.of("consent", Type.OBJECT, true), Field.list("consent.services", Type.LIST_ENUM, true, 13),
                Field.of("consent.shareWithProviders", Type.ENUM, true)));
        screening.addAll(person);
        all.add(body("screening POST /screenings", s, "POST", "/api/v1/screenings", "caseworker",
                () -> Bodies.screening(DemoPersons.MOSLEMA.withDocumentSuffix("B")), screening, true, false));
        all.add(pathOnly("screening GET /screenings/{id}", s, "GET", "/api/v1/screenings/" + someId, "caseworker"));
        List<Field> amendment = new ArrayList<>(List.of(Field.of("answers", Type.MAP, true)));
        amendment.addAll(person.subList(1, person.size()));
        amendment.addAll(List.of(Field.of("location", Type.OBJECT, false), Field.of("location.districtId", Type.PATTERN, true),
                Field.of("location.divisionId", Type.PATTERN, false), Field.of("location.upazilaId", Type.PATTERN, false),
                Field.of("countryOfExploitation", Type.PATTERN, false)));
        all.add(body("screening POST /screenings/{id}/amendments", s, "POST",
                "/api/v1/screenings/" + fixtures.id("dhakaScreening") + "/amendments", "caseworker",
                () -> "{\"answers\":" + Bodies.answers() + ",\"person\":" + DemoPersons.TAHMINA.json()
                        + ",\"location\":{\"divisionId\":\"6\",\"districtId\":\"47\"}}", amendment, false, false));
        all.add(query("screening GET /cases", s, "/api/v1/cases", "caseworker",
                List.of(Param.of("ref", Type.PATTERN), Param.number("page", 0, Integer.MAX_VALUE), Param.number("size", 1, 200))));
        all.add(pathOnly("screening GET /cases/{id}", s, "GET", "/api/v1/cases/" + someId, "caseworker"));
        all.add(body("screening PUT /cases/{id}/consent", s, "PUT", "/api/v1/cases/" + fixtures.id("dhakaCase") + "/consent",
                "caseworker", Bodies::consent, List.of(Field.list("services", Type.LIST_ENUM, true, 13),
                        Field.of("shareWithProviders", Type.ENUM, true)), false, false));
        all.add(body("screening POST /cases/{id}/close", s, "POST", "/api/v1/cases/" + spareCase + "/close", "caseworker",
                Bodies::closure, List.of(Field.of("reason", Type.ENUM, true)), false, true));
        all.add(new Endpoint("screening DELETE /cases/{id}?reason=", s, "DELETE", "/api/v1/cases/" + spareCase, "caseworker",
                List.of(Param.of("reason", Type.ENUM)), null, List.of(), false, false, false));
        all.add(pathOnly("screening GET /cases/{id}/shared-view", s, "GET", "/api/v1/cases/" + someId + "/shared-view", "provider"));
        all.add(new Endpoint("screening GET /instruments/{code}/versions/{v}", s, "GET",
                "/api/v1/instruments/" + someId + "/versions/1", "screener", List.of(), null, List.of(), false, false, true));
        all.add(body("screening POST /practice/cases/{id}/attempts", s, "POST", "/api/v1/practice/cases/hotel-job-age-17/attempts",
                "screener", () -> "{\"answers\":" + Bodies.answers() + "}", List.of(Field.of("answers", Type.MAP, true)), false, false));
        all.add(pathOnly("screening GET /practice/cases/{id}", s, "GET", "/api/v1/practice/cases/" + someId, "screener"));
        all.add(new Endpoint("screening PUT /cases/{id}/plan", s, "PUT", "/api/v1/cases/" + spareCase + "/plan", "caseworker",
                List.of(), Bodies::plan, List.of(Field.of("anchor", Type.DATE, true), Field.of("goals", Type.OBJECT, true),
                Field.list("followUpsDue", Type.LIST_PATTERN, false, 24)), false, true, true));
        all.add(pathOnly("screening GET /cases/{id}/plan", s, "GET", "/api/v1/cases/" + spareCase + "/plan", "caseworker"));
        // spareCase has no planned return, and every PUT carries a version that is not its own: nothing can be written
        all.add(new Endpoint("screening PUT /cases/{id}/planned-return", s, "PUT", "/api/v1/cases/" + spareCase + "/planned-return",
                "caseworker", List.of(), Bodies::plannedReturn, List.of(Field.of("expectedFrom", Type.DATE, true),
                Field.of("expectedTo", Type.DATE, true), Field.of("portOfEntry", Type.PATTERN, true), Field.of("mode", Type.ENUM, true),
                Field.of("transportRef", Type.PATTERN, false), Field.of("nationalityVerification", Type.OBJECT, false),
                Field.of("nationalityVerification.status", Type.ENUM, false),
                Field.of("nationalityVerification.waitingOn", Type.ENUM, false),
                Field.of("nationalityVerification.since", Type.DATE, false)), false, true, true));
        all.add(pathOnly("screening GET /cases/{id}/planned-return", s, "GET", "/api/v1/cases/" + spareCase + "/planned-return", "caseworker"));
        all.add(pathOnly("screening DELETE /cases/{id}/planned-return", s, "DELETE", "/api/v1/cases/" + spareCase + "/planned-return",
                "caseworker"));
        // the Dhaka NGO is a desk at Dhaka airport (Fixtures); spareCase has no planned return, so nothing can be settled
        all.add(query("screening GET /return/arrivals", s, "/api/v1/return/arrivals", "screener",
                List.of(Param.of("port", Type.PATTERN), Param.number("days", 1, 14))));
        all.add(body("screening POST /cases/{id}/planned-return/arrival", s, "POST",
                "/api/v1/cases/" + spareCase + "/planned-return/arrival", "screener", () -> "{}",
                List.of(Field.of("arrivedOn", Type.DATE, false), Field.of("answers", Type.MAP, false)), false, true));
        all.add(pathOnly("screening POST /cases/{id}/planned-return/no-show", s, "POST",
                "/api/v1/cases/" + spareCase + "/planned-return/no-show", "screener"));
        all.add(query("screening GET /return/missed", s, "/api/v1/return/missed", "coordinator",
                List.of(Param.number("size", 1, 500))));
        // aimed at another agency's location: a body that slipped through would answer 404 and write nothing
        all.add(body("screening PUT /agencies/{id}/location", s, "PUT", "/api/v1/agencies/" + fixtures.id("coxNgo") + "/location",
                "agencyadmin", Bodies::agencyLocation, List.of(Field.of("country", Type.PATTERN, true),
                        Field.of("city", Type.PATTERN, false)), false, true));
        all.add(pathOnly("screening GET /agencies/{id}/location", s, "GET", "/api/v1/agencies/" + someId + "/location",
                "caseworker"));
        // aimed at another agency's case: a body that slipped through would answer 404 and write nothing
        all.add(body("screening POST /cases/{id}/hand-overs", s, "POST", "/api/v1/cases/" + fixtures.id("coxCase") + "/hand-overs",
                "caseworker", Bodies::handOver, List.of(Field.of("toAgency", Type.UUID, true)), false, true));
        all.add(query("screening GET /hand-overs", s, "/api/v1/hand-overs", "caseworker",
                List.of(Param.of("direction", Type.ENUM), Param.of("status", Type.ENUM), Param.number("page", 0, 1_000_000),
                        Param.number("size", 1, 200))));
        // the shared hand-over goes from Dhaka to Cox's Bazar: a decline by its sender that slipped through would be a 403
        all.add(body("screening POST /hand-overs/{id}/decline", s, "POST", "/api/v1/hand-overs/" + fixtures.id("handOver")
                + "/decline", "caseworker", Bodies::handOverDecline, List.of(Field.of("reason", Type.ENUM, true)), false, true));
        all.add(pathOnly("screening POST /hand-overs/{id}/accept", s, "POST", "/api/v1/hand-overs/" + someId + "/accept",
                "caseworker2"));
        all.add(body("screening POST /cases/{id}/follow-ups", s, "POST", "/api/v1/cases/" + spareCase + "/follow-ups", "caseworker",
                Bodies::followUpAttempt, List.of(Field.of("contactedAt", Type.DATE, true), Field.of("channel", Type.ENUM, true),
                        Field.of("reached", Type.BOOL, true), Field.of("dueOn", Type.DATE, false),
                        Field.of("answers", Type.MAP, false), Field.of("warningSigns", Type.MAP, false)), false, true));
        all.add(pathOnly("screening GET /cases/{id}/follow-ups", s, "GET", "/api/v1/cases/" + someId + "/follow-ups", "caseworker"));
        all.add(query("screening GET /follow-ups/due", s, "/api/v1/follow-ups/due", "caseworker", List.of(
                Param.number("withinDays", 0, 366), Param.of("status", Type.ENUM), Param.number("page", 0, Integer.MAX_VALUE),
                Param.number("size", 1, 200))));
        all.add(query("screening GET /exports/ctdc", s, "/api/v1/exports/ctdc", "coordinator", List.of(
                Param.of("from", Type.DATE), Param.of("to", Type.DATE), Param.of("format", Type.ENUM))));
        for (String indicator : List.of("screenings", "referrals", "unmet-needs", "follow-ups", "notifications")) {
            all.add(query("statistics GET /statistics/" + indicator, st, "/api/v1/statistics/" + indicator, "coordinator", List.of(
                    Param.of("from", Type.DATE), Param.of("to", Type.DATE), Param.of("period", Type.ENUM), Param.of("by", Type.ENUM),
                    Param.of("agencyId", Type.UUID), Param.of("format", Type.ENUM))));
        }
        all.add(query("statistics GET /statistics/referral-times", st, "/api/v1/statistics/referral-times", "coordinator", List.of(
                Param.of("from", Type.DATE), Param.of("to", Type.DATE), Param.of("period", Type.ENUM), Param.of("by", Type.ENUM),
                Param.of("agencyId", Type.UUID), Param.of("format", Type.ENUM))));
        all.add(query("statistics GET /statistics/providers", st, "/api/v1/statistics/providers", "coordinator", List.of(
                Param.of("from", Type.DATE), Param.of("to", Type.DATE), Param.of("organizationId", Type.UUID),
                Param.of("format", Type.ENUM))));
        all.add(query("statistics GET /statistics/reports/monthly", st, "/api/v1/statistics/reports/monthly", "coordinator",
                List.of(Param.of("month", Type.PATTERN), Param.of("lang", Type.ENUM), Param.of("format", Type.ENUM),
                        Param.of("agencyId", Type.UUID))));
        all.add(body("screening POST /practice/assignments", s, "POST", "/api/v1/practice/assignments", "trainer",
                Bodies::practiceAssignment, List.of(Field.of("screener", Type.PATTERN, true),
                        Field.list("cases", Type.LIST_PATTERN, true, 50), Field.of("dueOn", Type.DATE, false)), false, false));

        // referral
        all.add(query("referral GET /referrals", rf, "/api/v1/referrals", "caseworker", List.of(Param.of("status", Type.ENUM),
                Param.of("category", Type.ENUM), Param.of("caseId", Type.UUID), Param.number("page", 0, 100_000),
                Param.number("size", 1, 100))));
        all.add(pathOnly("referral GET /referrals/{id}", rf, "GET", "/api/v1/referrals/" + someId, "caseworker"));
        all.add(body("referral POST /referrals", rf, "POST", "/api/v1/referrals", "caseworker",
                () -> Bodies.referral(fixtures.id("dhakaCase")), List.of(Field.of("caseId", Type.UUID, true),
                        Field.of("category", Type.ENUM, true), Field.of("serviceId", Type.UUID, false), Field.text("note", false, 2000)),
                true, false));
        all.add(new Endpoint("referral POST /referrals/{id}/accept", rf, "POST",
                "/api/v1/referrals/" + fixtures.id("dhakaReferral") + "/accept", "provider", List.of(),
                () -> "{\"reason\":\"ACCEPTED_BY_PROVIDER\",\"note\":\"ok\"}",
                List.of(Field.of("reason", Type.PATTERN, false), Field.text("note", false, 2000), Field.number("version", false, 0, Long.MAX_VALUE - 200)),
                false, true, true));
        all.add(new Endpoint("referral POST /referrals/{id}/refer-again", rf, "POST",
                "/api/v1/referrals/" + fixtures.id("dhakaReferral") + "/refer-again", "coordinator", List.of(),
                () -> "{\"serviceId\":\"" + java.util.UUID.randomUUID() + "\",\"note\":\"found by telephone\"}",
                List.of(Field.of("serviceId", Type.UUID, true), Field.of("reason", Type.PATTERN, false), Field.text("note", false, 2000),
                        Field.number("version", false, 0, Long.MAX_VALUE - 200)),
                false, true, true));
        all.add(query("referral GET /escalations", rf, "/api/v1/escalations", "coordinator", List.of(Param.of("district", Type.PATTERN),
                Param.of("category", Type.ENUM), Param.of("olderThan", Type.PATTERN), Param.number("page", 0, 100_000),
                Param.number("size", 1, 100))));
        all.add(pathOnly("referral GET /cases/{caseId}/referrals", rf, "GET", "/api/v1/cases/" + someId + "/referrals", "caseworker"));
        all.add(query("referral GET /matches", rf, "/api/v1/matches", "caseworker",
                List.of(Param.of("caseId", Type.UUID), Param.of("category", Type.ENUM))));

        // directory
        List<Param> paging = List.of(Param.number("page", 0, 1_000_000), Param.number("size", 1, 100));
        List<Param> geoPaging = List.of(Param.number("page", 0, 1_000_000), Param.number("size", 1, 5000));
        all.add(query("directory GET /geography/divisions", d, "/api/v1/geography/divisions", "caseworker", geoPaging));
        all.add(query("directory GET /geography/districts", d, "/api/v1/geography/districts", "caseworker",
                plus(geoPaging, Param.of("divisionId", Type.PATTERN))));
        all.add(query("directory GET /geography/upazilas", d, "/api/v1/geography/upazilas", "caseworker",
                plus(geoPaging, Param.of("districtId", Type.PATTERN))));
        all.add(query("directory GET /geography/unions", d, "/api/v1/geography/unions", "caseworker",
                plus(geoPaging, Param.of("upazilaId", Type.PATTERN))));
        all.add(query("directory GET /organizations", d, "/api/v1/organizations", "caseworker", paging));
        all.add(pathOnly("directory GET /organizations/{id}", d, "GET", "/api/v1/organizations/" + someId, "caseworker"));
        List<Field> org = List.of(Field.of("name", Type.OBJECT, true), Field.text("name.en", true, 200), Field.text("name.bn", false, 200),
                // description.en is required only inside a description, which the valid body leaves out
                Field.of("description", Type.OBJECT, false), Field.text("description.en", false, 4000),
                Field.of("email", Type.PATTERN, false), Field.of("website", Type.PATTERN, false), Field.of("phone", Type.PATTERN, false),
                Field.of("sample", Type.BOOL, false));
        all.add(body("directory POST /organizations", d, "POST", "/api/v1/organizations", "diradmin", Bodies::organization, org, true, false));
        all.add(body("directory PUT /organizations/{id}", d, "PUT", "/api/v1/organizations/" + fixtures.id("spareOrganization"), "diradmin",
                Bodies::organization, org, false, true));
        all.add(pathOnly("directory DELETE /organizations/{id}", d, "DELETE", "/api/v1/organizations/" + someId, "diradmin"));
        all.add(query("directory GET /locations", d, "/api/v1/locations", "caseworker", plus(paging, Param.of("organizationId", Type.UUID))));
        all.add(pathOnly("directory GET /locations/{id}", d, "GET", "/api/v1/locations/" + someId, "caseworker"));
        List<Field> location = List.of(Field.of("organizationId", Type.UUID, true), Field.of("name", Type.OBJECT, true),
                Field.text("name.en", true, 200), Field.of("address", Type.OBJECT, false), Field.text("address.line", false, 300),
                Field.text("address.city", false, 100), Field.text("address.postalCode", false, 20), Field.of("area", Type.OBJECT, true),
                Field.of("area.districtId", Type.PATTERN, true), Field.of("area.upazilaId", Type.PATTERN, false),
                Field.number("latitude", false, -90, 90), Field.number("longitude", false, -180, 180), Field.of("confidential", Type.BOOL, false));
        all.add(body("directory POST /locations", d, "POST", "/api/v1/locations", "diradmin", Bodies::location, location, true, false));
        all.add(body("directory PUT /locations/{id}", d, "PUT", "/api/v1/locations/" + fixtures.id("spareLocation"), "diradmin",
                Bodies::location, location, false, true));
        all.add(pathOnly("directory DELETE /locations/{id}", d, "DELETE", "/api/v1/locations/" + someId, "diradmin"));
        all.add(query("directory GET /services", d, "/api/v1/services", "caseworker", plus(paging,
                Param.of("category", Type.ENUM), Param.of("divisionId", Type.PATTERN), Param.of("districtId", Type.PATTERN),
                Param.of("upazilaId", Type.PATTERN), Param.of("gender", Type.ENUM), Param.number("age", 0, 130),
                Param.of("victimCategory", Type.ENUM), new Param("language", Type.PATTERN, 0, 3),
                Param.of("acceptingReferrals", Type.BOOL), Param.of("hasCapacity", Type.BOOL),
                new Param("q", Type.TEXT, 0, 200), Param.of("organizationId", Type.UUID))));
        all.add(pathOnly("directory GET /services/{id}", d, "GET", "/api/v1/services/" + someId, "caseworker"));
        List<Field> service = List.of(Field.of("organizationId", Type.UUID, true), Field.of("name", Type.OBJECT, true),
                Field.text("name.en", true, 200), Field.of("category", Type.ENUM, true), Field.of("coverage", Type.BOOL, true),
                Field.of("eligibility", Type.OBJECT, false), Field.number("eligibility.minAge", false, 0, 130),
                Field.number("eligibility.maxAge", false, 0, 130), Field.list("eligibility.genders", Type.LIST_ENUM, false, 0),
                Field.list("eligibility.victimCategories", Type.LIST_ENUM, false, 0),
                Field.list("languages", Type.LIST_PATTERN, false, 0), Field.of("capacity", Type.OBJECT, false),
                Field.number("capacity.available", true, 0, Integer.MAX_VALUE), Field.of("capacity.unit", Type.ENUM, true),
                Field.of("acceptingReferrals", Type.BOOL, true), Field.of("referralContact", Type.OBJECT, true),
                Field.of("referralContact.email", Type.PATTERN, true), Field.of("referralContact.phone", Type.PATTERN, false),
                Field.of("referralContact.webhookUrl", Type.PATTERN, false), Field.of("referralContact.language", Type.PATTERN, true));
        all.add(body("directory POST /services", d, "POST", "/api/v1/services", "diradmin", Bodies::service, service, true, false));
        all.add(body("directory PUT /services/{id}", d, "PUT", "/api/v1/services/" + fixtures.id("spareService"), "diradmin",
                Bodies::service, service, false, true));
        all.add(pathOnly("directory DELETE /services/{id}", d, "DELETE", "/api/v1/services/" + someId, "diradmin"));
        all.add(body("directory PUT /services/{id}/capacity", d, "PUT", "/api/v1/services/" + fixtures.id("spareService") + "/capacity",
                "diradmin", Bodies::capacity, List.of(Field.number("available", true, 0, Integer.MAX_VALUE),
                        Field.number("total", true, 0, Integer.MAX_VALUE), Field.of("unit", Type.ENUM, true)), false, true));
        // "contents" must be an array of organizations: the BOOL breakers (text, object, [true], missing, null) all miss that
        all.add(body("directory POST /import/hsds", d, "POST", "/api/v1/import/hsds", "diradmin",
                () -> "{\"contents\":[]}", List.of(Field.of("contents", Type.BOOL, true)), false, false));
        // a stale version ("987654") or a malformed one goes with every body, so a body the breakers leave valid is a 409
        all.add(new Endpoint("directory PUT /import/hsds/taxonomy-mapping", d, "PUT", "/api/v1/import/hsds/taxonomy-mapping",
                "diradmin", List.of(), Bodies::taxonomyMapping,
                List.of(Field.of("vocabularies", Type.MAP, true), Field.of("words", Type.MAP, true)), false, true, false));

        // notification
        all.add(query("notification GET /notifications", n, "/api/v1/notifications", "agencyadmin", List.of(
                Param.of("status", Type.ENUM), Param.of("channel", Type.ENUM), Param.of("recipientKind", Type.ENUM),
                Param.of("referralId", Type.UUID), Param.number("page", 0, 100_000), Param.number("size", 1, 200))));
        all.add(pathOnly("notification GET /notifications/{id}", n, "GET", "/api/v1/notifications/" + someId, "agencyadmin"));
        all.add(pathOnly("notification POST /notifications/{id}/retry", n, "POST", "/api/v1/notifications/" + someId + "/retry", "agencyadmin"));
        // url, phone and language are left alone: on an e-mail subscription any value of them is harmless, so
        // breaking them would not make the request wrong
        List<Field> subscription = List.of(Field.of("channel", Type.ENUM, true), Field.of("email", Type.PATTERN, true),
                Field.list("eventTypes", Type.LIST_PATTERN, true, 20), Field.of("active", Type.BOOL, false));
        all.add(body("notification POST /subscriptions", n, "POST", "/api/v1/subscriptions", "agencyadmin", Bodies::subscription,
                subscription, true, false));
        all.add(pathOnly("notification GET /subscriptions/{id}", n, "GET", "/api/v1/subscriptions/" + someId, "agencyadmin"));
        all.add(body("notification PUT /subscriptions/{id}", n, "PUT", "/api/v1/subscriptions/" + fixtures.id("subscription"),
                "agencyadmin", Bodies::subscription, subscription, false, true));
        all.add(pathOnly("notification DELETE /subscriptions/{id}", n, "DELETE", "/api/v1/subscriptions/" + someId, "agencyadmin"));
        all.add(pathOnly("notification POST /subscriptions/{id}/secret", n, "POST", "/api/v1/subscriptions/" + someId + "/secret", "agencyadmin"));
        all.add(pathOnly("notification POST /subscriptions/{id}/ping", n, "POST", "/api/v1/subscriptions/" + someId + "/ping", "agencyadmin"));
        // added last, so that the seeded defects of the endpoints above stay what they were
        all.add(pathOnly("screening GET /cases/{id}/linked-cases", s, "GET", "/api/v1/cases/" + someId + "/linked-cases", "caseworker"));
        all.add(query("screening GET /possible-duplicates", s, "/api/v1/possible-duplicates", "coordinator",
                List.of(Param.of("status", Type.ENUM), Param.number("page", 0, 1_000_000), Param.number("size", 1, 200))));
        all.add(pathOnly("screening GET /possible-duplicates/{id}", s, "GET", "/api/v1/possible-duplicates/" + someId, "coordinator"));
        all.add(pathOnly("screening POST /possible-duplicates/{id}/confirmation", s, "POST",
                "/api/v1/possible-duplicates/" + someId + "/confirmation", "coordinator"));
        all.add(pathOnly("screening POST /possible-duplicates/{id}/rejection", s, "POST",
                "/api/v1/possible-duplicates/" + someId + "/rejection", "coordinator"));
        // every body is also sent with a stale If-Match, so that one that slipped through validation still changes nothing
        all.add(query("referral GET /routing-policies", rf, "/api/v1/routing-policies", "coordinator",
                List.of(Param.number("page", 0, 100_000), Param.number("size", 1, 100))));
        all.add(pathOnly("referral GET /routing-policies/{agencyId}", rf, "GET", "/api/v1/routing-policies/" + someId, "agencyadmin"));
        all.add(new Endpoint("referral PUT /routing-policies/{agencyId}", rf, "PUT", "/api/v1/routing-policies/" + Fixtures.DHAKA_NGO,
                "agencyadmin", List.of(), Bodies::routingPolicy, List.of(Field.list("approveFirstUrgencies", Type.LIST_ENUM, true, 20),
                Field.list("approveFirstCategories", Type.LIST_ENUM, true, 20), Field.number("version", false, 0, Long.MAX_VALUE - 200)),
                false, true, true));
        all.add(pathOnly("screening GET /reintegration/surveys/{code}/versions/{v}", s, "GET",
                "/api/v1/reintegration/surveys/" + someId + "/versions/1", "caseworker"));
        return all;
    }

    private static Endpoint query(String name, String base, String path, String user, List<Param> params) {
        return new Endpoint(name, base, "GET", path, user, params, null, List.of(), false, false, false);
    }

    private static Endpoint pathOnly(String name, String base, String method, String path, String user) {
        return new Endpoint(name, base, method, path, user, List.of(), null, List.of(), false, false, true);
    }

    private static Endpoint body(String name, String base, String method, String path, String user, Supplier<String> valid,
                                 List<Field> fields, boolean idempotencyKey, boolean pathId) {
        return new Endpoint(name, base, method, path, user, List.of(), valid, fields, idempotencyKey, false, pathId);
    }

    private static List<Param> plus(List<Param> a, Param... more) {
        List<Param> out = new ArrayList<>(a);
        out.addAll(List.of(more));
        return out;
    }
}
