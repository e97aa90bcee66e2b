package org.setu.screening.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.setu.devstack.testing.TopicReader;
import org.setu.events.screening.AdminArea;
import org.setu.events.screening.Consent;
import org.setu.events.screening.ScreeningContext;
import org.setu.events.screening.ShareLevel;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Sex;
import org.setu.kit.security.Caller;
import org.setu.screening.Requests;
import org.setu.screening.Tables;
import org.setu.screening.app.NewScreening;
import org.setu.screening.app.PersonInput;
import org.setu.screening.app.PlannedReturnService;
import org.setu.screening.app.ScreeningService;
import org.setu.screening.domain.PersonDetails;
import org.setu.screening.domain.repatriation.NationalityVerification;
import org.setu.screening.domain.repatriation.PlannedReturn;
import org.setu.events.screening.TravelMode;
import org.setu.screening.domain.repatriation.VerificationAuthority;
import org.setu.events.screening.VerificationStatus;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.setu.screening.Requests.COX_NGO;
import static org.setu.screening.Requests.DHAKA_NGO;

/** A case's planned return: the window, port and mode in clear, the flight sealed, one writer at a time. */
@QuarkusTest
class PlannedReturnApiTest {

    static final String PROBLEM = "application/problem+json";
    static final String PATH = "/api/v1/cases/{id}/planned-return";
    static final AtomicInteger PERSONS = new AtomicInteger();
    static final String FLIGHT = "SV 3802";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Dhaka"));

    @Inject
    PlannedReturnService returns;

    @Inject
    ScreeningService screenings;

    @Inject
    DataSource dataSource;

    @Test
    @TestSecurity(user = "caseworker", roles = "case-worker")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA_NGO))
    void aWomanInRiyadhIsPlannedToLandAtDhakaAirportWithinAWeek() throws SQLException {
        UUID caseId = newCase();
        given().contentType(ContentType.JSON).body(byAir(FLIGHT))
                .when().put(PATH, caseId).then().statusCode(201)
                .header("ETag", "\"1\"")
                .body("portOfEntry", equalTo("DAC")).body("mode", equalTo("AIR"))
                .body("transportRef", equalTo(FLIGHT)).body("updatedBy", equalTo("caseworker"));

        given().when().get(PATH, caseId).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("expectedFrom", equalTo(TODAY.plusDays(2).toString()))
                .body("expectedTo", equalTo(TODAY.plusDays(7).toString()))
                .body("transportRef", equalTo(FLIGHT))
                .body("nationalityVerification", nullValue());
        given().when().get("/api/v1/cases/{id}", caseId).then().statusCode(200)
                .body("plannedReturn.portOfEntry", equalTo("DAC"))
                .body("plannedReturn.expectedTo", equalTo(TODAY.plusDays(7).toString()))
                .body("plannedReturn.transportRef", nullValue());

        String row = Tables.rowsOfCase(dataSource, "planned_return", caseId);
        assertThat(row).as("the flight at rest").doesNotContain("3802").contains("DAC");
        assertThat(count("SELECT count(*) FROM kit_audit_trail WHERE resource_type = 'planned-return' AND resource_id = '"
                + caseId + "'")).as("the write and the read, each audited").isEqualTo(2);

        // the port and the services at home hear the port, the window and the mode, never the flight
        var planned = TopicReader.json(TopicReader.ofKey("setu.screening.v1", caseId, "setu.screening.return-planned.v1", 1).get(0));
        assertThat(planned.get("portOfEntry").asText()).isEqualTo("DAC");
        assertThat(planned.get("expectedFrom").asText()).isEqualTo(TODAY.plusDays(2).toString());
        assertThat(planned.get("mode").asText()).isEqualTo("AIR");
        assertThat(planned.get("version").asLong()).isEqualTo(1);
        assertThat(planned.get("agencyId").asText()).isEqualTo(DHAKA_NGO);
        assertThat(planned.get("verification").isNull()).isTrue();
        assertThat(planned.toString()).doesNotContain("3802").doesNotContain("BD-");
    }

    @Test
    @TestSecurity(user = "caseworker", roles = "case-worker")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA_NGO))
    void aRepatriationThroughBenapoleWaitsOnNationalityVerificationByTheMission() throws SQLException {
        UUID caseId = newCase();
        Map<String, Object> plan = byLand("BENAPOLE");
        plan.put("nationalityVerification", Map.of("status", "PENDING", "waitingOn", "BD_MISSION",
                "since", TODAY.minusDays(20).toString()));
        given().contentType(ContentType.JSON).body(plan).when().put(PATH, caseId).then().statusCode(201);

        given().when().get(PATH, caseId).then().statusCode(200)
                .body("mode", equalTo("LAND"))
                .body("transportRef", nullValue())
                .body("nationalityVerification.status", equalTo("PENDING"))
                .body("nationalityVerification.waitingOn", equalTo("BD_MISSION"))
                .body("nationalityVerification.since", equalTo(TODAY.minusDays(20).toString()));
        given().when().get("/api/v1/cases/{id}", caseId).then().statusCode(200)
                .body("plannedReturn.portOfEntry", equalTo("BENAPOLE"))
                .body("plannedReturn.verification", equalTo("PENDING"));
        assertThat(count("SELECT count(*) FROM planned_return WHERE case_id = '" + caseId
                + "' AND verification_waiting_on = 'BD_MISSION' AND transport_ref_sealed IS NULL")).isEqualTo(1);
        var planned = TopicReader.json(TopicReader.ofKey("setu.screening.v1", caseId, "setu.screening.return-planned.v1", 1).get(0));
        assertThat(planned.get("verification").asText()).as("the status only, not whose answer it waits on")
                .isEqualTo("PENDING");
        assertThat(planned.toString()).doesNotContain("BD_MISSION");
    }

    @Test
    @TestSecurity(user = "caseworker", roles = "case-worker")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA_NGO))
    void aChangeOrACancellationNeedsTheVersionReadSoThatTwoCaseWorkersNeverOverwriteEachOtherUnseen() {
        UUID caseId = newCase();
        given().contentType(ContentType.JSON).body(byAir(null)).when().put(PATH, caseId).then().statusCode(201);

        given().contentType(ContentType.JSON).body(byAir(FLIGHT)).when().put(PATH, caseId).then().statusCode(428)
                .contentType(PROBLEM);
        given().contentType(ContentType.JSON).header("If-Match", "\"7\"").body(byAir(FLIGHT))
                .when().put(PATH, caseId).then().statusCode(409).contentType(PROBLEM);
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(byAir(FLIGHT))
                .when().put(PATH, caseId).then().statusCode(200).header("ETag", "\"2\"").body("transportRef", equalTo(FLIGHT));

        given().when().delete(PATH, caseId).then().statusCode(428).contentType(PROBLEM);
        given().header("If-Match", "\"1\"").when().delete(PATH, caseId).then().statusCode(409).contentType(PROBLEM);
        given().header("If-Match", "\"2\"").when().delete(PATH, caseId).then().statusCode(204);
        given().when().get(PATH, caseId).then().statusCode(404).contentType(PROBLEM);
        given().header("If-Match", "\"2\"").when().delete(PATH, caseId).then().statusCode(404).contentType(PROBLEM);

        // two plans and one cancellation were announced; the refused attempts were not
        var planned = TopicReader.ofKey("setu.screening.v1", caseId, "setu.screening.return-planned.v1", 2);
        assertThat(planned).map(r -> TopicReader.json(r).get("version").asLong()).containsExactlyInAnyOrder(1L, 2L);
        var cancelled = TopicReader.json(TopicReader.ofKey("setu.screening.v1", caseId, "setu.screening.return-cancelled.v1", 1).get(0));
        assertThat(cancelled.get("version").asLong()).isEqualTo(2);
    }

    @Test
    @TestSecurity(user = "caseworker2", roles = "case-worker")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = COX_NGO))
    void anotherAgencysCaseWorkerFindsNoPlannedReturnAndCannotWriteOrCancelOne() {
        UUID dhakaCase = plannedCaseOfDhaka();

        given().when().get(PATH, dhakaCase).then().statusCode(404).contentType(PROBLEM);
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(byAir(FLIGHT))
                .when().put(PATH, dhakaCase).then().statusCode(404).contentType(PROBLEM);
        given().header("If-Match", "\"1\"").when().delete(PATH, dhakaCase).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    @TestSecurity(user = "coordinator", roles = "nrm-coordinator")
    void anNrmCoordinatorReadsAnAgencysPlannedReturnButLeavesItToTheCaseWorkers() throws SQLException {
        UUID dhakaCase = plannedCaseOfDhaka();

        given().when().get(PATH, dhakaCase).then().statusCode(200).body("transportRef", equalTo(FLIGHT));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(byAir(null))
                .when().put(PATH, dhakaCase).then().statusCode(403).contentType(PROBLEM);
        given().header("If-Match", "\"1\"").when().delete(PATH, dhakaCase).then().statusCode(403).contentType(PROBLEM);
        assertThat(count("SELECT count(*) FROM kit_audit_trail WHERE resource_type = 'planned-return' AND resource_id = '"
                + dhakaCase + "' AND purpose = 'OVERSIGHT'")).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "screener", roles = "screener")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA_NGO))
    void aScreenerNeitherReadsNorWritesAPlannedReturnButSeesThePortsOfEntry() {
        UUID dhakaCase = plannedCaseOfDhaka();

        given().when().get(PATH, dhakaCase).then().statusCode(403).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(byAir(null)).when().put(PATH, dhakaCase).then().statusCode(403).contentType(PROBLEM);
        given().when().get("/api/v1/return/ports-of-entry").then().statusCode(200)
                .body("items.code", hasItems("DAC", "CGP", "ZYL", "BENAPOLE", "DARSHANA", "AKHAURA", "BURIMARI", "HILI", "TAMABIL"))
                .body("items.find { it.code == 'BENAPOLE' }.districtId", equalTo("20"))
                .body("items.find { it.code == 'BENAPOLE' }.kind", equalTo("LAND_PORT"))
                .body("items.find { it.code == 'BENAPOLE' }.crossing.en", equalTo("Petrapole, North 24 Parganas, West Bengal, India"))
                .body("items.find { it.code == 'DAC' }.name.bn", equalTo("হযরত শাহজালাল আন্তর্জাতিক বিমানবন্দর, ঢাকা"));
    }

    @Test
    @TestSecurity(user = "caseworker", roles = "case-worker")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA_NGO))
    void aPlanWithAnUnknownPortAFlightToALandPortAWindowBackwardsOrTooLongOrABadVerificationIsRefusedAndNothingIsWritten()
            throws SQLException {
        UUID caseId = newCase();
        refused(caseId, with(byAir(null), "portOfEntry", "KOLKATA"), "portOfEntry");
        refused(caseId, with(byAir(null), "portOfEntry", "BENAPOLE"), "mode");
        refused(caseId, with(byLand("DAC"), "mode", "LAND"), "mode");
        refused(caseId, with(byAir(null), "mode", "SEA"), "mode");
        refused(caseId, with(byAir(null), "mode", "BOAT"), "mode");
        refused(caseId, with(byAir(null), "expectedTo", TODAY.toString()), "expectedTo");
        refused(caseId, with(byAir(null), "expectedTo", TODAY.plusDays(2 + 367).toString()), "expectedTo");
        refused(caseId, with(byAir(null), "expectedFrom", "1990-01-01"), "expectedFrom");
        refused(caseId, with(byAir(null), "expectedFrom", "2026-13-01"), "expectedFrom");
        refused(caseId, with(byAir(null), "expectedTo", "next week"), "expectedTo");
        refused(caseId, with(byAir(null), "expectedFrom", null), "expectedFrom");
        refused(caseId, with(byAir(null), "portOfEntry", null), "portOfEntry");
        refused(caseId, with(byAir(null), "transportRef", "SV 3802; DROP"), "transportRef");
        refused(caseId, with(byAir(null), "transportRef", "X".repeat(33)), "transportRef");
        refused(caseId, with(byAir(null), "nationalityVerification", Map.of("status", "WAITING", "waitingOn", "BD_MISSION",
                "since", TODAY.toString())), "nationalityVerification.status");
        refused(caseId, with(byAir(null), "nationalityVerification", Map.of("status", "PENDING", "waitingOn", "THE_EMBASSY",
                "since", TODAY.toString())), "nationalityVerification.waitingOn");
        refused(caseId, with(byAir(null), "nationalityVerification", Map.of("status", "PENDING", "waitingOn", "BD_MISSION")),
                "nationalityVerification.since");
        refused(caseId, with(byAir(null), "nationalityVerification", Map.of("status", "PENDING", "waitingOn", "BD_MISSION",
                "since", TODAY.plusDays(3).toString())), "nationalityVerification.since");

        assertThat(count("SELECT count(*) FROM planned_return WHERE case_id = '" + caseId + "'")).isZero();
        assertThat(count("SELECT count(*) FROM kit_audit_trail WHERE resource_type = 'planned-return' AND resource_id = '"
                + caseId + "'")).isZero();
        given().when().get(PATH, caseId).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "caseworker", roles = "case-worker")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA_NGO))
    void aClosedCaseTakesNoPlannedReturn() throws SQLException {
        UUID caseId = newCase();
        given().contentType(ContentType.JSON).body(Map.of("reason", "REINTEGRATED"))
                .when().post("/api/v1/cases/{id}/close", caseId).then().statusCode(200);

        given().contentType(ContentType.JSON).body(byAir(FLIGHT)).when().put(PATH, caseId).then().statusCode(409)
                .contentType(PROBLEM);
        assertThat(count("SELECT count(*) FROM planned_return WHERE case_id = '" + caseId + "'")).isZero();
    }

    @Test
    @TestSecurity(user = "caseworker", roles = "case-worker")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA_NGO))
    void anErasedCaseKeepsNoPlannedReturnAndTakesNoNewOne() throws SQLException {
        UUID caseId = newCase();
        given().contentType(ContentType.JSON).body(byAir(FLIGHT)).when().put(PATH, caseId).then().statusCode(201);

        given().when().delete("/api/v1/cases/{id}", caseId).then().statusCode(204);

        assertThat(count("SELECT count(*) FROM planned_return WHERE case_id = '" + caseId + "'")).isZero();
        given().when().get(PATH, caseId).then().statusCode(404);
        given().contentType(ContentType.JSON).body(byAir(FLIGHT)).when().put(PATH, caseId).then().statusCode(404);
    }

    private void refused(UUID caseId, Map<String, Object> body, String field) {
        given().contentType(ContentType.JSON).body(body).when().put(PATH, caseId).then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo(field));
    }

    /** A flight into Dhaka, landing from the day after tomorrow to a week from today. */
    private static Map<String, Object> byAir(String flight) {
        Map<String, Object> plan = new HashMap<>();
        plan.put("expectedFrom", TODAY.plusDays(2).toString());
        plan.put("expectedTo", TODAY.plusDays(7).toString());
        plan.put("portOfEntry", "DAC");
        plan.put("mode", "AIR");
        if (flight != null) plan.put("transportRef", flight);
        return plan;
    }

    private static Map<String, Object> byLand(String port) {
        return with(with(byAir(null), "portOfEntry", port), "mode", "LAND");
    }

    private static Map<String, Object> with(Map<String, Object> plan, String field, Object value) {
        Map<String, Object> out = new HashMap<>(plan);
        if (value == null) out.remove(field);
        else out.put(field, value);
        return out;
    }

    private UUID newCase() {
        int n = PERSONS.incrementAndGet();
        return UUID.fromString(given().contentType(ContentType.JSON)
                .body(Requests.screening("Returning" + n, "+88017118" + String.format("%05d", n), "EC7" + String.format("%06d", n),
                        Requests.trafficked()))
                .when().post("/api/v1/screenings").then().statusCode(201).extract().path("caseId"));
    }

    /** A Dhaka case with a flight home, made straight through the use cases as that agency's staff would. */
    private UUID plannedCaseOfDhaka() {
        int n = PERSONS.incrementAndGet();
        Caller screener = new Caller("sub", "screener", Set.of("screener"), Optional.of(UUID.fromString(DHAKA_NGO)));
        PersonInput person = new PersonInput(new PersonDetails("Homebound" + n, "Begum", LocalDate.of(1998, 3, 4), null,
                "+88017119" + String.format("%05d", n), null, null, null), Sex.FEMALE, "BD", List.of("bn"), null);
        UUID caseId = screenings.submit(new NewScreening("setu-core", 1, ScreeningContext.AIRPORT_RETURNEE,
                new AdminArea("BD-30", "BD-3026", null), person, Requests.trafficked(),
                new Consent(List.of(ServiceCategory.SHELTER), ShareLevel.BASIC)), screener).caseId();
        Caller caseWorker = new Caller("sub", "caseworker", Set.of("case-worker"), Optional.of(UUID.fromString(DHAKA_NGO)));
        returns.write(caseId, caseWorker, new PlannedReturn(TODAY.plusDays(2), TODAY.plusDays(7), "DAC", TravelMode.AIR, FLIGHT,
                new NationalityVerification(VerificationStatus.VERIFIED,
                        VerificationAuthority.SPECIAL_BRANCH_POLICE, TODAY.minusDays(3))), null);
        return caseId;
    }

    private long count(String sql) throws SQLException {
        return Tables.count(dataSource, sql);
    }
}
