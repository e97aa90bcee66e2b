package org.setu.directory.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.setu.directory.Fixtures;
import org.setu.directory.Hsds31;
import org.setu.directory.app.DirectoryLoader;
import org.setu.events.directory.Capacity;
import org.setu.events.directory.CapacityUnit;
import org.setu.events.directory.CoverageLevel;
import org.setu.events.directory.Eligibility;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Sex;
import org.setu.events.vocabulary.VictimCategory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.setu.directory.Fixtures.NRM_SECRETARIAT;

@QuarkusTest
@TestSecurity(user = "diradmin", roles = "directory-admin")
@OidcSecurity(claims = @Claim(key = "agency_id", value = NRM_SECRETARIAT))
class HsdsExchangeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Fixtures fixtures;

    @Inject
    DirectoryLoader loader;

    @Inject
    DataSource dataSource;

    private void emptyTheDirectory() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("TRUNCATE service_location, service_coverage, directory_service, location, organization");
        }
    }

    private JsonNode export() throws Exception {
        return JSON.readTree(given().get("/api/v1/export/hsds").then().statusCode(200).extract().asString());
    }

    private void aSmallDirectory() {
        UUID org = fixtures.organization("Round trip NGO");
        UUID home = fixtures.location(org, "47", true);
        UUID office = fixtures.location(org, "9", false);
        fixtures.service(org).named("Safe home", "নিরাপদ আবাস").at(home)
                .eligibility(new Eligibility(List.of(Sex.FEMALE, Sex.THIRD_GENDER), 18, 59,
                        List.of(VictimCategory.TRAFFICKING_VICTIM), List.of("BD")))
                .languages("bn", "en").covering(CoverageLevel.DIVISION, "6").create();
        fixtures.service(org).named("Counselling", null).category(ServiceCategory.PSYCHOSOCIAL).at(office)
                .capacity(null).accepting(false).covering(CoverageLevel.UPAZILA, "365").create();
        fixtures.service(org).named("Legal aid", "আইনি সহায়তা").category(ServiceCategory.LEGAL_AID)
                .capacity(new Capacity(0, 3, CapacityUnit.SLOTS)).create();
    }

    @Test
    void theExportKeepsToTheOfficialHsds31SchemaOfAnOrganization() throws Exception {
        emptyTheDirectory();
        aSmallDirectory();
        loader.loadSample();
        JsonNode export = export();

        assertThat(export.get("contents").size()).isGreaterThan(70);
        for (JsonNode org : export.get("contents")) {
            assertThat(Hsds31.ORGANIZATION.problems(org)).as("organization %s", org.get("id")).isEmpty();
        }
        // the schema does bite: a service without its status is not HSDS
        JsonNode broken = export.get("contents").get(0).deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.get("services").get(0)).remove("status");
        assertThat(Hsds31.ORGANIZATION.problems(broken)).isNotEmpty();
    }

    @Test
    void anExportImportedIntoAnEmptyDirectoryGivesTheSameDirectory() throws Exception {
        emptyTheDirectory();
        aSmallDirectory();
        loader.loadSample();
        JsonNode first = export();

        emptyTheDirectory();
        assertThat(export().get("contents").size()).isZero();
        given().contentType("application/json").body(first.toString()).post("/api/v1/import/hsds").then().statusCode(200);
        JsonNode second = export();

        assertThat(second.get("total_items")).isEqualTo(first.get("total_items"));
        assertThat(second).isEqualTo(first);
        assertThat(first.findValues("services").stream().mapToInt(JsonNode::size).sum()).isGreaterThan(150);
        Set<String> categories = first.findValues("taxonomy_term").stream()
                .filter(t -> "setu".equals(t.path("taxonomy").asText())).map(t -> t.get("code").asText()).collect(Collectors.toSet());
        assertThat(categories).hasSize(13);
    }

    private long versionsAndEvents() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             java.sql.ResultSet r = s.executeQuery("SELECT (SELECT coalesce(sum(version), 0) FROM directory_service) * 1000000"
                     + " + (SELECT count(*) FROM kit_outbox)")) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void aDryRunOfSetusOwnExportAnswersWhatTheImportWouldDoAndChangesNothing() throws Exception {
        emptyTheDirectory();
        aSmallDirectory();
        JsonNode first = export();
        long before = versionsAndEvents();

        JsonNode report = JSON.readTree(given().contentType("application/json").body(first.toString())
                .post("/api/v1/import/hsds?dryRun=true").then().statusCode(200).extract().asString());

        assertThat(report.get("form").asText()).isEqualTo("setu");
        assertThat(report.get("dryRun").asBoolean()).isTrue();
        assertThat(report.get("imported").get("services").asInt()).isEqualTo(3);
        assertThat(report.get("records").size()).isEqualTo(1 + 2 + 3);
        assertThat(versionsAndEvents()).as("no new version, no event").isEqualTo(before);
        assertThat(export()).isEqualTo(first);
    }
}
