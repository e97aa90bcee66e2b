package org.setu.directory.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.setu.directory.Hsds31;

import javax.sql.DataSource;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.setu.directory.Fixtures.NRM_SECRETARIAT;

/**
 * HSDS documents written by other publishers (issue #21): the Open Referral examples, and a Bangladeshi NGO's service
 * mapping in another tool's style. The dry run reports record by record and writes nothing; the real run imports
 * exactly what the dry run accepted; the same document again changes nothing.
 */
@QuarkusTest
@TestSecurity(user = "diradmin", roles = "directory-admin")
@OidcSecurity(claims = @Claim(key = "agency_id", value = NRM_SECRETARIAT))
class HsdsFromOtherPublishersTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NGO = "7c0b5a1e-0000-4000-8000-000000000001";
    private static final String UKHIYA_SAFE_HOME = "7c0b5a1e-0000-4000-8000-000000000101";
    private static final String CLINIC_STOP = "7c0b5a1e-0000-4000-8000-000000000102";
    private static final String CHITTAGONG_DESK = "7c0b5a1e-0000-4000-8000-000000000103";
    private static final String KOLKATA_OFFICE = "7c0b5a1e-0000-4000-8000-000000000104";
    private static final String SAFE_HOME = "7c0b5a1e-0000-4000-8000-000000000201";
    private static final String CLINIC = "7c0b5a1e-0000-4000-8000-000000000202";
    private static final String LEGAL_AID = "7c0b5a1e-0000-4000-8000-000000000203";
    private static final String WASH = "7c0b5a1e-0000-4000-8000-000000000204";
    private static final String REINTEGRATION = "7c0b5a1e-0000-4000-8000-000000000205";

    @Inject
    DataSource dataSource;

    private static String resource(String path) throws Exception {
        try (InputStream in = HsdsFromOtherPublishersTest.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static JsonNode post(String body, boolean dryRun) throws Exception {
        return JSON.readTree(given().contentType("application/json").body(body.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/import/hsds" + (dryRun ? "?dryRun=true" : "")).then().statusCode(200).extract().asString());
    }

    private static JsonNode dryRunInBangla(String body) throws Exception {
        return JSON.readTree(given().contentType("application/json").header("Accept-Language", "bn-BD,bn;q=0.9,en;q=0.5")
                .body(body.getBytes(StandardCharsets.UTF_8)).post("/api/v1/import/hsds?dryRun=true")
                .then().statusCode(200).extract().asString());
    }

    private void forget(String... ids) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            String list = "'" + String.join("','", ids) + "'";
            s.execute("DELETE FROM directory_service WHERE organization_id IN (" + list + ")");
            s.execute("DELETE FROM organization WHERE id IN (" + list + ")");
            s.execute("DELETE FROM import_source");
        }
    }

    private static final Map<String, String> QUERIES = new LinkedHashMap<>();

    static {
        QUERIES.put("organization", "SELECT o::text FROM organization o WHERE id = ?::uuid");
        QUERIES.put("location", "SELECT l::text FROM location l WHERE id = ?::uuid");
        QUERIES.put("service", "SELECT s::text FROM directory_service s WHERE id = ?::uuid");
        QUERIES.put("coverage", "SELECT string_agg(level || ':' || area_id, ',' ORDER BY level, area_id) FROM service_coverage WHERE service_id = ?::uuid");
        QUERIES.put("events", "SELECT count(*)::text FROM kit_outbox WHERE partition_key = ?");
        QUERIES.put("source", "SELECT string_agg(source_id, ',') FROM import_source WHERE record_id = ?::uuid");
    }

    /** What the database holds of these records ("<id> <what>": the row as text, coverage, events, source id). */
    private Map<String, String> rows(String... ids) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection()) {
            for (String id : ids) {
                for (Map.Entry<String, String> q : QUERIES.entrySet()) {
                    try (PreparedStatement p = c.prepareStatement(q.getValue())) {
                        p.setString(1, id);
                        try (ResultSet r = p.executeQuery()) {
                            if (r.next() && r.getString(1) != null && !"0".equals(r.getString(1))) out.put(id + " " + q.getKey(), r.getString(1));
                        }
                    }
                }
            }
        }
        return out;
    }

    private static int events(Map<String, String> rows, String id) {
        return Integer.parseInt(rows.getOrDefault(id + " events", "0"));
    }

    private static Map<String, JsonNode> bySource(JsonNode report) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (JsonNode r : report.get("records")) out.put(r.get("kind").asText() + " " + r.get("sourceId").asText(), r);
        return out;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static final String[] ALL = {NGO, UKHIYA_SAFE_HOME, CLINIC_STOP, CHITTAGONG_DESK, KOLKATA_OFFICE,
            SAFE_HOME, CLINIC, LEGAL_AID, WASH, REINTEGRATION};

    @Test
    void theNgoDocumentKeepsToTheOfficialHsds31SchemaOfAService() throws Exception {
        for (JsonNode service : JSON.readTree(resource("hsds-import/coxsbazar-ngo-services.json")).get("contents")) {
            assertThat(Hsds31.SERVICE.problems(service)).as("service %s", service.get("id")).isEmpty();
        }
    }

    @Test
    void aCoxsBazarNgosServiceMappingIsReportedRecordByRecordBeforeAnythingIsWritten() throws Exception {
        forget(NGO);
        String document = resource("hsds-import/coxsbazar-ngo-services.json");
        Map<String, String> before = rows(ALL);

        JsonNode report = post(document, true);

        assertThat(report.get("dryRun").asBoolean()).isTrue();
        assertThat(report.get("form").asText()).isEqualTo("hsds");
        Map<String, JsonNode> r = bySource(report);
        assertThat(r.keySet()).containsExactly("organization " + NGO,
                "location " + UKHIYA_SAFE_HOME, "location " + CLINIC_STOP, "location " + CHITTAGONG_DESK, "location " + KOLKATA_OFFICE,
                "service " + SAFE_HOME, "service " + CLINIC, "service " + LEGAL_AID, "service " + WASH, "service " + REINTEGRATION);

        JsonNode org = r.get("organization " + NGO);
        assertThat(org.get("outcome").asText()).isEqualTo("IMPORTED_WITH_ASSUMPTIONS");
        assertThat(org.get("id").asText()).as("the publisher's UUID is kept").isEqualTo(NGO);
        assertThat(texts(org.get("assumptions"))).containsExactly("phone 01711000000 read as the Bangladeshi number +8801711000000");

        // a Bangla address: district and upazila found by their Bangla names
        // and, as every new place, confidential until an admin has looked: another publisher cannot vouch it is no safe home
        JsonNode safeHomeLocation = r.get("location " + UKHIYA_SAFE_HOME);
        assertThat(safeHomeLocation.get("outcome").asText()).isEqualTo("IMPORTED_WITH_ASSUMPTIONS");
        assertThat(texts(safeHomeLocation.get("assumptions")))
                .containsExactly("imported as confidential (address and coordinates hidden) until a directory admin makes it public");
        // only coordinates: the nearest district centre, said as an assumption
        JsonNode stop = r.get("location " + CLINIC_STOP);
        assertThat(stop.get("outcome").asText()).isEqualTo("IMPORTED_WITH_ASSUMPTIONS");
        assertThat(texts(stop.get("assumptions"))).hasSize(2).first().asString()
                .startsWith("district Coxsbazar is the one whose centre is nearest to the coordinates (21.21, 92.16)");
        // the older spelling "Chittagong"
        assertThat(r.get("location " + CHITTAGONG_DESK).get("outcome").asText()).isEqualTo("IMPORTED_WITH_ASSUMPTIONS");
        JsonNode kolkata = r.get("location " + KOLKATA_OFFICE);
        assertThat(kolkata.get("outcome").asText()).isEqualTo("NOT_IMPORTED");
        assertThat(texts(kolkata.get("reasons"))).containsExactly("no place in Bangladesh: its address is in IN and it has no coordinates");

        JsonNode safeHome = r.get("service " + SAFE_HOME);
        assertThat(safeHome.get("outcome").asText()).as("%s", safeHome).isEqualTo("IMPORTED");
        assertThat(safeHome.get("category").asText()).isEqualTo("SHELTER");
        assertThat(safeHome.get("change").asText()).isEqualTo("NEW");

        JsonNode clinic = r.get("service " + CLINIC);
        assertThat(clinic.get("outcome").asText()).isEqualTo("IMPORTED_WITH_ASSUMPTIONS");
        assertThat(clinic.get("category").asText()).isEqualTo("MEDICAL");
        assertThat(texts(clinic.get("assumptions"))).containsExactly(
                "it has no service area: it is taken to cover the district of its location (Coxsbazar)",
                "referrals go to its organization's email, the service and its contacts give none");

        JsonNode legal = r.get("service " + LEGAL_AID);
        assertThat(legal.get("outcome").asText()).isEqualTo("IMPORTED_WITH_ASSUMPTIONS");
        assertThat(legal.get("category").asText()).isEqualTo("LEGAL_AID");
        assertThat(legal.get("name").asText()).isEqualTo("Legal aid centre");
        assertThat(texts(legal.get("assumptions"))).containsExactly(
                "its status is 'temporarily closed': imported as not accepting referrals",
                "the term 'Legal advice for survivors' (Shapla service types) read as LEGAL_AID from the word 'legal advice'");

        JsonNode wash = r.get("service " + WASH);
        assertThat(wash.get("outcome").asText()).isEqualTo("NOT_IMPORTED");
        assertThat(wash.get("id").isNull()).isTrue();
        assertThat(texts(wash.get("reasons"))).singleElement().asString().startsWith("no category: its taxonomy terms ['WASH' (IASC clusters)]");

        JsonNode reintegration = r.get("service " + REINTEGRATION);
        assertThat(reintegration.get("outcome").asText()).as("%s", reintegration).isEqualTo("IMPORTED");
        assertThat(reintegration.get("category").asText()).isEqualTo("REINTEGRATION");

        assertThat(report.get("imported")).isEqualTo(JSON.readTree("{\"organizations\":1,\"locations\":3,\"services\":4}"));
        assertThat(rows(ALL)).as("the dry run wrote nothing").isEqualTo(before);
    }

    @Test
    void aDirectoryAdminWhoReadsBanglaGetsTheReportsAssumptionsAndReasonsInBanglaWithTheirCodesBeside() throws Exception {
        forget(NGO);
        Map<String, JsonNode> r = bySource(dryRunInBangla(resource("hsds-import/coxsbazar-ngo-services.json")));

        JsonNode org = r.get("organization " + NGO);
        assertThat(texts(org.get("assumptions"))).containsExactly("ফোন 01711000000 বাংলাদেশের নম্বর +8801711000000 হিসেবে পড়া হয়েছে");
        assertThat(texts(org.get("assumptionCodes"))).containsExactly("phone.local");
        JsonNode kolkata = r.get("location " + KOLKATA_OFFICE);
        assertThat(texts(kolkata.get("reasons"))).containsExactly("বাংলাদেশে কোনো স্থান নেই: এর ঠিকানা IN-এ, এবং এর কোনো স্থানাঙ্ক নেই");
        assertThat(texts(kolkata.get("reasonCodes"))).containsExactly("place.noneWithoutCoordinates");
        JsonNode stop = r.get("location " + CLINIC_STOP);
        assertThat(texts(stop.get("assumptions")).get(0)).as("the district by its Bangla name")
                .startsWith("জেলা কক্সবাজার ধরা হয়েছে").contains("(21.21, 92.16)");
        assertThat(r.values()).allSatisfy(record -> {
            assertThat(record.get("assumptionCodes")).hasSameSizeAs(record.get("assumptions"));
            assertThat(record.get("reasonCodes")).hasSameSizeAs(record.get("reasons"));
        });
    }

    @Test
    void theRealRunImportsExactlyWhatTheDryRunAcceptedAndTheSameDocumentAgainChangesNothing() throws Exception {
        forget(NGO);
        String document = resource("hsds-import/coxsbazar-ngo-services.json");
        JsonNode dry = post(document, true);
        Map<String, String> before = rows(ALL);

        JsonNode real = post(document, false);

        assertThat(real.get("dryRun").asBoolean()).isFalse();
        assertThat(real.get("records")).isEqualTo(dry.get("records"));
        assertThat(real.get("written")).isEqualTo(dry.get("imported"));
        Map<String, String> after = rows(ALL);
        for (JsonNode rec : dry.get("records")) {
            String key = rec.get("sourceId").asText() + " " + rec.get("kind").asText();
            boolean accepted = !rec.get("outcome").asText().equals("NOT_IMPORTED");
            assertThat(after.containsKey(key)).as("%s in the directory", key).isEqualTo(accepted);
        }
        // where the services are, in Setu's codes; each announced once on the directory topic
        assertThat(after.get(SAFE_HOME + " coverage")).isEqualTo("DISTRICT:9");
        assertThat(after.get(CLINIC + " coverage")).isEqualTo("DISTRICT:9");
        assertThat(after.get(LEGAL_AID + " coverage")).isEqualTo("DIVISION:1");
        assertThat(after.get(REINTEGRATION + " coverage")).isEqualTo("DISTRICT:1,DISTRICT:20");
        for (String s : List.of(SAFE_HOME, CLINIC, LEGAL_AID, REINTEGRATION)) {
            assertThat(events(after, s) - events(before, s)).as("events of %s", s).isEqualTo(1);
            assertThat(after.get(s + " source")).isEqualTo(s);
        }
        given().get("/api/v1/locations/" + UKHIYA_SAFE_HOME).then().statusCode(200)
                .body("area.districtId", equalTo("9")).body("area.upazilaId", equalTo("83")).body("area.divisionId", equalTo("1"))
                .body("confidential", equalTo(true));
        given().get("/api/v1/services/" + LEGAL_AID).then().statusCode(200)
                .body("name.en", equalTo("Legal aid centre")).body("name.bn", equalTo("আইনি সহায়তা কেন্দ্র"))
                .body("acceptingReferrals", equalTo(false)).body("referralContact.email", equalTo("legal@shapla-network.example.org"));
        given().get("/api/v1/services/" + SAFE_HOME).then().statusCode(200)
                .body("eligibility.minAge", equalTo(14)).body("languages", equalTo(List.of("bn", "rhg")))
                .body("referralContact.phone", equalTo("+8801711000001")).body("referralContact.language", equalTo("bn"));

        JsonNode export = JSON.readTree(given().get("/api/v1/export/hsds").then().statusCode(200).extract().asString());
        List<String> sourceIds = new ArrayList<>();
        for (JsonNode o : export.get("contents")) {
            if (!o.get("id").asText().equals(NGO)) continue;
            for (JsonNode a : o.findValues("attributes")) {
                a.forEach(x -> {
                    if ("source_id".equals(x.path("taxonomy_term").path("code").asText())) sourceIds.add(x.get("value").asText());
                });
            }
        }
        assertThat(sourceIds).as("the export names each imported record's source")
                .containsExactlyInAnyOrder(NGO, UKHIYA_SAFE_HOME, CLINIC_STOP, CHITTAGONG_DESK, SAFE_HOME, CLINIC, LEGAL_AID, REINTEGRATION);

        JsonNode again = post(document, false);

        assertThat(again.get("written")).isEqualTo(JSON.readTree("{\"organizations\":0,\"locations\":0,\"services\":0}"));
        for (JsonNode rec : again.get("records")) {
            if (!rec.get("outcome").asText().equals("NOT_IMPORTED")) assertThat(rec.get("change").asText()).isEqualTo("UNCHANGED");
        }
        assertThat(rows(ALL)).as("ids, versions and events as before").isEqualTo(after);
    }

    @Test
    void openReferralsFullServiceExampleBringsItsOrganizationAndReportsTheAmericanPlacesItCannotMap() throws Exception {
        String org = "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610";
        forget(org);
        Map<String, String> before = rows(org);

        JsonNode report = post(resource("hsds-3.1/examples/service_full.json"), true);

        Map<String, JsonNode> r = bySource(report);
        assertThat(r.keySet()).containsExactly("organization " + org, "location 3a19ff88-4620-4d17-9830-ac1d859eb5d5",
                "service ac148810-d857-441c-9679-408f346de14b");
        assertThat(r.get("organization " + org).get("outcome").asText()).isEqualTo("IMPORTED");
        JsonNode civic = r.get("location 3a19ff88-4620-4d17-9830-ac1d859eb5d5");
        assertThat(civic.get("outcome").asText()).isEqualTo("NOT_IMPORTED");
        assertThat(texts(civic.get("assumptions"))).containsExactly("coordinates (100.0, 101.0) are not a point on the map; left out");
        assertThat(texts(civic.get("reasons"))).containsExactly("no place in Bangladesh: its address is in US and it has no coordinates");
        JsonNode counselling = r.get("service ac148810-d857-441c-9679-408f346de14b");
        assertThat(counselling.get("outcome").asText()).isEqualTo("NOT_IMPORTED");
        assertThat(counselling.get("category").asText()).as("guessed from its name").isEqualTo("PSYCHOSOCIAL");
        assertThat(texts(counselling.get("reasons"))).singleElement().asString().startsWith("no area in Bangladesh: service area 'The service is available");
        assertThat(rows(org)).as("the dry run wrote nothing").isEqualTo(before);

        JsonNode real = post(resource("hsds-3.1/examples/service_full.json"), false);
        assertThat(real.get("records")).isEqualTo(report.get("records"));
        given().get("/api/v1/organizations/" + org).then().statusCode(200)
                .body("name.en", equalTo("Example Organization Inc.")).body("phone", equalTo("+441234234567"));

        // the same organization, location and service, at location: nothing new
        JsonNode sal = post(resource("hsds-3.1/examples/service_at_location_full.json"), false);
        assertThat(bySource(sal).get("organization " + org).get("change").asText()).isEqualTo("UNCHANGED");
        assertThat(sal.get("written")).isEqualTo(JSON.readTree("{\"organizations\":0,\"locations\":0,\"services\":0}"));
    }

    @Test
    void aLocationThatBelongsToNoOrganizationIsReportedNotRefused() throws Exception {
        JsonNode report = post(resource("hsds-3.1/examples/location.json"), true);
        JsonNode loc = report.get("records").get(0);
        assertThat(loc.get("outcome").asText()).isEqualTo("NOT_IMPORTED");
        assertThat(texts(loc.get("reasons"))).contains("it names no organization (organization_id) and is not inside one");
    }

    @Test
    void badInputIsAClearProblemAndWritesNothing() throws Exception {
        forget(NGO);
        Map<String, String> before = rows(ALL);
        given().contentType("application/json").body("{\"contents\": [ {\"name\": ").post("/api/v1/import/hsds").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("body")).body("errors[0].message", startsWith("is not JSON"));
        given().contentType("application/json").body("{\"hello\": \"world\"}").post("/api/v1/import/hsds").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("contents")).body("errors[0].message", containsString("one HSDS organization, service, location or service_at_location"));
        given().contentType("application/json").body("42").post("/api/v1/import/hsds?dryRun=true").then().statusCode(400)
                .body("errors[0].field", equalTo("body"));
        JsonNode wrongType = JSON.readTree(resource("hsds-import/coxsbazar-ngo-services.json"));
        ((com.fasterxml.jackson.databind.node.ObjectNode) wrongType.get("contents").get(0)).put("minimum_age", "fourteen");
        given().contentType("application/json").body(wrongType.toString()).post("/api/v1/import/hsds").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("contents[0].minimum_age")).body("errors[0].message", equalTo("must be a number"));
        JsonNode wrongArray = JSON.readTree(resource("hsds-import/coxsbazar-ngo-services.json"));
        ((com.fasterxml.jackson.databind.node.ObjectNode) wrongArray.get("contents").get(1)).put("service_areas", "Cox's Bazar");
        given().contentType("application/json").body(wrongArray.toString()).post("/api/v1/import/hsds").then().statusCode(400)
                .body("errors[0].field", equalTo("contents[1].service_areas")).body("errors[0].message", equalTo("must be an array"));
        byte[] huge = new byte[4 * 1024 * 1024 + 10];
        java.util.Arrays.fill(huge, (byte) ' ');
        huge[0] = '[';
        huge[huge.length - 1] = ']';
        given().contentType("application/json").body(huge).post("/api/v1/import/hsds").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("body")).body("errors[0].message", startsWith("is larger than the 4194304 bytes"));
        given().contentType("application/json").body(new byte[0]).post("/api/v1/import/hsds").then().statusCode(400);
        assertThat(rows(ALL)).as("nothing written").isEqualTo(before);
    }

    @Test
    void theDirectoryAdminCanReadTheTaxonomyMappingInForceAndItCitesItsVocabularies() {
        given().get("/api/v1/import/hsds/taxonomy-mapping").then().statusCode(200)
                .body("vocabularies.id", org.hamcrest.Matchers.hasItems("setu", "open-eligibility", "airs-211", "humanitarian-clusters"))
                .body("vocabularies.source", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.notNullValue()))
                .body("words.counselling", equalTo("PSYCHOSOCIAL"));
    }
}
