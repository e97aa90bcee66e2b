package org.setu.systemtests;

import io.restassured.path.json.JsonPath;
import org.setu.devstack.SetuService;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The records the access matrix and the bad-input run act on, created once through the APIs exactly as users
 * would: a case screened by each agency, referrals of both to the Dhaka NGO's help desk, one accepted (so its
 * provider may read the shared view), a notification subscription and a delivery. Fresh records for the cells
 * that change or remove what they touch are made on demand. What this class adds to the directory and the
 * subscriptions it removes again at the end ({@link #cleanUp()}), so that the scenarios route and notify as if
 * the tests here had never run.
 */
final class Fixtures {

    static final String DHAKA_NGO = "5e7c1f3a-2b4d-4c6e-8f10-a1b2c3d4e501";
    static final String COX_NGO = "5e7c1f3a-2b4d-4c6e-8f10-a1b2c3d4e502";
    static final String NRM = "5e7c1f3a-2b4d-4c6e-8f10-a1b2c3d4e503";

    static final String SCREENING = SetuService.SCREENING.baseUrl();
    static final String REFERRAL = SetuService.REFERRAL.baseUrl();
    static final String DIRECTORY = SetuService.DIRECTORY.baseUrl();
    static final String NOTIFICATION = SetuService.NOTIFICATION.baseUrl();

    private static Fixtures shared;
    private static final AtomicInteger SERIAL = new AtomicInteger();

    /** Named ids: dhakaScreening, dhakaCase, dhakaRef, coxScreening, coxCase, sharedCase, helpDesk, ... */
    final Map<String, String> ids = new ConcurrentHashMap<>();
    /** Referral id → its current version, for {@code If-Match}. */
    final Map<String, Long> referralVersions = new ConcurrentHashMap<>();
    private final List<String[]> createdForCleanUp = new ArrayList<>();

    static synchronized Fixtures shared() {
        if (shared == null) {
            Fixtures made = new Fixtures();
            made.create();
            shared = made;
        }
        return shared;
    }

    private void create() {
        ids.put("dhakaNgo", DHAKA_NGO);
        ids.put("coxNgo", COX_NGO);
        ids.put("helpDesk", helpDesk());
        ids.put("unknownPair", java.util.UUID.randomUUID().toString());
        JsonPath dhaka = screen("caseworker", DemoPersons.TAHMINA);
        ids.put("dhakaScreening", dhaka.getString("id"));
        ids.put("dhakaCase", dhaka.getString("caseId"));
        ids.put("dhakaRef", dhaka.getString("caseRef"));
        JsonPath cox = screen("caseworker2", DemoPersons.ROKSANA);
        ids.put("coxScreening", cox.getString("id"));
        ids.put("coxCase", cox.getString("caseId"));
        ids.put("dhakaReferral", refer("caseworker", ids.get("dhakaCase")));
        ids.put("coxReferral", refer("caseworker2", ids.get("coxCase")));
        String shared = newCase("caseworker");
        ids.put("sharedCase", shared);
        String accepted = refer("caseworker", shared);
        ids.put("acceptedReferral", accepted);
        transition("provider", accepted, "accept", "{}");
        waitForSharedView(shared);
        designateDhakaAtTheAirportDesk();
        ids.put("subscription", subscription());
        ids.put("delivery", ping(ids.get("subscription")));
    }

    /** A named record, the spare ones made on first use. */
    String id(String name) {
        String known = ids.get(name);
        if (known != null) return known;
        String made = switch (name) {
            case "spareLocation" -> newLocation();
            case "spareService" -> newService();
            case "spareOrganization" -> newOrganization();
            case "plannedCase" -> newPlannedCase();
            case "returningCase" -> newReturningCase();
            case "handOver" -> newHandOver();
            default -> throw new IllegalArgumentException("no record named " + name);
        };
        ids.put(name, made);
        return made;
    }

    /** A record for one cell that expects success ({@code {new:case}}, ...), or the shared one of its kind. */
    String fresh(String kind, boolean forSuccess) {
        if (!forSuccess) {
            return id(switch (kind) {
                case "case" -> "dhakaCase";
                case "referral" -> "dhakaReferral";
                case "organization" -> "coxNgo";
                case "location" -> "spareLocation";
                case "service" -> "spareService";
                case "subscription" -> "subscription";
                case "returningCase" -> "returningCase";
                case "handOver" -> "handOver";
                default -> throw new IllegalArgumentException("no kind " + kind);
            });
        }
        return switch (kind) {
            case "case" -> newCase("caseworker");
            case "referral" -> newReferral();
            case "organization" -> newOrganization();
            case "location" -> newLocation();
            case "service" -> newService();
            case "subscription" -> newSubscription();
            case "returningCase" -> newReturningCase();
            case "handOver" -> newHandOver();
            default -> throw new IllegalArgumentException("no kind " + kind);
        };
    }

    /**
     * The Dhaka NGO staffs the arrivals desk at Dhaka airport, where every planned return of the fixtures lands, so
     * that its screeners may list and settle arrivals. A designation left by an earlier run answers 204.
     */
    private void designateDhakaAtTheAirportDesk() {
        Http.Answer a = Http.call("PUT", SCREENING + "/api/v1/return/ports-of-entry/DAC/desks/" + DHAKA_NGO)
                .token(Tokens.of("coordinator")).send();
        if (a.status() != 201 && a.status() != 204) require(a, 201, "the Dhaka NGO's desk at Dhaka airport");
    }

    // --- fresh records, one per use -------------------------------------------------------------------------------

    /** A new case of the Dhaka agency (a person of its own, so no duplicate match joins it to another). */
    String newCase(String user) {
        return screen(user, DemoPersons.MOSLEMA.withDocumentSuffix("F" + SERIAL.incrementAndGet())).getString("caseId");
    }

    /** A new Dhaka case with a reintegration plan written by {@code caseworker}. */
    String newPlannedCase() {
        return newCaseWith("plan", Bodies.plan(), "a reintegration plan");
    }

    /** A new Dhaka case with a planned return (a flight into Dhaka, version 1) written by {@code caseworker}. */
    String newReturningCase() {
        return newCaseWith("planned-return", Bodies.plannedReturn(), "a planned return");
    }

    /** A new Dhaka case whose {@code part} ({@code /cases/{id}/<part>}) {@code caseworker} has just written for the first time. */
    private String newCaseWith(String part, String body, String what) {
        String caseId = newCase("caseworker");
        Http.Answer a = Http.call("PUT", SCREENING + "/api/v1/cases/" + caseId + "/" + part).token(Tokens.of("caseworker"))
                .json(body).send();
        require(a, 201, what);
        return caseId;
    }

    /** A hand-over of a new Dhaka case to the Cox's Bazar NGO, proposed by {@code caseworker} and waiting for an answer. */
    String newHandOver() {
        String caseId = newCase("caseworker");
        Http.Answer a = Http.call("POST", SCREENING + "/api/v1/cases/" + caseId + "/hand-overs").token(Tokens.of("caseworker"))
                .json(Bodies.handOver()).send();
        require(a, 201, "a hand-over");
        return JsonPath.from(a.body()).getString("id");
    }

    /** A new SENT referral of a new Dhaka case to the Dhaka NGO's help desk. */
    String newReferral() {
        return refer("caseworker", newCase("caseworker"));
    }

    String newOrganization() {
        Http.Answer a = Http.call("POST", DIRECTORY + "/api/v1/organizations").token(Tokens.of("diradmin"))
                .json(Bodies.organization()).send();
        return created(a, "organizations");
    }

    String newLocation() {
        Http.Answer a = Http.call("POST", DIRECTORY + "/api/v1/locations").token(Tokens.of("diradmin"))
                .json(Bodies.location()).send();
        return created(a, "locations");
    }

    String newService() {
        Http.Answer a = Http.call("POST", DIRECTORY + "/api/v1/services").token(Tokens.of("diradmin"))
                .json(Bodies.service()).send();
        return created(a, "services");
    }

    String newSubscription() {
        return subscription();
    }

    // --- the steps -----------------------------------------------------------------------------------------------

    JsonPath screen(String user, DemoPersons.Person person) {
        Http.Answer a = Http.call("POST", SCREENING + "/api/v1/screenings").token(Tokens.of(user))
                .json(Bodies.screening(person)).send();
        require(a, 201, "screening by " + user);
        return JsonPath.from(a.body());
    }

    /** Refers the case to the help desk, once the referral service has learned of the case from the topic. */
    String refer(String user, String caseId) {
        String body = "{\"caseId\":\"" + caseId + "\",\"category\":\"PSYCHOSOCIAL\",\"serviceId\":\"" + ids.get("helpDesk") + "\"}";
        long until = System.currentTimeMillis() + 60_000;
        while (true) {
            Http.Answer a = Http.call("POST", REFERRAL + "/api/v1/referrals").token(Tokens.of(user)).json(body).send();
            if (a.status() == 201) {
                JsonPath j = JsonPath.from(a.body());
                referralVersions.put(j.getString("id"), j.getLong("version"));
                return j.getString("id");
            }
            if (a.status() != 404 || System.currentTimeMillis() > until) {
                throw new IllegalStateException("referral of " + caseId + " by " + user + ": " + a.status() + " " + a.body());
            }
            Databases.sleep(250);
        }
    }

    Http.Answer transition(String user, String referralId, String transition, String body) {
        Http.Answer a = Http.call("POST", REFERRAL + "/api/v1/referrals/" + referralId + "/" + transition)
                .token(Tokens.of(user)).header("If-Match", "\"" + referralVersions.get(referralId) + "\"").json(body).send();
        if (a.status() == 200) referralVersions.put(referralId, JsonPath.from(a.body()).getLong("version"));
        return a;
    }

    private void waitForSharedView(String caseId) {
        long until = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < until) {
            Http.Answer a = Http.call("GET", SCREENING + "/api/v1/cases/" + caseId + "/shared-view").token(Tokens.of("provider")).send();
            if (a.status() == 200) {
                PersonalDataReads.note("provider", "case-shared-view", caseId);
                return;
            }
            Databases.sleep(250);
        }
        throw new IllegalStateException("the provider never got the shared view of " + caseId);
    }

    private String helpDesk() {
        Http.Answer a = Http.call("GET", DIRECTORY + "/api/v1/services?organizationId=" + DHAKA_NGO + "&category=PSYCHOSOCIAL")
                .token(Tokens.of("diradmin")).send();
        require(a, 200, "the Dhaka NGO's help desk");
        return JsonPath.from(a.body()).getString("items[0].id");
    }

    private String subscription() {
        Http.Answer a = Http.call("POST", NOTIFICATION + "/api/v1/subscriptions").token(Tokens.of("agencyadmin"))
                .json(Bodies.subscription()).send();
        require(a, 201, "subscription");
        String id = JsonPath.from(a.body()).getString("id");
        synchronized (createdForCleanUp) {
            createdForCleanUp.add(new String[]{"agencyadmin", NOTIFICATION + "/api/v1/subscriptions/" + id});
        }
        return id;
    }

    private String ping(String subscription) {
        Http.Answer a = Http.call("POST", NOTIFICATION + "/api/v1/subscriptions/" + subscription + "/ping")
                .token(Tokens.of("agencyadmin")).send();
        require(a, 202, "ping");
        return JsonPath.from(a.body()).getString("notificationId");
    }

    private String created(Http.Answer a, String collection) {
        require(a, 201, collection);
        String id = JsonPath.from(a.body()).getString("id");
        synchronized (createdForCleanUp) {
            createdForCleanUp.add(new String[]{"diradmin", DIRECTORY + "/api/v1/" + collection + "/" + id});
        }
        return id;
    }

    /** Notes a record a matrix cell created (201), so that it is removed at the end. */
    void createdByCell(String user, String location) {
        synchronized (createdForCleanUp) {
            createdForCleanUp.add(new String[]{user, location});
        }
    }

    /** Removes the directory entries and subscriptions the tests added (services first, then their owners). */
    static synchronized void cleanUp() {
        if (shared == null) return;
        List<String[]> all = new ArrayList<>(shared.createdForCleanUp);
        all.sort((x, y) -> Integer.compare(rank(x[1]), rank(y[1])));
        for (String[] c : all) {
            String user = c[1].contains("/subscriptions/") ? "agencyadmin" : "diradmin";
            Http.call("DELETE", c[1]).token(Tokens.of(user)).send();   // 404 when a cell already removed it
        }
        shared.createdForCleanUp.clear();
        sweep();
    }

    /**
     * Removes every directory entry that carries the tests' marker (left over by a run that stopped half-way, or
     * created by a bad request the services wrongly accepted), and puts the Cox's Bazar demo NGO's entry back to
     * the sample's when a run changed it.
     */
    static void sweep() {
        String token = Tokens.of("diradmin");
        String d = DIRECTORY + "/api/v1/";
        for (int page = 0; page < 20; page++) {
            JsonPath orgs = JsonPath.from(Http.call("GET", d + "organizations?size=100&page=" + page).token(token).send().body());
            List<Map<String, Object>> items = orgs.getList("items");
            for (Map<String, Object> o : items) {
                if (Bodies.MARKER_EMAIL.equals(o.get("email")) && !o.get("id").toString().startsWith("5e7c1f3a-")) {
                    Http.call("DELETE", d + "organizations/" + o.get("id")).token(token).send();
                }
            }
            if (items.size() < 100) break;
        }
        JsonPath services = JsonPath.from(Http.call("GET", d + "services?size=100&organizationId=" + DHAKA_NGO).token(token).send().body());
        for (Map<String, Object> sv : services.<Map<String, Object>>getList("items")) {
            Object contact = sv.get("referralContact");
            if (contact instanceof Map<?, ?> c && Bodies.MARKER_EMAIL.equals(c.get("email"))) {
                Http.call("DELETE", d + "services/" + sv.get("id")).token(token).send();
            }
        }
        JsonPath locations = JsonPath.from(Http.call("GET", d + "locations?size=100&organizationId=" + DHAKA_NGO).token(token).send().body());
        for (Map<String, Object> l : locations.<Map<String, Object>>getList("items")) {
            Object address = l.get("address");
            if (address instanceof Map<?, ?> a && (Bodies.MARKER_LINE.equals(a.get("line")) || "Sample Road 1".equals(a.get("line")))) {
                Http.call("DELETE", d + "locations/" + l.get("id")).token(token).send();
            }
        }
        JsonPath cox = JsonPath.from(Http.call("GET", d + "organizations/" + COX_NGO).token(token).send().body());
        if (!"Cox's Bazar Demo NGO (sample)".equals(cox.getString("name.en"))) {
            Http.call("PUT", d + "organizations/" + COX_NGO).token(token).json("{\"name\":{\"en\":\"Cox's Bazar Demo NGO (sample)\","
                    + "\"bn\":\"কক্সবাজার ডেমো এনজিও (নমুনা)\"},\"description\":{\"en\":\"A fictional organization of Setu's sample"
                    + " directory; not a real provider.\",\"bn\":\"সেতুর নমুনা ডিরেক্টরির একটি কাল্পনিক প্রতিষ্ঠান; প্রকৃত সেবাদাতা নয়।\"},"
                    + "\"email\":\"info@coxsbazar-demo-ngo.example.org\",\"website\":\"https://coxsbazar-demo-ngo.example.org\","
                    + "\"phone\":\"+8801000000004\",\"sample\":true}").send();
        }
    }

    private static int rank(String url) {
        return url.contains("/services/") ? 0 : url.contains("/locations/") ? 1 : 2;
    }

    static void require(Http.Answer a, int status, String what) {
        if (a.status() != status) {
            throw new IllegalStateException(what + ": expected " + status + ", got " + a.status() + " " + a.body());
        }
    }
}
