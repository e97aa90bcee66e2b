package org.setu.systemtests;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.setu.devstack.SetuService;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;

/** The platform's public APIs as the scenarios use them, with real tokens. */
final class Setu {

    static final String SCREENING = SetuService.SCREENING.baseUrl() + "/api/v1";
    static final String REFERRAL = SetuService.REFERRAL.baseUrl() + "/api/v1";
    static final String NOTIFICATION = SetuService.NOTIFICATION.baseUrl() + "/api/v1";

    private Setu() {
    }

    static JsonPath screen(String token, Map<String, Object> body, String idempotencyKey) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (idempotencyKey != null) request.header("Idempotency-Key", idempotencyKey);
        return request.when().post(SCREENING + "/screenings").then().statusCode(201).extract().jsonPath();
    }

    static List<Map<String, Object>> referralsOfCase(String token, String caseId) {
        return given().auth().oauth2(token).when().get(REFERRAL + "/cases/" + caseId + "/referrals")
                .then().statusCode(200).extract().jsonPath().getList("items");
    }

    /** The case's referrals, or none while the referral service has not yet heard of the case (404). */
    static List<Map<String, Object>> referralsOfCaseSoFar(String token, String caseId) {
        Response r = given().auth().oauth2(token).when().get(REFERRAL + "/cases/" + caseId + "/referrals");
        if (r.statusCode() == 404) return List.of();
        return r.then().statusCode(200).extract().jsonPath().getList("items");
    }

    static Map<String, Object> referralFor(String token, String caseId, String category) {
        return referralsOfCase(token, caseId).stream().filter(r -> category.equals(r.get("category"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + category + " referral for case " + caseId));
    }

    /** Waits until the case's referral of a category satisfies the condition, and answers it. */
    static Map<String, Object> awaitReferral(String token, String caseId, String category,
                                             Predicate<Map<String, Object>> condition) {
        return await(() -> referralsOfCaseSoFar(token, caseId).stream()
                .filter(r -> category.equals(r.get("category")) && condition.test(r)).findFirst().orElse(null),
                Duration.ofSeconds(30), category + " referral of case " + caseId);
    }

    static Response transition(String token, Map<String, Object> referral, String action, String reason, String note) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .header("If-Match", String.valueOf(referral.get("version")))
                .body(reason == null ? Map.of("note", note == null ? "" : note)
                        : Map.of("reason", reason, "note", note == null ? "" : note))
                .when().post(REFERRAL + "/referrals/" + referral.get("id") + "/" + action);
    }

    static <T> T await(Supplier<T> probe, Duration timeout, String what) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            T value = probe.get();
            if (value != null && !(value instanceof List<?> l && l.isEmpty())) return value;
            sleep(250);
        }
        throw new AssertionError("not seen within " + timeout.toSeconds() + " s: " + what);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
