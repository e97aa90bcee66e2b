package org.setu.screening.api;

import org.setu.devstack.testing.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.setu.events.Topics;
import org.setu.events.screening.AdminArea;
import org.setu.events.screening.Consent;
import org.setu.events.screening.ScreeningContext;
import org.setu.events.screening.ShareLevel;
import org.setu.events.testing.SchemaValidator;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Sex;
import org.setu.kit.security.Caller;
import org.setu.screening.Requests;
import org.setu.screening.app.CaseKeys;
import org.setu.screening.app.NewScreening;
import org.setu.screening.app.PersonInput;
import org.setu.screening.app.RetentionJob;
import org.setu.screening.app.ScreeningService;
import org.setu.screening.app.Screened;
import org.setu.screening.domain.PersonDetails;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.setu.screening.Requests.COX_NGO;
import static org.setu.screening.Requests.DHAKA_NGO;
import static org.setu.devstack.testing.TopicReader.ofKey;
import static org.setu.devstack.testing.TopicReader.value;

/** Agency scoping, duplicates across agencies, the shared view, encryption at rest and erasure. */
@QuarkusTest
class CaseProtectionTest {

    static final String PROVIDER_ORG = "7a1c0000-0000-4000-8000-00000000f001";
    static final Caller DHAKA_SCREENER = new Caller("sub-dhaka", "screener", Set.of("screener"),
            Optional.of(UUID.fromString(DHAKA_NGO)));

    @Inject
    ScreeningService screenings;
    @Inject
    RetentionJob retention;
    @Inject
    CaseKeys keys;
    @Inject
    DataSource dataSource;

    /** Agency A (Dhaka) screens someone, straight through the use case. */
    Screened screenedInDhaka(String givenName, String phone, String document, ShareLevel share) {
        PersonInput person = new PersonInput(new PersonDetails(givenName, "Begum", LocalDate.of(2001, 5, 6), null, phone,
                document, "Village Char Kukri, Bhola", "Afraid of the broker"), Sex.FEMALE, "BD", List.of("bn"),
                new AdminArea(null, "BD-1009", null));
        return screenings.submit(new NewScreening("setu-core", 1, ScreeningContext.AIRPORT_RETURNEE,
                new AdminArea("BD-30", "BD-3026", null), person, Requests.trafficked(),
                new Consent(List.of(ServiceCategory.SHELTER, ServiceCategory.MEDICAL), share)), DHAKA_SCREENER);
    }

    @Test
    @TestSecurity(user = "caseworker2", roles = "case-worker")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = COX_NGO))
    void anotherAgencysCaseAndScreeningAnswer404AsIfTheyDidNotExist() {
        Screened dhaka = screenedInDhaka("Jesmin", "+8801711100001", "EC2000001", ShareLevel.BASIC);
        given().when().get("/api/v1/cases/" + dhaka.caseId()).then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/v1/screenings/" + dhaka.id()).then().statusCode(404);
        given().queryParam("ref", dhaka.caseRef()).when().get("/api/v1/cases").then().statusCode(200).body("totalItems", equalTo(0));
        given().contentType(ContentType.JSON).body(Map.of("services", List.of(), "shareWithProviders", "NONE"))
                .when().put("/api/v1/cases/" + dhaka.caseId() + "/consent").then().statusCode(404);
        given().when().delete("/api/v1/cases/" + dhaka.caseId()).then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("answers", Requests.trafficked()))
                .when().post("/api/v1/screenings/" + dhaka.id() + "/amendments").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "caseworker2", roles = "case-worker")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = COX_NGO))
    void thePersonScreenedAgainByAnotherAgencyIsFoundByTheirDocumentAndJoinsTheCase() {
        Screened dhaka = screenedInDhaka("Jharna", "+8801711100002", "EC2000002", ShareLevel.BASIC);
        // the same passport, written differently, and another phone
        var body = Requests.screening("Jharna", "+8801911999999", "ec 200-0002", Requests.trafficked());
        var answer = given().contentType(ContentType.JSON).body(body).when().post("/api/v1/screenings").then()
                .statusCode(201).extract();
        assertThat(answer.<String>path("duplicateOfCase")).isEqualTo(dhaka.caseId().toString());
        assertThat(answer.<String>path("caseId")).isEqualTo(dhaka.caseId().toString());
        assertThat(answer.<String>path("caseRef")).isEqualTo(dhaka.caseRef());
        // having screened the person, Cox's Bazar now works on the case, and sees its own record of her
        given().when().get("/api/v1/cases/" + dhaka.caseId()).then().statusCode(200)
                .body("screenings.size()", equalTo(2))
                .body("person.phone", equalTo("+8801911999999"));
        var events = ofKey(Topics.SCREENING, dhaka.caseId(), "setu.screening.completed.v1", 2);
        assertThat(events).hasSize(2);
    }

    @Test
    @TestSecurity(user = "caseworker2", roles = "case-worker")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = COX_NGO))
    void aSharedFamilyPhoneDoesNotJoinTwoPeopleWithDifferentDocuments() {
        Screened dhaka = screenedInDhaka("Rupa", "+8801711100003", "EC2000003", ShareLevel.BASIC);
        var answer = given().contentType(ContentType.JSON)
                .body(Requests.screening("Rupa's sister", "01711100003", "EC2999999", Requests.trafficked()))
                .when().post("/api/v1/screenings").then().statusCode(201).extract();
        assertThat((Object) answer.path("duplicateOfCase")).isNull();
        assertThat(answer.<String>path("caseId")).isNotEqualTo(dhaka.caseId().toString());
    }

    @Test
    @TestSecurity(user = "provider", roles = "provider-staff")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = PROVIDER_ORG))
    void aProviderSeesTheConsentedFieldsOnlyWhileItHoldsAnAcceptedReferral() throws Exception {
        Screened dhaka = screenedInDhaka("Shapla", "+8801711100004", "EC2000004", ShareLevel.BASIC);
        String view = "/api/v1/cases/" + dhaka.caseId() + "/shared-view";
        given().when().get(view).then().statusCode(404);

        UUID referral = UUID.randomUUID();
        sendReferralEvent("setu.referral.accepted.v1", dhaka.caseId(), referralJson(referral, dhaka, "ACCEPTED"));
        TopicReader.await(() -> given().when().get(view).statusCode() == 200, Duration.ofSeconds(30));
        given().when().get(view).then().statusCode(200)
                .body("caseRef", equalTo(dhaka.caseRef()))
                .body("shareWithProviders", equalTo("BASIC"))
                .body("person.givenName", equalTo("Shapla"))
                .body("person.phone", equalTo("+8801711100004"))
                .body("person.age", equalTo(LocalDate.of(2001, 5, 6).until(LocalDate.now()).getYears()))
                .body("person", not(hasKey("familyName")))
                .body("person", not(hasKey("documentNumber")))
                .body("person", not(hasKey("notes")));

        sendReferralEvent("setu.referral.cancelled.v1", dhaka.caseId(), referralJson(referral, dhaka, "CANCELLED"));
        TopicReader.await(() -> given().when().get(view).statusCode() == 404, Duration.ofSeconds(30));
        // a record that is not an event goes to the dead-letter topic, and later events still arrive
        sendReferralEvent("setu.referral.accepted.v1", dhaka.caseId(), "{not json");
        UUID second = UUID.randomUUID();
        sendReferralEvent("setu.referral.accepted.v1", dhaka.caseId(), referralJson(second, dhaka, "ACCEPTED"));
        TopicReader.await(() -> given().when().get(view).statusCode() == 200, Duration.ofSeconds(30));
        assertThat(TopicReader.readUntil("setu.screening-service.dlq", rs -> !rs.isEmpty(), Duration.ofSeconds(20)))
                .isNotEmpty();
    }

    private static String referralJson(UUID referral, Screened s, String status) {
        return "{\"referralId\":\"" + referral + "\",\"caseId\":\"" + s.caseId() + "\",\"caseRef\":\"" + s.caseRef()
                + "\",\"category\":\"SHELTER\",\"serviceId\":\"" + UUID.randomUUID() + "\",\"organizationId\":\"" + PROVIDER_ORG
                + "\",\"referringAgencyId\":\"" + DHAKA_NGO + "\",\"status\":\"" + status + "\",\"urgency\":\"HIGH\","
                + "\"dueAt\":\"2030-01-01T00:00:00Z\",\"attempt\":1,\"reasonCode\":null,\"occurredAt\":\"2026-01-01T00:00:00Z\"}";
    }

    @Test
    @TestSecurity(user = "caseworker", roles = "case-worker")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA_NGO))
    void noNamePhoneOrDocumentNumberIsStoredOrPublishedInPlaintext() throws Exception {
        Screened dhaka = screenedInDhaka("Parul", "+8801755512345", "ZX9876543", ShareLevel.FULL);
        String[] secrets = {"Parul", "Begum", "8801755512345", "1755512345", "ZX9876543", "Char Kukri", "broker", "2001-05-06"};
        for (String table : List.of("screening_case", "case_agency", "screening", "person_index", "kit_outbox",
                "kit_audit_trail", "kit_idempotency_keys")) {
            String dump = dump(table);
            for (String secret : secrets) assertThat(dump).as(table + " holds no " + secret).doesNotContainIgnoringCase(secret);
        }
        List<ConsumerRecord<byte[], byte[]>> records = ofKey(Topics.SCREENING, dhaka.caseId(), "setu.screening.completed.v1", 1);
        for (ConsumerRecord<byte[], byte[]> r : records) {
            String all = value(r) + r.headers().toString();
            for (String secret : secrets) assertThat(all).doesNotContainIgnoringCase(secret);
        }
        // and yet the case worker reads her details back
        given().when().get("/api/v1/cases/" + dhaka.caseId()).then().statusCode(200).body("person.givenName", equalTo("Parul"));
    }

    @Test
    @TestSecurity(user = "caseworker", roles = "case-worker")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA_NGO))
    void anErasedCaseAnswers404AndItsCiphertextCanNoLongerBeDecrypted() throws Exception {
        Screened dhaka = screenedInDhaka("Kulsum", "+8801711100006", "EC2000006", ShareLevel.BASIC);
        given().when().delete("/api/v1/cases/" + dhaka.caseId()).then().statusCode(204);

        given().when().get("/api/v1/cases/" + dhaka.caseId()).then().statusCode(404);
        given().when().get("/api/v1/screenings/" + dhaka.id()).then().statusCode(404);
        given().queryParam("ref", dhaka.caseRef()).when().get("/api/v1/cases").then().body("totalItems", equalTo(0));
        byte[] ciphertext = bytes("SELECT person_ct FROM screening WHERE id = ?", dhaka.id());
        byte[] wrappedKey = bytes("SELECT wrapped_key FROM screening_case WHERE id = ?", dhaka.caseId());
        assertThat(ciphertext).isNotEmpty();
        assertThat(wrappedKey).isNull();
        assertThatThrownBy(() -> keys.open(dhaka.caseId(), wrappedKey, keys.currentMasterKeyId()).decrypt("person:" + dhaka.id(), ciphertext))
                .isInstanceOf(IllegalStateException.class);
        // no other case's key opens it either
        Screened other = screenedInDhaka("Other", null, null, ShareLevel.NONE);
        byte[] otherKey = bytes("SELECT wrapped_key FROM screening_case WHERE id = ?", other.caseId());
        assertThatThrownBy(() -> keys.open(dhaka.caseId(), otherKey, keys.currentMasterKeyId()))
                .isInstanceOf(IllegalStateException.class);
        // the same person screened again opens a new case: the blind index forgot the erased one
        Screened again = screenedInDhaka("Kulsum", "+8801711100006", "EC2000006", ShareLevel.BASIC);
        assertThat(again.caseId()).isNotEqualTo(dhaka.caseId());
        assertThat(again.duplicateOfCase()).isNull();

        var erased = ofKey(Topics.SCREENING, dhaka.caseId(), "setu.screening.case-erased.v1", 1).get(0);
        SchemaValidator.requireValid("setu.screening.case-erased.v1", value(erased));
        assertThat(value(erased)).contains("PERSON_REQUEST").doesNotContain(dhaka.caseRef());
        assertThat(count("SELECT count(*) FROM kit_audit_trail WHERE action = 'ERASE' AND resource_id = '" + dhaka.caseId() + "'"))
                .isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "caseworker", roles = "case-worker")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA_NGO))
    void aCaseClosedLongerThanTheRetentionPeriodIsErasedByTheScheduledJobAndAudited() throws Exception {
        Screened old = screenedInDhaka("Amena", "+8801711100007", "EC2000007", ShareLevel.BASIC);
        Screened recent = screenedInDhaka("Bokul", "+8801711100008", "EC2000008", ShareLevel.BASIC);
        given().when().post("/api/v1/cases/" + old.caseId() + "/close").then().statusCode(200).body("status", equalTo("CLOSED"));
        given().when().post("/api/v1/cases/" + recent.caseId() + "/close").then().statusCode(200);
        given().when().post("/api/v1/cases/" + recent.caseId() + "/close").then().statusCode(409)
                .body("currentStatus", equalTo("CLOSED"));
        update("UPDATE screening_case SET closed_at = now() - interval '5 years 1 day' WHERE id = ?", old.caseId());

        // as the scheduler runs it: on a thread of its own, outside any request
        assertThat(java.util.concurrent.CompletableFuture.supplyAsync(() -> retention.eraseDue(Instant.now())).get())
                .isEqualTo(1);

        given().when().get("/api/v1/cases/" + old.caseId()).then().statusCode(404);
        given().when().get("/api/v1/cases/" + recent.caseId()).then().statusCode(200);
        assertThat(count("SELECT count(*) FROM kit_audit_trail WHERE action = 'ERASE' AND purpose = 'RETENTION' "
                + "AND actor = 'system:screening-service' AND resource_id = '" + old.caseId() + "'")).isEqualTo(1);
        assertThat(value(ofKey(Topics.SCREENING, old.caseId(), "setu.screening.case-erased.v1", 1).get(0)))
                .contains("RETENTION_PERIOD_ENDED");
    }

    private String dump(String table) throws Exception {
        StringBuilder out = new StringBuilder();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("SELECT * FROM " + table);
             ResultSet rs = s.executeQuery()) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    Object v = rs.getObject(i);
                    out.append(v instanceof byte[] b ? new String(b, StandardCharsets.ISO_8859_1) : String.valueOf(v)).append('|');
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    private byte[] bytes(String sql, UUID id) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getBytes(1);
            }
        }
    }

    private void update(String sql, UUID id) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, id);
            s.executeUpdate();
        }
    }

    private long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A record as the referral service's relay would send it. */
    private static void sendReferralEvent(String type, UUID caseId, String json) {
        TopicReader.send(Topics.REFERRAL, caseId.toString(), Map.of("id", UUID.randomUUID().toString(), "type", type,
                "source", "/referral-service", "subject", caseId.toString()), json);
    }
}
