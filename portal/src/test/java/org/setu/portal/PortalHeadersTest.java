package org.setu.portal;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class PortalHeadersTest {

    @Test
    void thePageRunsOnlyItsOwnScriptFilesAndTalksOnlyToKeycloakAndTheApis() {
        given().when().get("/").then().statusCode(200)
                .header("Content-Security-Policy", allOf(
                        containsString("script-src 'self';"),
                        not(containsString("unsafe-inline")), not(containsString("unsafe-eval")),
                        containsString("connect-src 'self' http://localhost:8180 http://localhost:8081 "
                                + "http://localhost:8082 http://localhost:8083 http://localhost:8084 http://localhost:8085;"),
                        containsString("frame-ancestors 'none'")));
    }

    @Test
    void theBuiltPageHasNoInlineScript() {
        String page = given().when().get("/").then().statusCode(200).extract().asString();
        assertFalse(Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>").matcher(page).find(), "an inline <script> in " + page);
    }

    @Test
    void indexHtmlIsRevalidatedAtEveryLoadSoThatAFixReachesEveryBrowser() {
        given().when().get("/").then().statusCode(200).header("Cache-Control", equalTo("no-cache"));
        given().when().get("/index.html").then().statusCode(200).header("Cache-Control", equalTo("no-cache"));
        given().when().get("/config.json").then().statusCode(200).header("Cache-Control", containsString("no-store"));
    }

    @Test
    void hstsIsSentOnlyWhenThePageCameOverTls() {
        given().when().get("/").then().header("Strict-Transport-Security", nullValue());
        given().header("X-Forwarded-Proto", "https").when().get("/").then()
                .header("Strict-Transport-Security", containsString("max-age=31536000"));
    }
}
