package org.setu.kit.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** Whatever arrives as a bearer token, the answer is a 401 problem, never a 500. */
@QuarkusTest
class BearerShapeTest {

    @ParameterizedTest
    @ValueSource(strings = {"....", "abc", "a.b", "a..c", "a.b.c.d", "é.b.c", "{}", "Bearer x.y.z"})
    void aBearerValueThatIsNoJwtAtAllAnswers401(String nonsense) {
        given().header("Authorization", "Bearer " + nonsense).when().get("/api/v1/test/things/00000000-0000-4000-8000-000000000000")
                .then().statusCode(401).contentType("application/problem+json").body("status", equalTo(401));
    }
}
