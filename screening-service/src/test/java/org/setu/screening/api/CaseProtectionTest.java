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
import org.setu.events.screening.ErasureReason;
import org.setu.events.screening.ScreeningContext;
import org.setu.events.screening.ShareLevel;
import org.setu.events.testing.SchemaValidator;
import org.setu.events.testing.SchemaVariants;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Sex;
import org.setu.kit.security.Caller;
import org.setu.screening.Requests;
import org.setu.screening.Tables;
import org.setu.screening.app.CaseKeys;
import org.setu.screening.app.CaseService;
import org.setu.screening.app.NewScreening;
import org.setu.screening.app.PersonInput;
import org.setu.screening.app.RetentionJob;
import org.setu.screening.app.ScreeningService;
import org.setu.screening.app.Screened;
import org.setu.screening.domain.PersonDetails;

import javax.sql.DataSource;
import java.sql.SQLException;
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

    static final Caller COX_CASEWORKER = new Caller("sub-cox", "caseworker2", Set.of("case-worker"),
            Optional.of(UUID.fromString(COX_NGO)));

    @Inject
    ScreeningService screenings;
    @Inject
    CaseService cases;
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
    void thePersonScreenedAgainByAnotherAgencyGetsACaseOfItsOwnAndThePairWaitsForTheCoordinators() throws Exception {
        Screened dhaka = screenedInDhaka("Jharna", "+8801711100002", "EC2000002", ShareLevel.BASIC);
        // the same passport, written differently, the same phone, and a consent that would share everything
        var body = Requests.with(Requests.screening("Jharna", "01711100002", "ec 200-0002", Requests.trafficked()),
                "consent", Map.of("services", List.of("LEGAL_AID"), "shareWithProviders", "FULL"));
        var answer = given().contentType(ContentType.JSON).body(body).when().post("/api/v1/screenings").then()
                .statusCode(201).extract();
        String cox = answer.path("caseId");
        assertThat(cox).isNotEqualTo(dhaka.caseId().toString());
        assertThat((Object) answer.path("duplicateOfCase")).isNull();
        assertThat(answer.asString()).doesNotContain(dhaka.caseRef()).doesNotContain(dhaka.caseId().toString());

        // nothing of the Dhaka case moved: no access, the same consent, the same single agency
        given().when().get("/api/v1/cases/" + dhaka.caseId()).then().statusCode(404);
        given().when().delete("/api/v1/cases/" + dhaka.caseId()).then().statusCode(404);
        assertThat(count("SELECT count(*) FROM case_agency WHERE case_id = '" + dhaka.caseId() + "'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM screening_case WHERE id = '" + dhaka.caseId()
                + "' AND consent_share = 'BASIC' AND consent_services = 'SHELTER,MEDICAL'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM possible_duplicate WHERE case_id = '" + cox + "' AND other_case_id = '"
                + dhaka.caseId() + "' AND status = 'PENDING' AND matched_on = 'DOCUMENT,PHONE'")).isEqualTo(1);
        // and Cox's Bazar's own case is whole
        given().when().get("/api/v1/cases/" + cox).then().statusCode(200).body("screenings.size()", equalTo(1))
                .body("consent.shareWithProviders", equalTo("FULL"));
    }

    @Test
    @TestSecurity(user = "caseworker", roles = "case-worker")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA_NGO))
    void withinOneAgencyTheSamePersonJoinsHerCaseAndItsConsentStaysAsItWas() throws Exception {
        Screened first = screenedInDhaka("Shirin", "+8801711100012", "EC2000012", ShareLevel.BASIC);
        var body = Requests.with(Requests.screening("Shirin", "01711100012", "EC2000012", Requests.trafficked()),
                "consent", Map.of("services", List.of(), "shareWithProviders", "FULL"));
        var answer = given().contentType(ContentType.JSON).body(body).when().post("/api/v1/screenings").then()
                .statusCode(201).extract();
        assertThat(answer.<String>path("caseId")).isEqualTo(first.caseId().toString());
        assertThat(answer.<String>path("duplicateOfCase")).isEqualTo(first.caseId().toString());
        given().when().get("/api/v1/cases/" + first.caseId()).then().statusCode(200)
                .body("screenings.size()", equalTo(2)).body("consent.shareWithProviders", equalTo("BASIC"));
        var events = ofKey(Topics.SCREENING, first.caseId(), "setu.screening.completed.v1", 2);
        assertThat(io.restassured.path.json.JsonPath.from(value(events.get(1))).getString("consent.shareWithProviders"))
                .isEqualTo("BASIC");
    }

    @Test
    @TestSecurity(user = "caseworker2", roles = "case-worker")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = COX_NGO))
    void numbersAnotherAgencyPlantsByAnAmendmentDoNotCaptureThePersonsNextScreening() throws Exception {
        Screened dhaka = screenedInDhaka("Moni", "+8801711100013", "EC2000013", ShareLevel.BASIC);
        // Cox's Bazar writes Moni's phone and passport onto a case of its own
        var mine = given().contentType(ContentType.JSON)
                .body(Requests.screening("Somebody", "+8801911000013", "EC2999013", Requests.trafficked()))
                .when().post("/api/v1/screenings").then().statusCode(201).extract();
        var planted = Requests.screening("Somebody", "+8801711100013", "EC2000013", Requests.trafficked());
        given().contentType(ContentType.JSON).body(Map.of("answers", Requests.trafficked(), "person", planted.get("person")))
                .when().post("/api/v1/screenings/" + mine.path("id") + "/amendments").then().statusCode(200);

        // Dhaka screens Moni again: she stays in Dhaka's case
        Screened again = screenedInDhaka("Moni", "+8801711100013", "EC2000013", ShareLevel.BASIC);
        assertThat(again.caseId()).isEqualTo(dhaka.caseId());
        assertThat(count("SELECT count(*) FROM case_agency WHERE case_id = '" + mine.path("caseId") + "'")).isEqualTo(1);
        given().when().get("/api/v1/cases/" + dhaka.caseId()).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "coordinator", roles = "nrm-coordinator")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = "5e7c1f3a-2b4d-4c6e-8f10-a1b2c3d4e503"))
    void aCoordinatorConfirmsAPairAndEachAgencyThenReadsTheOtherCaseAsFarAsItsConsentAllows() throws Exception {
        Screened dhaka = screenedInDhaka("Tania", "+8801711100014", "EC2000014", ShareLevel.BASIC);
        Screened cox = screenings.submit(new NewScreening("setu-core", 1, ScreeningContext.AIRPORT_RETURNEE,
                new AdminArea("BD-20", "BD-2022", null), new PersonInput(new PersonDetails("Tania", "Begum",
                LocalDate.of(2001, 5, 6), null, null, "EC2000014", null, "Second screening"), Sex.FEMALE, "BD",
                List.of("bn"), new AdminArea(null, "BD-1009", null)), Requests.trafficked(), new Consent(List.of(ServiceCategory.SHELTER), ShareLevel.NONE)),
                COX_CASEWORKER);
        String pair = given().queryParam("status", "PENDING").queryParam("size", "200").when().get("/api/v1/possible-duplicates")
                .then().statusCode(200).extract().jsonPath()
                .getString("items.find { it.newer.caseId == '" + cox.caseId() + "' }.id");
        assertThat(pair).isNotNull();
        given().when().get("/api/v1/possible-duplicates/" + pair).then().statusCode(200)
                .body("matched.caseRef", equalTo(dhaka.caseRef())).body("matchedOn", org.hamcrest.Matchers.contains("DOCUMENT", "NAME_BIRTH"));
        // before a decision nothing is shared
        assertThat(cases.linkedCases(cox.caseId(), COX_CASEWORKER)).isEmpty();

        given().when().post("/api/v1/possible-duplicates/" + pair + "/confirmation").then().statusCode(200)
                .body("status", equalTo("CONFIRMED"));
        given().when().post("/api/v1/possible-duplicates/" + pair + "/rejection").then().statusCode(409);

        // Cox's Bazar reads Dhaka's case as its BASIC consent allows: the name, not the passport
        var fromCox = cases.linkedCases(cox.caseId(), COX_CASEWORKER);
        assertThat(fromCox).singleElement().satisfies(l -> {
            assertThat(l.caseId()).isEqualTo(dhaka.caseId());
            assertThat(l.person().givenName()).isEqualTo("Tania");
            assertThat(l.person().documentNumber()).isNull();
        });
        // Dhaka sees Cox's Bazar's case, whose consent shares nothing: no person at all
        assertThat(cases.linkedCases(dhaka.caseId(), DHAKA_SCREENER)).singleElement()
                .satisfies(l -> assertThat(l.person()).isNull());
        // and still neither may open, change or erase the other's case
        assertThatThrownBy(() -> cases.view(dhaka.caseId(), COX_CASEWORKER)).isInstanceOf(org.setu.kit.api.NotFound.class);
        assertThatThrownBy(() -> cases.erase(dhaka.caseId(), ErasureReason.PERSON_REQUEST, COX_CASEWORKER))
                .isInstanceOf(org.setu.kit.api.NotFound.class);
        assertThat(count("SELECT count(*) FROM kit_audit_trail WHERE resource_type = 'possible-duplicate' AND resource_id = '"
                + pair + "' AND action = 'CHANGE' AND purpose = 'DUPLICATE_REVIEW'")).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "coordinator", roles = "nrm-coordinator")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = "5e7c1f3a-2b4d-4c6e-8f10-a1b2c3d4e503"))
    void anUnknownStatusInTheCoordinatorsQueueIsABadRequestNamingTheParameter() {
        given().queryParam("status", "MAYBE").when().get("/api/v1/possible-duplicates").then().statusCode(400)
                .contentType("application/problem+json").body(org.hamcrest.Matchers.containsString("status"));
        given().when().get("/api/v1/possible-duplicates/" + UUID.randomUUID()).then().statusCode(404);
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

    @Test
    @TestSecurity(user = "provider", roles = "provider-staff")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = PROVIDER_ORG))
    void anEscalationWithNoOrganizationAndACancellationWithNoReferenceEachCloseTheSharedViewWithoutADeadLetter() {
        Screened dhaka = screenedInDhaka("Bokul", "+8801711100017", "EC2000017", ShareLevel.BASIC);
        String view = "/api/v1/cases/" + dhaka.caseId() + "/shared-view";
        UUID first = UUID.randomUUID();
        sendReferralEvent("setu.referral.accepted.v1", dhaka.caseId(), referralJson(first, dhaka, "ACCEPTED"));
        TopicReader.await(() -> given().when().get(view).statusCode() == 200, Duration.ofSeconds(30));

        // NO_CANDIDATE_LEFT: escalated.v1 allows a null organization
        sendReferralEvent("setu.referral.escalated.v1", dhaka.caseId(), referralJson(first, dhaka, "ESCALATED")
                .replace("\"organizationId\":\"" + PROVIDER_ORG + "\"", "\"organizationId\":null"));
        TopicReader.await(() -> given().when().get(view).statusCode() == 404, Duration.ofSeconds(30));

        UUID second = UUID.randomUUID();
        sendReferralEvent("setu.referral.accepted.v1", dhaka.caseId(), referralJson(second, dhaka, "ACCEPTED"));
        TopicReader.await(() -> given().when().get(view).statusCode() == 200, Duration.ofSeconds(30));
        // an erasure's cancellation (v2) carries no case reference
        sendReferralEvent("setu.referral.cancelled.v2", dhaka.caseId(), referralJson(second, dhaka, "CANCELLED")
                .replace("\"caseRef\":\"" + dhaka.caseRef() + "\"", "\"caseRef\":null"));
        TopicReader.await(() -> given().when().get(view).statusCode() == 404, Duration.ofSeconds(30));
    }

    /**
     * Every referral type this service acts on, in every shape its schema allows (optional fields absent, nullable
     * fields null, each enum value), is applied: none goes to the dead-letter topic.
     */
    @Test
    @TestSecurity(user = "provider", roles = "provider-staff")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = PROVIDER_ORG))
    void everySchemaValidShapeOfEveryReferralTypeItReadsIsAppliedAndNoneIsDeadLettered() throws Exception {
        Screened dhaka = screenedInDhaka("Champa", "+8801711100021", "EC2000021", ShareLevel.BASIC);
        List<String> consumed = List.of("setu.referral.accepted.v1", "setu.referral.started.v1", "setu.referral.completed.v1",
                "setu.referral.cancelled.v1", "setu.referral.cancelled.v2", "setu.referral.declined.v1",
                "setu.referral.expired.v1", "setu.referral.escalated.v1");
        Map<String, String> sent = new java.util.LinkedHashMap<>();
        for (String type : consumed) {
            for (SchemaVariants.Variant v : SchemaVariants.of(type, validExample(type, dhaka))) {
                String id = UUID.randomUUID().toString();
                sent.put(id, type + " " + v.name());
                TopicReader.send(Topics.REFERRAL, dhaka.caseId().toString(), Map.of("id", id, "type", type,
                        "source", "/referral-service", "subject", dhaka.caseId().toString()), v.data().toString());
            }
        }
        TopicReader.await(() -> applied(sent.keySet()).size() == sent.size(), Duration.ofSeconds(60));
        List<String> dead = TopicReader.readUntil("setu.screening-service.dlq", rs -> false, Duration.ofSeconds(10)).stream()
                .map(r -> TopicReader.header(r, "ce_id")).filter(sent::containsKey).map(sent::get).toList();
        assertThat(dead).as("dead-lettered variants").isEmpty();
    }

    /** The test's referral as {@code type}'s schema accepts it: the status and reason code it requires. */
    private static com.fasterxml.jackson.databind.node.ObjectNode validExample(String type, Screened s) throws Exception {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        for (org.setu.events.vocabulary.ReferralStatus status : org.setu.events.vocabulary.ReferralStatus.values()) {
            for (String reason : java.util.Arrays.asList(null, "NO_CAPACITY")) {
                var example = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(referralJson(UUID.randomUUID(), s, status.name()));
                if (reason != null) example.put("reasonCode", reason);
                if (SchemaValidator.problems(type, example).isEmpty()) return example;
            }
        }
        throw new AssertionError("no example of " + type);
    }

    private Set<String> applied(Set<String> ids) {
        Set<String> out = new java.util.HashSet<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT event_id FROM kit_inbox WHERE consumer = 'screening-service' AND event_id = ANY (?)")) {
            s.setArray(1, c.createArrayOf("text", ids.toArray()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) out.add(r.getString(1));
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
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
        byte[] ciphertext = bytes("SELECT person_ct FROM screening WHERE id = ?", dhaka.id());
        given().when().delete("/api/v1/cases/" + dhaka.caseId()).then().statusCode(204);

        given().when().get("/api/v1/cases/" + dhaka.caseId()).then().statusCode(404);
        given().when().get("/api/v1/screenings/" + dhaka.id()).then().statusCode(404);
        given().queryParam("ref", dhaka.caseRef()).when().get("/api/v1/cases").then().body("totalItems", equalTo(0));
        byte[] wrappedKey = bytes("SELECT wrapped_key FROM screening_case WHERE id = ?", dhaka.caseId());
        assertThat(ciphertext).isNotEmpty();
        assertThat(bytes("SELECT person_ct FROM screening WHERE id = ?", dhaka.id())).isEmpty();
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
    void anErasedCaseLeavesNoReferenceNoFineAreasNoReplayableAnswerAndNoOutboxEvent() throws Exception {
        String key = "erase-me-" + UUID.randomUUID();
        var body = Requests.screening("Nasima", "+8801711100016", "EC2000016", Requests.trafficked());
        var created = given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/screenings").then().statusCode(201).extract();
        UUID caseId = UUID.fromString(created.path("caseId"));
        String ref = created.path("caseRef");
        given().when().delete("/api/v1/cases/" + caseId).then().statusCode(204);

        // the reference is gone from the case row; only its hash stays, so it is never issued again
        assertThat(count("SELECT count(*) FROM screening_case WHERE id = '" + caseId + "' AND ref IS NULL AND status = 'ERASED'")).isEqualTo(1);
        assertThat(dump("screening_case") + dump("screening") + dump("kit_idempotency_keys") + dump("kit_outbox")
                + dump("possible_duplicate") + dump("person_index")).doesNotContain(ref);
        assertThat(count("SELECT count(*) FROM screening WHERE case_id = '" + caseId + "' AND upazila_id IS NULL "
                + "AND home_upazila_id IS NULL AND nationality IS NULL AND languages = '' AND screened_by = '' "
                + "AND district_id = 'BD-3026'")).isEqualTo(1);
        // a retry of the original request is told the case is gone, and opens nothing new
        given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/screenings").then().statusCode(410).contentType("application/problem+json")
                .body(not(org.hamcrest.Matchers.containsString(caseId.toString())));
        // of the outbox, at most the erasure's own event names the case, and it carries no reference
        assertThat(count("SELECT count(*) FROM kit_outbox WHERE strpos(payload::text, '" + caseId + "') > 0 "
                + "AND event_type <> 'setu.screening.case-erased.v1'")).isZero();
    }

    @Test
    @TestSecurity(user = "caseworker", roles = "case-worker")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA_NGO))
    void aCaseClosedLongerThanTheRetentionPeriodIsErasedByTheScheduledJobAndAudited() throws Exception {
        Screened old = screenedInDhaka("Amena", "+8801711100007", "EC2000007", ShareLevel.BASIC);
        Screened recent = screenedInDhaka("Bokul", "+8801711100008", "EC2000008", ShareLevel.BASIC);
        given().contentType(ContentType.JSON).body(Map.of("reason", "REINTEGRATED"))
                .when().post("/api/v1/cases/" + old.caseId() + "/close").then().statusCode(200).body("status", equalTo("CLOSED"));
        given().contentType(ContentType.JSON).body(Map.of("reason", "MOVED_WITHIN_COUNTRY"))
                .when().post("/api/v1/cases/" + recent.caseId() + "/close").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("reason", "MOVED_WITHIN_COUNTRY"))
                .when().post("/api/v1/cases/" + recent.caseId() + "/close").then().statusCode(409)
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

    private long count(String sql) throws SQLException {
        return Tables.count(dataSource, sql);
    }

    /** A record as the referral service's relay would send it. */
    private static void sendReferralEvent(String type, UUID caseId, String json) {
        TopicReader.send(Topics.REFERRAL, caseId.toString(), Map.of("id", UUID.randomUUID().toString(), "type", type,
                "source", "/referral-service", "subject", caseId.toString()), json);
    }
}
