package org.setu.systemtests;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.setu.devstack.SetuService;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published access model (docs/access-model.md) holds: every endpoint of every service, called as every demo
 * user on its own agency's records and on another agency's, answers exactly the status in the table; and every
 * endpoint refuses a missing, expired, tampered or foreign token with 401.
 */
@Order(2)
@ExtendWith({RunningPlatform.class, PlatformAccess.class})
class AuthorisationMatrixSystemTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(new:)?([A-Za-z]+)}");

    private static Fixtures fixtures;
    private static List<AccessModel.Row> rows;

    @BeforeAll
    static void createTheRecordsTheMatrixActsOn() {
        fixtures = Fixtures.shared();
        rows = AccessModel.rows();
    }

    @AfterAll
    static void removeWhatTheMatrixAddedToTheDirectoryAndSubscriptions() {
        Fixtures.cleanUp();
    }

    @Test
    void everyRoleGetsExactlyTheAnswerThePublishedAccessModelGivesForItsOwnAndAnotherAgencysRecords() {
        List<String> wrong = new ArrayList<>();
        int requests = 0;
        for (AccessModel.Row row : rows) {
            for (int u = 0; u < row.users().size(); u++) {
                String user = row.users().get(u);
                int expected = row.expected().get(u);
                String path = resolve(row.path(), expected < 300);
                Http.Answer a = call(row, path, Tokens.of(user));
                requests++;
                if (a.status() != expected) {
                    wrong.add(user + " " + row.method() + " " + path + ": expected " + expected + ", got " + a.status()
                            + " " + abbreviate(a.body()));
                } else if (expected >= 400 && !a.isProblem()) {
                    wrong.add(user + " " + row.method() + " " + path + ": " + expected + " without problem+json (" + a.contentType() + ")");
                }
                afterSuccess(row, path, user, a);
            }
        }
        System.out.printf("[matrix] %d endpoints x %d users: %d requests, %d answers differ from docs/access-model.md%n",
                rows.size(), rows.get(0).users().size(), requests, wrong.size());
        assertThat(wrong).as("answers that differ from docs/access-model.md").isEmpty();
    }

    @Test
    void everyEndpointRefusesAMissingExpiredTamperedOrForeignTokenWith401() {
        Map<String, Supplier<String>> tokens = new java.util.LinkedHashMap<>();
        tokens.put("no token", () -> null);
        tokens.put("expired token", Tokens::expired);
        tokens.put("tampered token", Tokens::tampered);
        tokens.put("token of another realm", Tokens::otherRealm);
        String foreign = Tokens.otherRealm();
        List<String> wrong = new ArrayList<>();
        int requests = 0;
        for (AccessModel.Row row : rows) {
            // a refusal must come before anything is touched: a would-be fresh record is a random id here
            String path = PLACEHOLDER.matcher(row.path()).replaceAll(m -> m.group(1) != null
                    ? UUID.randomUUID().toString() : Matcher.quoteReplacement(fixtures.id(m.group(2))));
            for (var t : tokens.entrySet()) {
                String token = t.getKey().equals("token of another realm") ? foreign : t.getValue().get();
                Http.Answer a = call(row, path, token);
                requests++;
                if (a.status() != 401) {
                    wrong.add(t.getKey() + " " + row.method() + " " + path + ": got " + a.status() + " " + abbreviate(a.body()));
                }
            }
        }
        System.out.printf("[matrix] %d endpoints x %d kinds of bad token: %d requests, %d not refused with 401%n",
                rows.size(), tokens.size(), requests, wrong.size());
        assertThat(wrong).as("bad tokens that were not refused with 401").isEmpty();
    }

    private static Http.Answer call(AccessModel.Row row, String path, String token) {
        String url = base(row.service()) + path;
        Http.Call c = Http.call(row.method(), url).token(token);
        Matcher transition = Pattern.compile("/api/v1/referrals/([0-9a-f-]{36})/[a-z]+$").matcher(path);
        if (transition.find() && fixtures.referralVersions.containsKey(transition.group(1))) {
            c.header("If-Match", "\"" + fixtures.referralVersions.get(transition.group(1)) + "\"");
        }
        if (path.endsWith(TAXONOMY_MAPPING) && !row.method().equals("GET")) c.header("If-Match", taxonomyMappingVersion());
        // a cancellation names the version read: a fresh planned return is at 1, and refusals come before it is looked at
        if (path.endsWith("/planned-return") && row.method().equals("DELETE")) c.header("If-Match", "\"1\"");
        String body = body(row, path);
        if (body != null) c.json(body);
        return c.send();
    }

    private static final String TAXONOMY_MAPPING = "/api/v1/import/hsds/taxonomy-mapping";

    /** The version of the directory's taxonomy mapping in force (its ETag), which a change must name. */
    private static String taxonomyMappingVersion() {
        Http.Answer now = Http.call("GET", SetuService.DIRECTORY.baseUrl() + TAXONOMY_MAPPING).token(Tokens.of("diradmin")).send();
        Fixtures.require(now, 200, "the taxonomy mapping");
        return now.header("ETag");
    }

    private static String body(AccessModel.Row row, String path) {
        return switch (row.body()) {
            case "-" -> null;
            case "screening" -> Bodies.screening(DemoPersons.MOSLEMA.withDocumentSuffix("M" + UUID.randomUUID().toString().substring(0, 8)));
            case "amendment" -> Bodies.amendment();
            case "practice" -> "{\"answers\":" + Bodies.answers() + "}";
            case "assignment" -> Bodies.practiceAssignment();
            case "plan" -> Bodies.plan();
            case "planned-return" -> Bodies.plannedReturn();
            case "arrival" -> "{}";
            case "agency-location" -> Bodies.agencyLocation();
            case "hand-over" -> Bodies.handOver();
            case "hand-over-decline" -> Bodies.handOverDecline();
            case "closure" -> Bodies.closure();
            case "follow-up" -> Bodies.followUpAttempt();
            case "consent" -> Bodies.consent();
            case "referral" -> Bodies.referral(fixtures.id("dhakaCase"));
            case "decline" -> Bodies.decline();
            case "organization" -> Bodies.organization();
            case "location" -> Bodies.location();
            case "service" -> Bodies.service();
            case "capacity" -> Bodies.capacity();
            case "subscription" -> Bodies.subscription();
            case "hsds" -> Bodies.hsdsImport();
            case "routing-policy" -> Bodies.routingPolicy();
            case "current" -> {
                Http.Answer now = Http.call("GET", base(row.service()) + path).token(Tokens.of("diradmin")).send();
                Fixtures.require(now, 200, "the current " + path);
                yield now.body();
            }
            default -> throw new IllegalArgumentException("no body named " + row.body());
        };
    }

    private static String resolve(String path, boolean forSuccess) {
        return PLACEHOLDER.matcher(path).replaceAll(m -> Matcher.quoteReplacement(
                m.group(1) != null ? fixtures.fresh(m.group(2), forSuccess) : fixtures.id(m.group(2))));
    }

    /** Keeps the books: what a cell created is removed at the end, a changed referral's version is followed. */
    private static void afterSuccess(AccessModel.Row row, String path, String user, Http.Answer a) {
        if (a.status() >= 300) return;
        if (a.status() == 201 && row.service().equals("directory") || a.status() == 201 && path.endsWith("/subscriptions")) {
            fixtures.createdByCell(user, base(row.service()) + path + "/" + JsonPath.from(a.body()).getString("id"));
        }
        if (row.method().equals("GET") && row.service().equals("screening")) {
            Matcher m = Pattern.compile("/api/v1/(screenings|cases)/([0-9a-f-]{36})(/shared-view)?$").matcher(path);
            if (m.find()) {
                String type = m.group(3) != null ? "case-shared-view" : m.group(1).equals("cases") ? "case" : "screening";
                PersonalDataReads.note(auditName(user), type, m.group(2));
            }
        }
    }

    static String auditName(String user) {
        return user.equals(Tokens.PARTNER) ? "service-account-partner-demo" : user;
    }

    static String base(String service) {
        return switch (service) {
            case "screening" -> SetuService.SCREENING.baseUrl();
            case "referral" -> SetuService.REFERRAL.baseUrl();
            case "directory" -> SetuService.DIRECTORY.baseUrl();
            case "notification" -> SetuService.NOTIFICATION.baseUrl();
            case "statistics" -> SetuService.STATISTICS.baseUrl();
            default -> throw new IllegalArgumentException(service);
        };
    }

    static String abbreviate(String s) {
        if (s == null) return "";
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
