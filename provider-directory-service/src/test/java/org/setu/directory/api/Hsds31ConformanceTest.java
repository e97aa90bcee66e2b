package org.setu.directory.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.setu.directory.Fixtures;
import org.setu.directory.Hsds31;
import org.setu.directory.app.DirectoryLoader;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.setu.directory.Fixtures.NRM_SECRETARIAT;

/**
 * The HSDS export as another directory would take it in with Open Referral's tooling: every organization, service,
 * location and service_at_location it holds validates against the published HSDS 3.1 schema the HSDS API
 * description gives that record, formats enforced, Bangla names and an internationalised domain included.
 */
@QuarkusTest
@TestSecurity(user = "diradmin", roles = "directory-admin")
@OidcSecurity(claims = @Claim(key = "agency_id", value = NRM_SECRETARIAT))
class Hsds31ConformanceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Fixtures fixtures;

    @Inject
    DirectoryLoader loader;

    @Test
    void everyExportedOrganizationServiceLocationAndServiceAtLocationKeepsToOpenReferralsHsds31Schemas() throws Exception {
        if (export().get("contents").size() < 70) loader.loadSample();
        String org = given().contentType("application/json")
                .body(Map.of("name", Map.of("en", "Dhaka Bangla NGO", "bn", "ঢাকা বাংলা এনজিও"),
                        "website", "https://ঢাকা.বাংলা/", "email", "sheba@ঢাকা.বাংলা"))
                .post("/api/v1/organizations").then().statusCode(201).extract().path("id");
        UUID home = fixtures.location(UUID.fromString(org), "47", false);
        fixtures.service(UUID.fromString(org)).named("Safe home", "নিরাপদ আবাস").languages("bn", "en").at(home).create();

        JsonNode export = export();
        Map<Hsds31, Integer> validated = new EnumMap<>(Hsds31.class);
        List<String> problems = new ArrayList<>();
        JsonNode bangla = null;
        for (JsonNode o : export.get("contents")) {
            check(Hsds31.ORGANIZATION, o, validated, problems);
            for (JsonNode l : o.path("locations")) check(Hsds31.LOCATION, l, validated, problems);
            for (JsonNode s : o.path("services")) {
                check(Hsds31.SERVICE, s, validated, problems);
                for (JsonNode at : s.path("service_at_locations")) check(Hsds31.SERVICE_AT_LOCATION, at, validated, problems);
            }
            if (org.equals(o.path("id").asText())) bangla = o;
        }
        int total = validated.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("[hsds] %d exported records validated against HSDS 3.1: %s; %d problems%n", total, validated, problems.size());
        problems.stream().limit(20).forEach(p -> System.out.println("[hsds] " + p));

        assertThat(problems).as("exported records that do not keep to HSDS 3.1").isEmpty();
        assertThat(validated.get(Hsds31.ORGANIZATION)).as("organizations").isGreaterThan(70);
        assertThat(validated).as("every kind of record checked").containsKeys(Hsds31.values());
        assertThat(bangla).as("the organization at a Bangla domain, in the export").isNotNull();
        assertThat(bangla.path("website").asText()).isEqualTo("https://xn--p5bz3fb.xn--54b7fta0cc/");
        assertThat(bangla.path("alternate_name").asText()).isEqualTo("ঢাকা বাংলা এনজিও");
        assertThat(bangla.path("services").get(0).path("service_at_locations")).as("its service at its location").hasSize(1);
    }

    /** The controls: each schema refuses a record the export must never contain, formats included. */
    @Test
    void theHsds31SchemasRefuseWhatTheExportMustNeverContain() throws Exception {
        if (export().get("contents").size() < 70) loader.loadSample();
        JsonNode export = export();
        JsonNode organization = null;
        for (JsonNode o : export.get("contents")) {
            if (!o.path("locations").isEmpty() && !o.path("services").isEmpty()
                    && !o.path("services").get(0).path("service_at_locations").isEmpty()) organization = o;
        }
        assertThat(organization).as("an organization with a location and a service at it").isNotNull();

        ObjectNode unicodeWebsite = organization.deepCopy();
        unicodeWebsite.put("website", "https://ঢাকা.বাংলা/");
        assertThat(Hsds31.ORGANIZATION.problems(unicodeWebsite)).as("a website no URI parser takes as it is").isNotEmpty();
        ObjectNode badEmail = ((ObjectNode) organization.path("services").get(0)).deepCopy();
        badEmail.put("email", "focal point at ngo");
        assertThat(Hsds31.SERVICE.problems(badEmail)).as("an email that is none").isNotEmpty();
        ObjectNode badTime = ((ObjectNode) organization.path("services").get(0)).deepCopy();
        badTime.put("last_modified", "yesterday");
        assertThat(Hsds31.SERVICE.problems(badTime)).as("a date-time that is none").isNotEmpty();
        ObjectNode badId = ((ObjectNode) organization.path("services").get(0).path("service_at_locations").get(0)).deepCopy();
        badId.put("id", "not-a-uuid");
        assertThat(Hsds31.SERVICE_AT_LOCATION.problems(badId)).as("an id that is no uuid").isNotEmpty();
        ObjectNode untyped = ((ObjectNode) organization.path("locations").get(0)).deepCopy();
        untyped.remove("location_type");
        assertThat(Hsds31.LOCATION.problems(untyped)).as("a location without its type").isNotEmpty();
        ObjectNode badAddress = ((ObjectNode) organization.path("locations").get(0)).deepCopy();
        ((ObjectNode) badAddress.path("addresses").get(0)).put("id", "not-a-uuid");
        assertThat(Hsds31.LOCATION.problems(badAddress)).as("an address (a referenced schema) with no uuid").isNotEmpty();
    }

    private static void check(Hsds31 schema, JsonNode record, Map<Hsds31, Integer> validated, List<String> problems) {
        validated.merge(schema, 1, Integer::sum);
        for (String p : schema.problems(record)) problems.add(schema + " " + record.path("id").asText() + ": " + p);
    }

    private static JsonNode export() throws Exception {
        return JSON.readTree(given().get("/api/v1/export/hsds").then().statusCode(200).extract().asString());
    }
}
