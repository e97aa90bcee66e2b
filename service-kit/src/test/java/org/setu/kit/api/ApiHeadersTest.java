package org.setu.kit.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;

/** No answer of the API, good or bad, may be kept by a cache or sniffed into another type by a browser. */
@QuarkusTest
@TestSecurity(user = "screener", roles = "screener")
@OidcSecurity(claims = @Claim(key = "agency_id", value = ProblemDetailsTest.AGENCY))
class ApiHeadersTest {

    @Test
    void anAnswerHoldingPersonalDataIsNeitherCachedNorSniffed() {
        given().contentType(ContentType.JSON).body("""
                {"kind": "SHELTER", "person": {"givenName": "Rahima", "dateOfBirth": "1999-04-02"}}""")
                .when().post("/api/v1/test/things")
                .then().statusCode(201)
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void aProblemIsNeitherCachedNorSniffedEither() {
        given().contentType(ContentType.JSON).body("{")
                .when().post("/api/v1/test/things")
                .then().statusCode(400)
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff");
    }
}
