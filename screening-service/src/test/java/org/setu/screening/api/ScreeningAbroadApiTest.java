package org.setu.screening.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.setu.devstack.testing.TopicReader;
import org.setu.events.Topics;
import org.setu.events.testing.SchemaValidator;
import org.setu.screening.Requests;
import org.setu.screening.Tables;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.setu.devstack.testing.TopicReader.ofKey;
import static org.setu.devstack.testing.TopicReader.value;
import static org.setu.screening.Requests.DHAKA_NGO;

/** Agencies abroad and their screenings (issue #19, item 1; docs/screening.md, "Agencies and screenings abroad"). */
@QuarkusTest
class ScreeningAbroadApiTest {

    static final String PROBLEM = "application/problem+json";
    /** The labour wing of Bangladesh's embassy in Riyadh, an agency abroad of these tests. */
    static final String RIYADH_LABOUR_WING = "5e7c1f3a-2b4d-4c6e-8f10-a1b2c3d4e5a1";
    static final String LOCATION = "/api/v1/agencies/{id}/location";
    static final Map<String, Object> JASHORE = Map.of("divisionId", "BD-40", "districtId", "BD-4041");
    static final AtomicInteger PERSONS = new AtomicInteger();

    @Inject
    DataSource dataSource;

    @Test
    @TestSecurity(user = "wingadmin", roles = "agency-admin")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = RIYADH_LABOUR_WING))
    void theLabourWingsAdminSaysItWorksInRiyadhAndTheChangeIsAudited() throws SQLException {
        given().contentType(ContentType.JSON).body(Map.of("country", "SA", "city", "Riyadh"))
                .when().put(LOCATION, RIYADH_LABOUR_WING).then().statusCode(200)
                .body("country", equalTo("SA")).body("city", equalTo("Riyadh")).body("abroad", equalTo(true))
                .body("updatedBy", equalTo("wingadmin"));
        given().when().get(LOCATION, RIYADH_LABOUR_WING).then().statusCode(200)
                .body("agencyId", equalTo(RIYADH_LABOUR_WING)).body("country", equalTo("SA"));
        assertThat(Tables.count(dataSource, "SELECT count(*) FROM kit_audit_trail WHERE resource_type = 'agency-location'"
                + " AND resource_id = '" + RIYADH_LABOUR_WING + "' AND action = 'CHANGE'")).isPositive();
        // another agency's location is not this admin's to read or set, and looks as if it did not exist
        given().when().get(LOCATION, DHAKA_NGO).then().statusCode(404).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(Map.of("country", "SA", "city", "Riyadh"))
                .when().put(LOCATION, DHAKA_NGO).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    @TestSecurity(user = "wingadmin", roles = "agency-admin")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = RIYADH_LABOUR_WING))
    void aLocationThatIsNoCountryOrNoCityIsABadRequestNamingTheFieldAndChangesNothing() throws SQLException {
        inRiyadh();
        for (var bad : List.of(
                List.of(Map.of("country", "sa", "city", "Riyadh"), "country"),
                List.of(Map.of("country", "XX", "city", "Riyadh"), "country"),
                List.of(Map.of("city", "Riyadh"), "country"),
                List.of(Map.of("country", "SA"), "city"),
                List.of(Map.of("country", "SA", "city", "R".repeat(81)), "city"),
                List.of(Map.of("country", "SA", "city", "Olaya Street 12"), "city"))) {
            given().contentType(ContentType.JSON).body(bad.get(0)).when().put(LOCATION, RIYADH_LABOUR_WING)
                    .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo(bad.get(1)))
                    .body(not(containsString("Olaya")));
        }
        given().when().get(LOCATION, RIYADH_LABOUR_WING).then().statusCode(200)
                .body("country", equalTo("SA")).body("city", equalTo("Riyadh"));
    }

    @Test
    @TestSecurity(user = "screener", roles = "screener")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA_NGO))
    void anAgencyThatNeverSaidWhereItWorksIsInBangladesh() {
        given().when().get(LOCATION, DHAKA_NGO).then().statusCode(200)
                .body("country", equalTo("BD")).body("abroad", equalTo(false)).body("updatedAt", nullValue());
        given().contentType(ContentType.JSON).body(Map.of("country", "BD", "city", "Dhaka"))
                .when().put(LOCATION, DHAKA_NGO).then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    @TestSecurity(user = "wingscreener", roles = "screener")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = RIYADH_LABOUR_WING))
    void screeningByTheLabourWingInRiyadhRecordsHerHomeDistrictJashore() throws Exception {
        inRiyadh();
        var answer = submit(abroad("Salma", Map.of("country", "SA", "city", "Riyadh"), JASHORE, "SA"));
        assertThat(answer.statusCode()).isEqualTo(201);
        assertThat(answer.<String>path("outcome.classification")).isEqualTo("PRESUMED_TRAFFICKING_VICTIM");
        UUID caseId = UUID.fromString(answer.path("caseId"));

        var event = ofKey(Topics.SCREENING, caseId, "setu.screening.completed.v1", 1).get(0);
        SchemaValidator.requireValid("setu.screening.completed.v1", value(event));
        var data = TopicReader.json(event);
        // the services that will take her are at home: routing reads her home district as where she is
        assertThat(data.path("currentLocation").path("districtId").asText()).isEqualTo("BD-4041");
        assertThat(data.path("homeLocation").path("districtId").asText()).isEqualTo("BD-4041");
        assertThat(data.path("screeningCountry").asText()).isEqualTo("SA");
        assertThat(data.path("countryOfExploitation").asText()).isEqualTo("SA");
        assertThat(value(event)).doesNotContain("Riyadh", "Salma");

        given().when().get("/api/v1/screenings/" + answer.path("id")).then().statusCode(200)
                .body("location.country", equalTo("SA")).body("location.city", equalTo("Riyadh"))
                .body("location.districtId", nullValue())
                .body("person.home.districtId", equalTo("BD-4041"))
                .body("countryOfExploitation", equalTo("SA"));
        String row = Tables.rowsOfCase(dataSource, "screening", caseId);
        assertThat(row).contains("|SA|Riyadh|SA|");
    }

    @Test
    @TestSecurity(user = "wingscreener", roles = "screener")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = RIYADH_LABOUR_WING))
    void aScreeningAbroadThatLeavesOutOrMistakesAPlaceIsABadRequestNamingTheFieldAndWritesNothing() throws SQLException {
        inRiyadh();
        long screenings = Tables.count(dataSource, "SELECT count(*) FROM screening");
        long events = Tables.count(dataSource, "SELECT count(*) FROM kit_outbox");
        Map<String, Object> riyadh = Map.of("country", "SA", "city", "Riyadh");
        Map<String, Object> noHomeDistrict = Map.of("divisionId", "BD-40");
        for (var bad : List.of(
                List.of(abroad("Amena", riyadh, null, "SA"), "person.home.districtId"),
                List.of(abroad("Amena", riyadh, noHomeDistrict, "SA"), "person.home.districtId"),
                List.of(abroad("Amena", Map.of("country", "BD", "city", "Riyadh"), JASHORE, "SA"), "location.country"),
                List.of(abroad("Amena", Map.of("country", "sa", "city", "Riyadh"), JASHORE, "SA"), "location.country"),
                List.of(abroad("Amena", Map.of("country", "XX", "city", "Riyadh"), JASHORE, "SA"), "location.country"),
                List.of(abroad("Amena", Map.of("country", "SA", "city", "R".repeat(81)), JASHORE, "SA"), "location.city"),
                List.of(abroad("Amena", Map.of("country", "SA"), JASHORE, "SA"), "location.city"),
                List.of(abroad("Amena", Map.of("divisionId", "BD-30", "districtId", "BD-3026"), JASHORE, "SA"), "location.districtId"),
                List.of(abroad("Amena", riyadh, JASHORE, null), "countryOfExploitation"),
                List.of(abroad("Amena", riyadh, JASHORE, "Saudi Arabia"), "countryOfExploitation"),
                List.of(abroad("Amena", riyadh, JASHORE, "ZZ"), "countryOfExploitation"),
                List.of(Requests.with(abroad("Amena", riyadh, JASHORE, "SA"), "consent",
                        Map.of("services", List.of("SHELTER"), "shareWithProviders", "BASIC")), "consent.crossBorder"))) {
            @SuppressWarnings("unchecked") Map<String, Object> body = (Map<String, Object>) bad.get(0);
            var answer = submit(body);
            assertThat(answer.statusCode()).as(bad.get(1).toString()).isEqualTo(400);
            assertThat(answer.contentType()).startsWith(PROBLEM);
            assertThat(answer.<List<String>>path("errors.field")).as(answer.asString()).contains((String) bad.get(1));
            assertThat(answer.asString()).doesNotContain("Amena", "Saudi Arabia");
        }
        assertThat(Tables.count(dataSource, "SELECT count(*) FROM screening")).isEqualTo(screenings);
        assertThat(Tables.count(dataSource, "SELECT count(*) FROM kit_outbox")).isEqualTo(events);
    }

    @Test
    @TestSecurity(user = "wingcaseworker", roles = "case-worker")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = RIYADH_LABOUR_WING))
    void anAmendmentAbroadKeepsThePlaceAndStillNeedsHerHomeDistrict() {
        inRiyadh();
        var first = submit(abroad("Rokeya", Map.of("country", "SA", "city", "Jeddah"), JASHORE, "SA"));
        assertThat(first.statusCode()).isEqualTo(201);
        UUID caseId = UUID.fromString(first.path("caseId"));
        String amend = "/api/v1/screenings/" + first.path("id") + "/amendments";
        given().contentType(ContentType.JSON).body(Map.of("answers", Requests.trafficked(), "countryOfExploitation", "AE"))
                .when().post(amend).then().statusCode(200).body("revision", equalTo(1));
        var amended = TopicReader.json(ofKey(Topics.SCREENING, caseId, "setu.screening.amended.v1", 1).get(0));
        assertThat(amended.path("screeningCountry").asText()).isEqualTo("SA");
        assertThat(amended.path("countryOfExploitation").asText()).isEqualTo("AE");
        assertThat(amended.path("currentLocation").path("districtId").asText()).isEqualTo("BD-4041");
        given().when().get("/api/v1/screenings/" + first.path("id")).then().statusCode(200)
                .body("location.city", equalTo("Jeddah")).body("countryOfExploitation", equalTo("AE"));

        @SuppressWarnings("unchecked") Map<String, Object> person = new LinkedHashMap<>(
                (Map<String, Object>) abroad("Rokeya", Map.of(), JASHORE, "SA").get("person"));
        person.remove("home");
        given().contentType(ContentType.JSON).body(Map.of("answers", Requests.trafficked(), "person", person))
                .when().post(amend).then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("person.home.districtId"));
        given().contentType(ContentType.JSON).body(Map.of("answers", Requests.trafficked(), "location", Map.of("districtId", "BD-3026")))
                .when().post(amend).then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("location"));
    }

    @Test
    @TestSecurity(user = "wingcaseworker", roles = "case-worker")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = RIYADH_LABOUR_WING))
    void anErasedCaseAbroadKeepsTheCountryOfItsScreeningButNotTheCityNorTheCountryOfExploitation() throws SQLException {
        inRiyadh();
        var screened = submit(abroad("Parvin", Map.of("country", "SA", "city", "Dammam"), JASHORE, "QA"));
        assertThat(screened.statusCode()).isEqualTo(201);
        UUID caseId = UUID.fromString(screened.path("caseId"));
        given().when().delete("/api/v1/cases/" + caseId).then().statusCode(204);
        assertThat(Tables.count(dataSource, "SELECT count(*) FROM screening WHERE case_id = '" + caseId
                + "' AND country = 'SA' AND city IS NULL AND country_of_exploitation IS NULL")).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "screener", roles = "screener")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA_NGO))
    void anAgencyInBangladeshScreensInAnAreaAsBeforeAndMayRecordTheCountryOfExploitation() throws Exception {
        var abroadFromDhaka = submit(abroad("Jesmin", Map.of("country", "SA", "city", "Riyadh"), JASHORE, "SA"));
        assertThat(abroadFromDhaka.statusCode()).isEqualTo(400);
        assertThat(abroadFromDhaka.<List<String>>path("errors.field")).contains("location.country");

        var body = Requests.with(Requests.screening("Jesmin" + PERSONS.incrementAndGet(), null, null, Requests.trafficked()),
                "countryOfExploitation", "MY");
        var answer = submit(body);
        assertThat(answer.statusCode()).isEqualTo(201);
        var data = TopicReader.json(ofKey(Topics.SCREENING, UUID.fromString(answer.path("caseId")), "setu.screening.completed.v1", 1).get(0));
        assertThat(data.path("currentLocation").path("districtId").asText()).isEqualTo("BD-3026");
        assertThat(data.path("screeningCountry").isNull() || data.path("screeningCountry").isMissingNode()).isTrue();
        assertThat(data.path("countryOfExploitation").asText()).isEqualTo("MY");
        given().when().get("/api/v1/screenings/" + answer.path("id")).then().statusCode(200)
                .body("location.districtId", equalTo("BD-3026")).body("location.country", nullValue())
                .body("countryOfExploitation", equalTo("MY"));
    }

    /** The labour wing works in Riyadh, as its admin said (set here too, so that each test stands alone). */
    void inRiyadh() {
        try (var c = dataSource.getConnection(); var s = c.prepareStatement("INSERT INTO agency_location (agency_id, country, city, "
                + "updated_at, updated_by) VALUES (?::uuid, 'SA', 'Riyadh', now(), 'wingadmin') ON CONFLICT (agency_id) "
                + "DO UPDATE SET country = 'SA', city = 'Riyadh'")) {
            s.setString(1, RIYADH_LABOUR_WING);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A woman screened abroad: a new person each time, so that no duplicate joins another case. */
    static Map<String, Object> abroad(String givenName, Map<String, Object> location, Map<String, Object> home, String exploitedIn) {
        int n = PERSONS.incrementAndGet();
        Map<String, Object> body = new LinkedHashMap<>(Requests.screening(givenName + n, null, null, Requests.trafficked()));
        @SuppressWarnings("unchecked") Map<String, Object> person = new LinkedHashMap<>((Map<String, Object>) body.get("person"));
        person.remove("phone");
        person.remove("documentNumber");
        if (home == null) person.remove("home");
        else person.put("home", home);
        body.put("person", person);
        body.put("context", "EMBASSY");
        body.put("location", location);
        body.put("consent", Map.of("services", List.of("SHELTER", "MEDICAL", "PSYCHOSOCIAL"), "shareWithProviders", "BASIC",
                "crossBorder", true));
        if (exploitedIn != null) body.put("countryOfExploitation", exploitedIn);
        return body;
    }

    static ExtractableResponse<Response> submit(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/screenings").then().extract();
    }
}
