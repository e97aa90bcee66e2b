package org.setu.kit.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** Every way a request can go wrong answers an RFC 9457 problem that names the field and repeats no value. */
@QuarkusTest
@TestSecurity(user = "screener", roles = "screener")
@OidcSecurity(claims = @Claim(key = "agency_id", value = ProblemDetailsTest.AGENCY))
class ProblemDetailsTest {

    static final String AGENCY = "5e7c1f3a-2b4d-4c6e-8f10-a1b2c3d4e501";
    private static final String THINGS = "/api/v1/test/things";
    private static final String PROBLEM = "application/problem+json";

    private static ValidatableResponse post(String body) {
        return given().contentType(ContentType.JSON).body(body).when().post(THINGS).then();
    }

    private static ValidatableResponse isProblem(ValidatableResponse r, int status) {
        return r.statusCode(status).contentType(PROBLEM)
                .body("status", equalTo(status))
                .body("type", containsString("/problems/"))
                .body("$", not(hasKey("extensions")))
                .body(not(containsString("Exception")))
                .body(not(containsString("at org.")));
    }

    @Test
    void aWellFormedThingIsCreated() {
        post("""
                {"kind": "SHELTER", "person": {"givenName": "Rahima", "dateOfBirth": "1999-04-02"}}""")
                .statusCode(201).body("status", equalTo("NEW"));
    }

    @Test
    void aReaderWhoAsksForBanglaGetsTheProblemAndItsFieldMessagesInBanglaAndOthersInEnglish() {
        String body = """
                {"kind": "SOUP", "person": {"givenName": "Rahima"}}""";
        isProblem(given().contentType(ContentType.JSON).header("Accept-Language", "bn-BD,bn;q=0.9,en;q=0.5").body(body)
                .when().post(THINGS).then(), 400)
                .header("Content-Language", "bn")
                .body("title", equalTo("অনুরোধটি সঠিক নয়"))
                .body("errors[0].message", containsString("এগুলোর একটি হতে হবে: "))
                .body("errors.field", hasItem("kind"));
        isProblem(given().contentType(ContentType.JSON).header("Accept-Language", "en-GB").body(body).when().post(THINGS).then(), 400)
                .body("title", equalTo("Bad Request"))
                .body("errors[0].message", startsWith("must be one of "));
        isProblem(given().header("Accept-Language", "bn").when().get(THINGS + "/" + java.util.UUID.randomUUID()).then(), 404)
                .body("detail", equalTo("এমন কিছু নেই, অথবা আপনার সংস্থা তা দেখতে পারে না"));
    }

    @Test
    void aMissingNestedFieldIsNamedByItsJsonPathNotTheJavaParameter() {
        isProblem(post("""
                {"kind": "SHELTER", "person": {"givenName": "Rahima"}}"""), 400)
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("person.dateOfBirth"))
                .body("errors[0].message", notNullValue())
                .body(not(containsString("create.")))
                .body(not(containsString("Rahima")));
    }

    @Test
    void everyInvalidFieldIsListedWithItsPathIncludingListElements() {
        isProblem(post("""
                {"person": {"dateOfBirth": "2999-01-01", "languages": ["bn", " "]}, "count": 0}"""), 400)
                .body("errors.field", hasItem("kind"))
                .body("errors.field", hasItem("person.dateOfBirth"))
                .body("errors.field", hasItem("person.languages[1]"))
                .body("errors.field", hasItem("count"));
    }

    @Test
    void aMissingBodyIsAValidationProblem() {
        isProblem(given().contentType(ContentType.JSON).when().post(THINGS).then(), 400)
                .body("errors[0].field", equalTo("request"));
    }

    @Test
    void malformedJsonIsABadRequestNotAServerError() {
        isProblem(post("{\"kind\": SHELTER}"), 400).body("detail", containsString("JSON"));
        isProblem(post("{\"kind\": \"SHELTER\", \"person\": {"), 400).body("detail", containsString("JSON"));
    }

    @Test
    void anUnknownEnumValueNamesTheFieldAndTheAllowedValuesButNotTheValueSent() {
        isProblem(post("""
                {"kind": "Rahima-Begum", "person": {"dateOfBirth": "1999-04-02"}}"""), 400)
                .body("errors[0].field", equalTo("kind"))
                .body("errors[0].message", allOf(containsString("SHELTER"), containsString("MEDICAL"),
                        containsString("LEGAL_AID")))
                .body(not(containsString("Rahima")));
    }

    @Test
    void aValueOfTheWrongTypeNamesTheNestedFieldButNotTheValueSent() {
        isProblem(post("""
                {"kind": "SHELTER", "person": {"dateOfBirth": "+8801711000000"}}"""), 400)
                .body("errors[0].field", equalTo("person.dateOfBirth"))
                .body("errors[0].message", containsString("date"))
                .body(not(containsString("8801711000000")));
        isProblem(post("""
                {"kind": "SHELTER", "person": {"dateOfBirth": "1999-04-02"}, "count": "Rahima"}"""), 400)
                .body("errors[0].field", equalTo("count"))
                .body(not(containsString("Rahima")));
        isProblem(post("""
                {"kind": "SHELTER", "person": "Rahima"}"""), 400)
                .body("errors[0].field", equalTo("person"))
                .body(not(containsString("Rahima")));
    }

    @Test
    void aDateIsAnIsoStringAndNeitherAnEmptyArrayNorTheArrayForm() {
        for (String date : new String[]{"[]", "[1999, 4, 2]", "19990402"}) {
            isProblem(post("{\"kind\": \"SHELTER\", \"person\": {\"dateOfBirth\": " + date + "}}"), 400)
                    .body("errors[0].field", equalTo("person.dateOfBirth"));
        }
    }

    @Test
    void anUnknownThingIsNotFound() {
        isProblem(given().when().get(THINGS + "/" + java.util.UUID.randomUUID()).then(), 404)
                .body("title", equalTo("Not Found"));
    }

    @Test
    void aThingAnApplicationServiceCannotFindIsAnsweredLikeAMissingPath() {
        String unknown = THINGS + "/" + java.util.UUID.randomUUID();
        String missingPath = given().when().get(unknown).then().statusCode(404).extract().body().asString();
        isProblem(given().header("If-Match", "0").when().post(unknown + "/approve").then(), 404)
                .body("title", equalTo("Not Found"))
                .body("detail", equalTo("no such resource, or not visible to your agency"));
        org.junit.jupiter.api.Assertions.assertEquals(missingPath,
                given().header("If-Match", "0").when().post(unknown + "/approve").then().extract().body().asString());
    }

    @Test
    void approvingWithAStaleVersionIsAConflictThatTellsTheCurrentVersion() {
        String id = post("""
                {"kind": "MEDICAL", "person": {"dateOfBirth": "1999-04-02"}}""").statusCode(201).extract().path("id");

        isProblem(given().header("If-Match", "7").when().post(THINGS + "/" + id + "/approve").then(), 409)
                .body("currentStatus", equalTo("NEW"))
                .body("currentVersion", equalTo(1));
        given().header("If-Match", "1").when().post(THINGS + "/" + id + "/approve").then()
                .statusCode(200).body("status", equalTo("APPROVED"));
        isProblem(given().header("If-Match", "2").when().post(THINGS + "/" + id + "/approve").then(), 409)
                .body("currentStatus", equalTo("APPROVED"))
                .body("currentVersion", equalTo(2));
    }

    @Test
    void aBodyOverTheSizeLimitIsRefusedAsAProblem() {
        String big = "{\"kind\": \"SHELTER\", \"person\": {\"givenName\": \"" + "x".repeat(70_000) + "\"}}";
        isProblem(post(big), 413).body("title", equalTo("Content Too Large"));
    }

    @Test
    void aQueryOfAMegabyteIsRefusedAsAProblemNotABareStatus() {
        isProblem(given().queryParam("q", "x".repeat(1024 * 1024)).when().get(THINGS).then(), 414)
                .body("title", equalTo("URI Too Long"));
    }

    @Test
    void aUriJustOverTheLimitIsRefusedWhileOneWithinItIsServed() {
        String path = THINGS + "/" + java.util.UUID.randomUUID();
        String within = "x".repeat(8000 - path.length());
        isProblem(given().queryParam("q", within).when().get(path).then(), 404);
        isProblem(given().queryParam("q", within + "x".repeat(300)).when().get(path).then(), 414);
    }

    @Test
    void aBodyThatIsNotJsonIsAnUnsupportedMediaType() {
        isProblem(given().contentType(ContentType.XML).body("<thing/>").when().post(THINGS).then(), 415);
    }

    @Test
    void anUnexpectedErrorHidesItsCauseAndGivesACorrelationId() {
        isProblem(given().when().get(THINGS + "/boom").then(), 500)
                .body("correlationId", matchesPattern("[0-9a-f-]{36}"))
                .body(not(containsString("hunter2")))
                .body(not(containsString("Rahima")))
                .body(not(containsString("IllegalState")));
    }
}
