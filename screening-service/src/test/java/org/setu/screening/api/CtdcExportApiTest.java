package org.setu.screening.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.setu.screening.Requests;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.setu.screening.Requests.DHAKA_NGO;

/**
 * The CTDC export as IOM and the national statistics receive it: k-anonymous, in the published columns, with nothing
 * that identifies a person or a case; for coordinators and auditors only; bad periods and formats refused.
 */
@QuarkusTest
class CtdcExportApiTest {

    static final String PROBLEM = "application/problem+json";
    static final String PATH = "/api/v1/exports/ctdc";
    /** The people screened here are moved to a year no other test opens cases in, so the export holds only them. */
    static final String YEAR = "2019";
    static final List<String> PUBLISHED = List.of("yearOfRegistration", "gender", "ageBroad", "majorityStatus", "citizenship",
            "meansOfControlDebtBondage", "meansOfControlTakesEarnings", "meansOfControlThreats",
            "meansOfControlPsychologicalAbuse", "meansOfControlPhysicalAbuse", "meansOfControlSexualAbuse",
            "meansOfControlFalsePromises", "meansOfControlPsychoactiveSubstances", "meansOfControlRestrictsMovement",
            "meansOfControlRestrictsMedicalCare", "meansOfControlExcessiveWorkingHours", "meansOfControlThreatOfLawEnforcement",
            "meansOfControlWithholdsNecessities", "meansOfControlWithholdsDocuments", "meansOfControlOther", "isForcedLabour",
            "isSexualExploit", "isOtherExploit", "typeOfLabourAgriculture", "typeOfLabourConstruction",
            "typeOfLabourDomesticWork", "typeOfLabourHospitality", "typeOfLabourOther", "recruiterRelationIntimatePartner",
            "recruiterRelationFriend", "recruiterRelationFamily", "recruiterRelationOther", "CountryOfExploitation");

    @Inject
    DataSource dataSource;

    /** What must never appear in the export: each screened person's identifiers and their case's. */
    record Screened(String givenName, String familyName, String phone, String document, String dateOfBirth, String caseId,
                    String caseRef) {
        List<String> secrets() {
            return List.of(givenName, familyName, phone, phone.substring(4), document, dateOfBirth, caseId, caseRef);
        }
    }

    @Test
    @TestSecurity(user = "coordinator", roles = "nrm-coordinator")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA_NGO))
    void thirtyScreenedPeopleLeaveAsAKAnonymousExportInThePublishedColumnsWithNothingThatIdentifiesThem() throws Exception {
        List<Screened> people = screenThirtyPeople();

        JsonPath json = given().queryParam("from", YEAR + "-01-01").queryParam("to", YEAR + "-12-31")
                .when().get(PATH).then().statusCode(200).contentType(ContentType.JSON).extract().jsonPath();
        assertThat(json.getList("columns", String.class)).isEqualTo(PUBLISHED);
        List<Map<String, String>> rows = json.getList("rows");
        assertThat(rows).isNotEmpty().allMatch(r -> List.copyOf(r.keySet()).equals(PUBLISHED))
                .allMatch(r -> r.get("yearOfRegistration").equals(YEAR));
        assertThat(json.getInt("metadata.k")).isEqualTo(11);
        assertThat(json.getInt("metadata.casesRead")).isEqualTo(30);
        assertThat(json.getInt("metadata.rowsExported") + json.getInt("metadata.rowsSuppressed")).isEqualTo(30);
        assertThat(json.getInt("metadata.rowsExported")).isEqualTo(rows.size()).isEqualTo(22);
        assertThat(json.getInt("metadata.rowsSuppressed")).isEqualTo(8);
        assertThat(json.getList("metadata.generalisations", String.class)).contains("ageBroad withheld (majorityStatus kept)");
        assertThat(json.getList("metadata.instrumentVersions", String.class)).containsExactly("setu-core/v1");
        assertThat(json.getString("metadata.codebook.url")).contains("CTDC-codebook");
        assertThat(json.getList("metadata.quasiIdentifiers", String.class))
                .containsExactly("yearOfRegistration", "gender", "ageBroad", "majorityStatus", "citizenship", "CountryOfExploitation");
        Map<List<String>, Integer> classes = new HashMap<>();
        for (Map<String, String> r : rows) {
            classes.merge(json.getList("metadata.quasiIdentifiers", String.class).stream().map(r::get).toList(), 1, Integer::sum);
        }
        assertThat(classes.values()).allMatch(size -> size >= 11);
        assertThat(rows).allMatch(r -> r.get("gender").equals("Female") && r.get("citizenship").equals("BD"));
        assertThat(rows).allMatch(r -> r.get("isForcedLabour").equals("1") && r.get("meansOfControlWithholdsDocuments").equals("1"));
        assertNothingIdentifies(json.prettify(), people);

        String csv = given().queryParam("from", YEAR + "-01-01").queryParam("to", YEAR + "-12-31").queryParam("format", "csv")
                .when().get(PATH).then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
        List<String> lines = Arrays.asList(csv.split("\r\n"));
        assertThat(lines.get(0)).isEqualTo(String.join(",", PUBLISHED));
        assertThat(lines).hasSize(rows.size() + 1);
        assertNothingIdentifies(csv, people);

        String negotiated = given().accept("text/csv").queryParam("from", YEAR + "-01-01").queryParam("to", YEAR + "-12-31")
                .when().get(PATH).then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
        assertThat(negotiated).isEqualTo(csv);
    }

    @Test
    @TestSecurity(user = "coordinator", roles = "nrm-coordinator")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA_NGO))
    void aCaseWhoseMasterKeyIsNoLongerConfiguredIsCountedAndLeftOutWithoutFailingTheExport() throws Exception {
        String caseId = given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Requests.screening("Ctdcunreadable", "+8801719" + String.format("%06d", (int) (Math.random() * 1_000_000)),
                        "CU" + UUID.randomUUID().toString().substring(0, 8), Requests.trafficked()))
                .when().post("/api/v1/screenings").then().statusCode(201).extract().path("caseId");
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "UPDATE screening_case SET opened_at = '2017-03-01T10:00:00+06:00', master_key_id = 'retired-key' WHERE id = ?::uuid")) {
            s.setString(1, caseId);
            s.executeUpdate();
        }

        given().queryParam("from", "2017-01-01").queryParam("to", "2017-12-31").when().get(PATH).then().statusCode(200)
                .body("metadata.casesRead", equalTo(1)).body("metadata.casesUnreadable", equalTo(1))
                .body("metadata.rowsExported", equalTo(0)).body("rows.size()", equalTo(0));
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    void anAuditorMayReadTheExport() {
        given().queryParam("from", "2018-01-01").queryParam("to", "2018-12-31").when().get(PATH).then().statusCode(200)
                .body("metadata.k", equalTo(11)).body("columns.size()", equalTo(PUBLISHED.size()));
    }

    @Test
    @TestSecurity(user = "screener", roles = "screener")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA_NGO))
    void aScreenerGetsNoExport() {
        given().queryParam("from", "2026-01-01").queryParam("to", "2026-12-31").when().get(PATH).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "caseworker", roles = "case-worker")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA_NGO))
    void aCaseWorkerGetsNoExportNotEvenOfHerOwnAgency() {
        given().queryParam("from", "2026-01-01").queryParam("to", "2026-12-31").when().get(PATH).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "provider", roles = "provider-staff")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA_NGO))
    void aProviderGetsNoExport() {
        given().queryParam("from", "2026-01-01").queryParam("to", "2026-12-31").when().get(PATH).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "coordinator", roles = "nrm-coordinator")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA_NGO))
    void aBadPeriodOrFormatIsAProblemNamingTheParameter() {
        refused(Map.of("to", "2026-12-31"), "from");
        refused(Map.of("from", "2026-02-30", "to", "2026-12-31"), "from");
        refused(Map.of("from", "2026-01-01", "to", "31.12.2026"), "to");
        refused(Map.of("from", "2026-12-31", "to", "2026-01-01"), "to");
        refused(Map.of("from", "2026-01-01", "to", "2026-12-31", "format", "xml"), "format");
        given().header("Accept-Language", "bn").queryParams(Map.of("from", "2026-01-01", "to", "2026-12-31", "format", "xml"))
                .when().get(PATH).then().statusCode(400).contentType(PROBLEM).body(containsString("json বা csv হতে হবে"));
        given().header("Accept-Language", "bn").queryParams(Map.of("from", "2026-12-31", "to", "2026-01-01"))
                .when().get(PATH).then().statusCode(400).contentType(PROBLEM)
                .body(containsString("from-এর আগের তারিখ হতে পারবে না"));
    }

    private void refused(Map<String, String> query, String field) {
        given().queryParams(query).when().get(PATH).then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo(field));
    }

    private static void assertNothingIdentifies(String export, List<Screened> people) {
        for (Screened p : people) {
            for (String secret : p.secrets()) {
                assertThat(export).as("the export names no person or case").doesNotContain(secret);
            }
        }
        assertThat(export).doesNotContain("Khatun").doesNotContain("Jessore").doesNotContain("arrivals hall");
    }

    /**
     * Twenty-two adult women of Bangladesh of several ages, and eight people who would stand out: men, girls, women of
     * Myanmar. Every one is a presumed victim. The export can keep the women only as one class, without their ages.
     */
    private List<Screened> screenThirtyPeople() throws Exception {
        int base = 100 + (int) (Math.random() * 800);
        List<Screened> people = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String given = "Ctdc" + (char) ('a' + i % 26) + (char) ('a' + i / 26) + "mina";
            String phone = "+88017" + base + String.format("%05d", i);
            String document = "CT" + base + String.format("%05d", i);
            String birth = (i >= 26 && i < 28 ? "2011" : i % 2 == 0 ? "1996" : "1980") + "-0" + (i % 9 + 1) + "-1" + (i % 7);
            Map<String, Object> body = Requests.screening(given, phone, document, Requests.trafficked());
            @SuppressWarnings("unchecked")
            Map<String, Object> person = new LinkedHashMap<>((Map<String, Object>) body.get("person"));
            person.put("sex", i >= 22 && i < 26 ? "MALE" : "FEMALE");
            person.put("dateOfBirth", birth);
            person.put("nationality", i >= 28 ? "MM" : "BD");
            person.put("familyName", "Ctdcfamily" + (char) ('a' + i % 26));
            body.put("person", person);
            var answer = given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString()).body(body)
                    .when().post("/api/v1/screenings").then().statusCode(201).extract().jsonPath();
            people.add(new Screened(given, (String) person.get("familyName"), phone, document, birth,
                    answer.getString("caseId"), answer.getString("caseRef")));
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("UPDATE screening_case SET opened_at = ?::timestamptz WHERE id = ?::uuid")) {
            for (Screened p : people) {
                s.setString(1, YEAR + "-06-15T10:00:00+06:00");
                s.setString(2, p.caseId());
                s.executeUpdate();
            }
        }
        return people;
    }
}
