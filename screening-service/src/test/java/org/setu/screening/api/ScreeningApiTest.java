package org.setu.screening.api;

import org.setu.devstack.testing.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.setu.events.Topics;
import org.setu.events.testing.SchemaValidator;
import org.setu.screening.Requests;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.setu.screening.Requests.DHAKA_NGO;
import static org.setu.devstack.testing.TopicReader.header;
import static org.setu.devstack.testing.TopicReader.ofKey;
import static org.setu.devstack.testing.TopicReader.value;

@QuarkusTest
class ScreeningApiTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    DataSource dataSource;

    static ExtractableResponse<Response> submit(Map<String, Object> body, String idempotencyKey) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (idempotencyKey != null) request.header("Idempotency-Key", idempotencyKey);
        return request.when().post("/api/v1/screenings").then().extract();
    }

    @Test
    @TestSecurity(user = "screener", roles = "screener")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA_NGO))
    void theInstrumentIsServedWithItsQuestionsIndicatorsAndBanglaLabels() {
        given().when().get("/api/v1/instruments").then().statusCode(200)
                .body("items.code", hasItem("setu-core"))
                .body("items[0].href", equalTo("/api/v1/instruments/setu-core/versions/1"));
        given().when().get("/api/v1/instruments/setu-core/versions/1").then().statusCode(200)
                .body("code", equalTo("setu-core"))
                .body("version", equalTo(1))
                .body("title.bn", notNullValue())
                .body("questions.find { it.id == 'deception-at-recruitment' }.type", equalTo("MULTI_CHOICE"))
                .body("questions.find { it.id == 'deception-at-recruitment' }.indicators[0].code", equalTo("ILO-DR-01"))
                .body("questions.find { it.id == 'deception-at-recruitment' }.indicators[0].strength", equalTo("STRONG"))
                .body("questions.find { it.id == 'immediate-needs' }.needs.category", hasItems("SHELTER", "MEDICAL"));
        given().when().get("/api/v1/instruments/setu-core/versions/9").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    @TestSecurity(user = "screener", roles = "screener")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA_NGO))
    void aScreenerWorkingInBanglaReadsTheTraceInBanglaAndTheSameScreeningReadsInEnglishForAnother() {
        var answer = given().contentType(ContentType.JSON).header("Accept-Language", "bn-BD,bn;q=0.9,en;q=0.5")
                .body(Requests.screening("Bhashara", "+8801711000077", "EB1000077", Requests.trafficked()))
                .when().post("/api/v1/screenings").then().statusCode(201).extract();
        List<String> bangla = answer.path("outcome.trace");
        assertThat(bangla).anyMatch(t -> t.startsWith("ফলাফল: পাচারের শিকার বলে অনুমিত"))
                .anyMatch(t -> t.startsWith("জরুরিতা তাৎক্ষণিক (২৪ ঘণ্টা)"))
                .noneMatch(t -> t.startsWith("Classification"));
        assertThat(answer.<List<String>>path("outcome.traceCodes.code")).contains("classification.decided", "urgency.immediate");
        assertThat(answer.<List<String>>path("outcome.traceCodes.code")).hasSameSizeAs(bangla);

        String id = answer.path("id");
        List<String> english = given().header("Accept-Language", "en").when().get("/api/v1/screenings/" + id)
                .then().statusCode(200).extract().path("outcome.trace");
        assertThat(english).hasSameSizeAs(bangla).anyMatch(t -> t.startsWith("Classification PRESUMED_TRAFFICKING_VICTIM"));
        List<String> noHeader = given().when().get("/api/v1/screenings/" + id).then().statusCode(200).extract().path("outcome.trace");
        assertThat(noHeader).as("English when no language is asked for").isEqualTo(english);
        List<String> banglaAgain = given().header("Accept-Language", "bn").when().get("/api/v1/screenings/" + id)
                .then().statusCode(200).extract().path("outcome.trace");
        assertThat(banglaAgain).as("the stored trace renders the same later").isEqualTo(bangla);
    }

    @Test
    @TestSecurity(user = "screener", roles = "screener")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA_NGO))
    void aScreeningGetsItsOutcomeAndPublishesAPseudonymousEventThatKeepsToItsSchema() throws Exception {
        var answer = submit(Requests.screening("Rahima", "+8801711000001", "EB1000001", Requests.trafficked()), null);
        assertThat(answer.statusCode()).isEqualTo(201);
        assertThat(answer.header("Location")).endsWith("/api/v1/screenings/" + answer.path("id"));
        assertThat(answer.<String>path("outcome.classification")).isEqualTo("PRESUMED_TRAFFICKING_VICTIM");
        assertThat(answer.<String>path("outcome.urgency")).isEqualTo("IMMEDIATE");
        assertThat(answer.<List<String>>path("outcome.needs")).contains("SHELTER", "PSYCHOSOCIAL", "LEGAL_AID");
        assertThat(answer.<List<String>>path("outcome.trace")).anyMatch(t -> t.startsWith("Classification PRESUMED_TRAFFICKING_VICTIM"));
        assertThat(answer.<String>path("caseRef")).matches("BD-[0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat((Object) answer.path("duplicateOfCase")).isNull();
        UUID caseId = UUID.fromString(answer.path("caseId"));

        ConsumerRecord<byte[], byte[]> event = ofKey(Topics.SCREENING, caseId, "setu.screening.completed.v1", 1).get(0);
        SchemaValidator.requireValid("setu.screening.completed.v1", value(event));
        assertThat(header(event, "ce_subject")).isEqualTo(caseId.toString());
        var data = TopicReader.json(event);
        assertThat(data.path("ageBand").asText()).isEqualTo("ADULT_25_39");
        assertThat(data.path("classification").asText()).isEqualTo("PRESUMED_TRAFFICKING_VICTIM");
        assertThat(data.path("consent").path("shareWithProviders").asText()).isEqualTo("BASIC");
        assertThat(data.path("currentLocation").path("districtId").asText()).isEqualTo("BD-3026");
        assertThat(data.path("homeLocation").path("districtId").asText()).isEqualTo("BD-4041");
        assertThat(data.path("victimCategory").asText()).isEqualTo("TRAFFICKING_VICTIM");
        assertThat(data.path("nationality").asText()).isEqualTo("BD");
        assertThat(value(event)).doesNotContain("Rahima", "Khatun", "1711000001", "EB1000001", "1999-04-02", "Jessore");

        given().when().get("/api/v1/screenings/" + answer.path("id")).then().statusCode(200)
                .body("person.givenName", equalTo("Rahima"))
                .body("answers.exploitation", hasItem("excessive-hours"))
                .body("outcome.classification", equalTo("PRESUMED_TRAFFICKING_VICTIM"));
        given().when().get("/api/v1/cases/" + caseId).then().statusCode(200)
                .body("ref", equalTo(answer.path("caseRef")))
                .body("person.documentNumber", equalTo("EB1000001"))
                .body("consent.services", hasItems("SHELTER", "MEDICAL"))
                .body("screenings[0].classification", equalTo("PRESUMED_TRAFFICKING_VICTIM"));
        given().queryParam("ref", answer.<String>path("caseRef").toLowerCase()).when().get("/api/v1/cases").then().statusCode(200)
                .body("items[0].id", equalTo(caseId.toString()))
                .body("totalItems", equalTo(1));
        assertThat(count("SELECT count(*) FROM kit_audit_trail WHERE resource_type = 'case' AND resource_id = '" + caseId
                + "' AND action = 'READ'")).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "caseworker", roles = "case-worker")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA_NGO))
    void aCaseListPageThatIsNotANumberIsABadRequestNamingThePage() {
        given().queryParam("page", "abc").when().get("/api/v1/cases").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("page"));
        given().queryParam("size", "500").when().get("/api/v1/cases").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
        given().queryParam("page", "1").queryParam("size", "5").when().get("/api/v1/cases").then().statusCode(200)
                .body("page", equalTo(1)).body("size", equalTo(5));
    }

    @Test
    @TestSecurity(user = "partner-demo", roles = "screener")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA_NGO))
    void aRetryWithTheSameIdempotencyKeyGetsTheFirstAnswerAndCreatesNothingNew() {
        String key = UUID.randomUUID().toString();
        var body = Requests.screening("Nasima", "+8801711000002", "EB1000002", Requests.trafficked());
        var first = submit(body, key);
        long screenings = count("SELECT count(*) FROM screening");
        long events = count("SELECT count(*) FROM kit_outbox");
        var retry = submit(body, key);
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.<String>path("id")).isEqualTo(first.path("id"));
        assertThat(retry.<String>path("caseRef")).isEqualTo(first.path("caseRef"));
        assertThat(count("SELECT count(*) FROM screening")).isEqualTo(screenings);
        assertThat(count("SELECT count(*) FROM kit_outbox")).isEqualTo(events);
    }

    @Test
    @TestSecurity(user = "screener", roles = "screener")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA_NGO))
    void answersThatDoNotFitTheInstrumentGet422NamingEachQuestionAndNothingIsWritten() {
        long cases = count("SELECT count(*) FROM screening_case");
        var answers = Requests.with(Requests.trafficked(), "favourite-colour", "blue");
        answers = Requests.with(answers, "exploitation", "excessive-hours");
        answers = Requests.with(answers, "migration-route", null);
        given().contentType(ContentType.JSON).body(Requests.screening("Ayesha", "+8801711000003", "EB1000003", answers))
                .when().post("/api/v1/screenings").then().statusCode(422).contentType(PROBLEM)
                .body("errors.field", hasItems("answers.favourite-colour", "answers.exploitation", "answers.migration-route"))
                .body("errors.find { it.field == 'answers.migration-route' }.message", equalTo("is required"))
                .body(not(containsString("Ayesha")));
        given().contentType(ContentType.JSON)
                .body(Requests.with(Requests.screening("Ayesha", null, null, Requests.trafficked()), "instrument",
                        Map.of("code", "setu-core", "version", 7)))
                .when().post("/api/v1/screenings").then().statusCode(422).contentType(PROBLEM)
                .body("errors.field", hasItem("instrument"));
        assertThat(count("SELECT count(*) FROM screening_case")).isEqualTo(cases);
    }

    @Test
    @TestSecurity(user = "screener", roles = "screener")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA_NGO))
    void malformedOrInvalidRequestsGetProblemDetailsNamingTheField() {
        var body = Requests.screening("Ayesha", "+8801711000003", "EB1000003", Requests.trafficked());
        given().contentType(ContentType.JSON).body(Requests.with(body, "location", Map.of("divisionId", "BD-30")))
                .when().post("/api/v1/screenings").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("location.districtId"));
        @SuppressWarnings("unchecked") Map<String, Object> person = (Map<String, Object>) body.get("person");
        given().contentType(ContentType.JSON).body(Requests.with(body, "person", Requests.with(person, "sex", "ROBOT")))
                .when().post("/api/v1/screenings").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("person.sex"))
                .body(not(containsString("ROBOT")));
        given().contentType(ContentType.JSON).body(Requests.with(body, "person", Requests.with(person, "dateOfBirth", "2999-01-01")))
                .when().post("/api/v1/screenings").then().statusCode(400).body("errors.field", hasItem("person.dateOfBirth"));
        given().contentType(ContentType.JSON).body("{\"instrument\": ").when().post("/api/v1/screenings")
                .then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    @TestSecurity(user = "provider", roles = "provider-staff")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA_NGO))
    void providerStaffCannotRecordOrReadScreenings() {
        given().contentType(ContentType.JSON).body(Requests.screening("X", null, null, Requests.trafficked()))
                .when().post("/api/v1/screenings").then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    @TestSecurity(user = "caseworker", roles = "case-worker")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA_NGO))
    void anAmendmentEvaluatesTheScreeningAgainAndPublishesTheNewPicture() {
        var first = submit(Requests.screening("Shirin", "+8801711000004", "EB1000004", Requests.trafficked()), null);
        UUID caseId = UUID.fromString(first.path("caseId"));
        given().contentType(ContentType.JSON)
                .body(Map.of("answers", Map.of("migration-route", "irregular", "smuggling", List.of("paid-to-cross-irregularly"))))
                .when().post("/api/v1/screenings/" + first.path("id") + "/amendments").then().statusCode(200)
                .body("revision", equalTo(1))
                .body("outcome.classification", equalTo("SMUGGLED_MIGRANT"))
                .body("outcome.urgency", equalTo("ROUTINE"));
        var amended = ofKey(Topics.SCREENING, caseId, "setu.screening.amended.v1", 1).get(0);
        SchemaValidator.requireValid("setu.screening.amended.v1", value(amended));
        assertThat(TopicReader.json(amended).path("revision").asInt()).isEqualTo(1);
        assertThat(TopicReader.json(amended).path("classification").asText()).isEqualTo("SMUGGLED_MIGRANT");
        given().contentType(ContentType.JSON).body(Map.of("answers", Map.of("migration-route", 3)))
                .when().post("/api/v1/screenings/" + first.path("id") + "/amendments").then().statusCode(422)
                .body("errors[0].field", equalTo("answers.migration-route"));
    }

    @Test
    @TestSecurity(user = "caseworker", roles = "case-worker")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA_NGO))
    void aWithdrawnConsentIsRecordedAndAnnounced() {
        var first = submit(Requests.screening("Morjina", "+8801711000005", "EB1000005", Requests.trafficked()), null);
        UUID caseId = UUID.fromString(first.path("caseId"));
        given().contentType(ContentType.JSON).body(Map.of("services", List.of(), "shareWithProviders", "NONE"))
                .when().put("/api/v1/cases/" + caseId + "/consent").then().statusCode(200)
                .body("shareWithProviders", equalTo("NONE"));
        var changed = ofKey(Topics.SCREENING, caseId, "setu.screening.consent-changed.v2", 1).get(0);
        SchemaValidator.requireValid("setu.screening.consent-changed.v2", value(changed));
        assertThat(value(changed)).doesNotContain("caseRef");
        assertThat(TopicReader.json(changed).path("consent").path("services").size()).isZero();
        assertThat(TopicReader.json(changed).path("consent").path("shareWithProviders").asText()).isEqualTo("NONE");
        given().when().get("/api/v1/cases/" + caseId).then().statusCode(200)
                .body("consent.shareWithProviders", equalTo("NONE"))
                .body("version", equalTo(1));
    }

    @Test
    @TestSecurity(user = "screener", roles = "screener")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA_NGO))
    void aScreenerMayNotChangeConsentOrEraseACase() {
        var first = submit(Requests.screening("Sathi", null, null, Requests.trafficked()), null);
        given().contentType(ContentType.JSON).body(Map.of("services", List.of(), "shareWithProviders", "NONE"))
                .when().put("/api/v1/cases/" + first.path("caseId") + "/consent").then().statusCode(403);
        given().when().delete("/api/v1/cases/" + first.path("caseId")).then().statusCode(403);
        given().when().get("/api/v1/cases/" + UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM)
                .body("status", equalTo(404));
    }

    long count(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
