package org.setu.directory.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.setu.directory.Fixtures.DHAKA_DEMO_NGO;
import static org.setu.directory.Fixtures.NRM_SECRETARIAT;

/**
 * The directory admin keeps the HSDS import's taxonomy mapping as data (issue #21): an edit is stored in the
 * directory's database, guarded by the version read, and the very next import maps with it, without a restart.
 */
@QuarkusTest
@TestSecurity(user = "diradmin", roles = "directory-admin")
@OidcSecurity(claims = {@Claim(key = "agency_id", value = NRM_SECRETARIAT), @Claim(key = "sub", value = TaxonomyMappingEditTest.ADMIN_SUBJECT)})
class TaxonomyMappingEditTest {

    static final String ADMIN_SUBJECT = "5d7f3c2a-0000-4000-8000-00000000a001";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MAPPING = "/api/v1/import/hsds/taxonomy-mapping";

    /**
     * A fictional Teknaf NGO forum's service, classified only in the forum's own vocabulary: neither the term nor the
     * service's name says a category in words the built-in mapping knows.
     */
    private static final String FORUM_SERVICE = """
            {"contents": [{
              "id": "5d7f3c2a-0000-4000-8000-000000000201",
              "name": "Nouka ghat desk",
              "status": "active",
              "email": "desk@teknaf-forum.example.org",
              "organization": {"id": "5d7f3c2a-0000-4000-8000-000000000001", "name": "Teknaf NGO Forum (test)"},
              "attributes": [{"id": "5d7f3c2a-0000-4000-8000-800000000001",
                              "taxonomy_term": {"id": "5d7f3c2a-0000-4000-8000-900000000001", "code": "TF-9.2",
                                                "name": "Nouka ghat", "taxonomy": "Teknaf Forum"}}],
              "service_areas": [{"id": "5d7f3c2a-0000-4000-8000-410000000001", "name": "Cox's Bazar"}]
            }]}""";

    @Inject
    DataSource dataSource;

    @BeforeEach
    @AfterEach
    void theBuiltInFileIsInForce() throws Exception {
        sql("DELETE FROM taxonomy_mapping");
    }

    @Test
    void aDirectoryAdminTeachesTheImportANewPublishersTermAndTheNextDryRunMapsIt() throws Exception {
        JsonNode before = dryRunService();
        assertThat(before.get("outcome").asText()).isEqualTo("NOT_IMPORTED");
        assertThat(before.get("reasons").toString()).contains("'Nouka ghat' (Teknaf Forum)", "are in no mapping");

        String version = given().get(MAPPING).then().statusCode(200).extract().header("ETag");
        assertThat(version).isEqualTo("\"0\"");
        put(withForumVocabulary("REPATRIATION"), version).statusCode(200).header("ETag", "\"1\"")
                .body("vocabularies.id", hasItem("teknaf-forum"));

        JsonNode after = dryRunService();
        assertThat(after.get("category").asText()).isEqualTo("REPATRIATION");
        assertThat(after.get("outcome").asText()).isNotEqualTo("NOT_IMPORTED");
        given().get(MAPPING).then().statusCode(200).header("ETag", "\"1\"").body("vocabularies.id", hasItem("teknaf-forum"))
                .body("words.counselling", equalTo("PSYCHOSOCIAL"));
        assertThat(rows()).containsExactly("1 " + ADMIN_SUBJECT + " edited");
        assertThat(one("SELECT action || ' ' || purpose FROM kit_audit_trail WHERE resource_type = 'taxonomy-mapping' AND resource_id = '1'"))
                .isEqualTo("CHANGE DIRECTORY_MANAGEMENT");
    }

    @Test
    void theDirectoryAdminCanGoBackToTheBuiltInMappingAndTheTermIsUnmappedAgain() throws Exception {
        put(withForumVocabulary("REPATRIATION"), "\"0\"").statusCode(200);

        given().header("If-Match", "\"1\"").delete(MAPPING).then().statusCode(200).header("ETag", "\"2\"")
                .body("vocabularies.id", not(hasItem("teknaf-forum")));

        assertThat(dryRunService().get("outcome").asText()).isEqualTo("NOT_IMPORTED");
        given().get(MAPPING).then().statusCode(200).header("ETag", "\"2\"");
        assertThat(rows()).containsExactly("1 " + ADMIN_SUBJECT + " edited", "2 " + ADMIN_SUBJECT + " built-in");
    }

    @Test
    void anEditMadeFromAStaleVersionIsRefusedAndTheColleaguesEditStays() throws Exception {
        put(withForumVocabulary("REPATRIATION"), "\"0\"").statusCode(200).header("ETag", "\"1\"");

        put(withForumVocabulary("SHELTER"), "\"0\"").statusCode(409).contentType(startsWith("application/problem+json"))
                .body("currentVersion", equalTo(1));
        given().header("If-Match", "\"0\"").delete(MAPPING).then().statusCode(409).body("currentVersion", equalTo(1));

        assertThat(dryRunService().get("category").asText()).isEqualTo("REPATRIATION");
        assertThat(rows()).containsExactly("1 " + ADMIN_SUBJECT + " edited");
    }

    @Test
    void twoAdminsSavingAtTheSameMomentFromTheSameVersionGetOneEditAndOneConflictNeverAnError() throws Exception {
        String body = withForumVocabulary("REPATRIATION");
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                String version = "\"" + round + "\"";
                CountDownLatch start = new CountDownLatch(1);
                Callable<Integer> save = () -> {
                    start.await();
                    return put(body, version).extract().statusCode();
                };
                Future<Integer> a = two.submit(save);
                Future<Integer> b = two.submit(save);
                start.countDown();
                assertThat(List.of(a.get(30, TimeUnit.SECONDS), b.get(30, TimeUnit.SECONDS))).as("round %d", round)
                        .containsExactlyInAnyOrder(200, 409);
            }
        } finally {
            two.shutdownNow();
        }
        assertThat(rows()).hasSize(5);
    }

    @Test
    void anEditWithoutTheVersionReadIsAskedForIt() throws Exception {
        given().contentType("application/json").body(withForumVocabulary("REPATRIATION")).put(MAPPING).then().statusCode(428)
                .contentType(startsWith("application/problem+json")).body("detail", startsWith("this change needs If-Match"));
        given().delete(MAPPING).then().statusCode(428);
        given().contentType("application/json").body("{\"vocabularies\": []}").put(MAPPING).then().statusCode(400)
                .body("errors[0].field", equalTo("words"));
        put(withForumVocabulary("REPATRIATION"), "version one").statusCode(400)
                .body("errors[0].field", equalTo("If-Match"));
        assertThat(rows()).isEmpty();
    }

    @Test
    void aBadMappingIsAProblemNamingTheEntryAndChangesNothing() throws Exception {
        int forum = JSON.readTree(TaxonomyMappingEditTest.class.getResourceAsStream("/hsds/taxonomy-mapping.json")).get("vocabularies").size();
        put(withForumVocabulary("FERRY_CROSSING"), "\"0\"").statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("vocabularies[" + forum + "].codes.TF-9"))
                .body("errors[0].message", equalTo("is not one of Setu's 13 categories"));
        put("{\"vocabularies\": [ {\"id\": ", "\"0\"").statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("body")).body("errors[0].message", startsWith("is not JSON"));
        bad("[1, 2]", "body", "must be an object");
        bad("{}", "vocabularies", "is required");
        bad("{\"vocabularies\": {\"teknaf-forum\": {}}, \"words\": {}}", "vocabularies", "must be an array");
        bad("{\"vocabularies\": [\"teknaf-forum\"], \"words\": {}}", "vocabularies[0]", "must be an object");
        bad("{\"vocabularies\": [{\"names\": [\"Teknaf Forum\", 7]}], \"words\": {}}", "vocabularies[0].names[1]", "must be a string");
        bad("{\"vocabularies\": [{\"codes\": [\"TF-9\"]}], \"words\": {}}", "vocabularies[0].codes", "must be an object");
        bad("{\"vocabularies\": [], \"words\": {\"ferry\": 3}}", "words.ferry", "is not one of Setu's 13 categories");
        bad("{\"vocabularies\": []}", "words", "is required");
        given().contentType("application/json").header("If-Match", "\"0\"").body(new byte[0]).put(MAPPING).then().statusCode(400)
                .body("errors[0].field", equalTo("body")).body("errors[0].message", equalTo("must be a taxonomy mapping (JSON)"));

        assertThat(rows()).isEmpty();
        given().get(MAPPING).then().statusCode(200).header("ETag", "\"0\"");
        assertThat(dryRunService().get("outcome").asText()).isEqualTo("NOT_IMPORTED");
    }

    @Test
    void theAdminWhoAsksInBanglaIsToldInBangla() throws Exception {
        given().contentType("application/json").header("Accept-Language", "bn").header("If-Match", "\"0\"")
                .body("{\"vocabularies\": [], \"words\": {\"ferry\": \"FERRY\"}}").put(MAPPING).then().statusCode(400)
                .body("errors[0].field", equalTo("words.ferry")).body("errors[0].message", equalTo("সেতুর ১৩টি সেবা-ধরনের কোনোটি নয়"));
        given().contentType("application/json").header("Accept-Language", "bn").body(withForumVocabulary("REPATRIATION"))
                .put(MAPPING).then().statusCode(428).body("title", equalTo("পূর্বশর্ত প্রয়োজন"))
                .body("detail", startsWith("এই পরিবর্তনে If-Match-এ"));
        assertThat(rows()).isEmpty();
    }

    @Test
    @TestSecurity(user = "screener", roles = "screener")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = NRM_SECRETARIAT))
    void aScreenerCannotReadOrChangeTheMapping() throws Exception {
        refused();
    }

    @Test
    @TestSecurity(user = "provider", roles = "provider-staff")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA_DEMO_NGO))
    void providerStaffCannotReadOrChangeTheMapping() throws Exception {
        refused();
    }

    @Test
    @TestSecurity(user = "agencyadmin", roles = "agency-admin")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA_DEMO_NGO))
    void anAgencyAdminCannotReadOrChangeTheMapping() throws Exception {
        refused();
    }

    /** 403 for every verb, before the body or the version is looked at; nothing written. */
    private void refused() throws Exception {
        given().get(MAPPING).then().statusCode(403).contentType(startsWith("application/problem+json"));
        put(withForumVocabulary("REPATRIATION"), "\"0\"").statusCode(403).contentType(startsWith("application/problem+json"));
        put("{\"vocabularies\": []}", null).statusCode(403);
        given().header("If-Match", "\"0\"").delete(MAPPING).then().statusCode(403).contentType(startsWith("application/problem+json"));
        assertThat(rows()).isEmpty();
    }

    private void bad(String body, String field, String message) {
        put(body, "\"0\"").statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo(field)).body("errors[0].message", equalTo(message));
    }

    private static ValidatableResponse put(String body, String ifMatch) {
        var request = given().contentType("application/json").body(body);
        if (ifMatch != null) request = request.header("If-Match", ifMatch);
        return request.put(MAPPING).then();
    }

    /** The built-in mapping file with the forum's vocabulary added: its code TF-9 names the category. */
    private static String withForumVocabulary(String category) throws Exception {
        ObjectNode doc = (ObjectNode) JSON.readTree(TaxonomyMappingEditTest.class.getResourceAsStream("/hsds/taxonomy-mapping.json"));
        ObjectNode forum = ((ArrayNode) doc.get("vocabularies")).addObject();
        forum.put("id", "teknaf-forum");
        forum.put("source", "a fictional NGO forum's own service codes, for Setu's tests");
        forum.putArray("names").add("Teknaf Forum");
        forum.putObject("codes").put("TF-9", category);
        return doc.toString();
    }

    /** The report's record of the forum's service, from a dry run. */
    private static JsonNode dryRunService() throws Exception {
        JsonNode report = JSON.readTree(given().contentType("application/json").body(FORUM_SERVICE).post("/api/v1/import/hsds?dryRun=true")
                .then().statusCode(200).extract().asString());
        assertThat(report.get("dryRun").asBoolean()).isTrue();
        for (JsonNode r : report.get("records")) {
            if (r.get("kind").asText().equals("service")) return r;
        }
        throw new AssertionError("no service in the report " + report);
    }

    /** The stored versions: "version changed_by edited|built-in". */
    private List<String> rows() throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT version, changed_by, document IS NULL FROM taxonomy_mapping ORDER BY version")) {
            while (r.next()) out.add(r.getLong(1) + " " + r.getString(2) + (r.getBoolean(3) ? " built-in" : " edited"));
        }
        return out;
    }

    private String one(String query) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(query)) {
            return r.next() ? r.getString(1) : null;
        }
    }

    private void sql(String statement) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
