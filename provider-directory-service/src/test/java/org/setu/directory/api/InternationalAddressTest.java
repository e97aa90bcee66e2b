package org.setu.directory.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.setu.directory.Hsds31;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.setu.directory.Fixtures.NRM_SECRETARIAT;

/** Websites and email addresses at internationalised domains, and what is no address at all. */
@QuarkusTest
@TestSecurity(user = "diradmin", roles = "directory-admin")
@OidcSecurity(claims = @Claim(key = "agency_id", value = NRM_SECRETARIAT))
class InternationalAddressTest {

    private static final String DHAKA_BANGLA = "xn--p5bz3fb.xn--54b7fta0cc";

    private static Map<String, Object> organization(String website, String email) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", Map.of("en", "Dhaka Bangla NGO", "bn", "ঢাকা বাংলা এনজিও"));
        body.put("website", website);
        body.put("email", email);
        return body;
    }

    @Test
    void anOrganizationAtABanglaDomainIsStoredAndExportedInAsciiAndKeepsToHsds() throws Exception {
        String org = given().contentType("application/json").body(organization("https://ঢাকা.বাংলা/", "sheba@ঢাকা.বাংলা"))
                .post("/api/v1/organizations").then().statusCode(201)
                .body("website", equalTo("https://" + DHAKA_BANGLA + "/"))
                .body("email", equalTo("sheba@" + DHAKA_BANGLA)).extract().path("id");
        Map<String, Object> service = ServiceRequests.shelter(org);
        service.put("referralContact", Map.of("email", "focal@ঢাকা.বাংলা", "webhookUrl", "https://ঢাকা.বাংলা/hooks/setu",
                "language", "bn"));
        given().contentType("application/json").body(service).post("/api/v1/services").then().statusCode(201)
                .body("referralContact.email", equalTo("focal@" + DHAKA_BANGLA))
                .body("referralContact.webhookUrl", equalTo("https://" + DHAKA_BANGLA + "/hooks/setu"));

        JsonNode export = new ObjectMapper().readTree(given().get("/api/v1/export/hsds").then().statusCode(200).extract().asString());
        JsonNode exported = null;
        for (JsonNode o : export.get("contents")) if (org.equals(o.path("id").asText())) exported = o;
        assertThat(exported).as("the organization in the export").isNotNull();
        assertThat(exported.path("website").asText()).isEqualTo("https://" + DHAKA_BANGLA + "/");
        assertThat(Hsds31.ORGANIZATION.problems(exported)).as("HSDS problems").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"not a url", "https://", "ftp://example.org/", "javascript:alert(1)", "https://bad_host.org/",
            "https://user:secret@example.org/", "https://ঢাকা .বাংলা/"})
    void aWebsiteNoParserAcceptsIsRefusedNamingTheField(String garbage) {
        given().contentType("application/json").body(organization(garbage, null)).post("/api/v1/organizations")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("website"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"x@y", "a@b@example.org", "ক@example.org", "x@-bad.org", "sheba@ঢাকা..বাংলা"})
    void anEmailNoParserAcceptsIsRefusedNamingTheField(String garbage) {
        given().contentType("application/json").body(organization(null, garbage)).post("/api/v1/organizations")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("email"));
    }

    @Test
    void aReferralContactNoParserAcceptsIsRefusedNamingTheField() {
        String org = given().contentType("application/json").body(organization(null, null))
                .post("/api/v1/organizations").then().statusCode(201).extract().path("id");
        Map<String, Object> service = ServiceRequests.shelter(org);
        service.put("referralContact", Map.of("email", "focal@exa mple.org", "webhookUrl", "https://exa_mple.org/", "language", "bn"));
        given().contentType("application/json").body(service).post("/api/v1/services").then().statusCode(400)
                .body("errors.field", hasItem("referralContact.email"))
                .body("errors.field", hasItem("referralContact.webhookUrl"));
    }
}
