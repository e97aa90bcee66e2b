package org.setu.screening.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.setu.devstack.testing.TopicReader;
import org.setu.events.screening.AdminArea;
import org.setu.events.screening.Consent;
import org.setu.events.screening.ScreeningContext;
import org.setu.events.screening.ShareLevel;
import org.setu.events.screening.TravelMode;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Sex;
import org.setu.kit.security.Caller;
import org.setu.screening.Requests;
import org.setu.screening.Tables;
import org.setu.screening.app.MissedReturns;
import org.setu.screening.app.NewScreening;
import org.setu.screening.app.PersonInput;
import org.setu.screening.app.PlannedReturnService;
import org.setu.screening.app.PortDeskService;
import org.setu.screening.app.ScreeningService;
import org.setu.screening.domain.PersonDetails;
import org.setu.screening.domain.repatriation.PlannedReturn;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.setu.screening.Requests.COX_NGO;
import static org.setu.screening.Requests.DHAKA_NGO;

/**
 * The arrivals desk: the Cox's Bazar NGO staffs the desk at Dhaka airport (designated by a coordinator), and receives
 * the Dhaka NGO's returnees there. Nobody is a desk at Chattogram airport.
 */
@QuarkusTest
class ArrivalsDeskApiTest {

    static final String PROBLEM = "application/problem+json";
    static final String ARRIVALS = "/api/v1/return/arrivals";
    static final AtomicInteger PERSONS = new AtomicInteger();
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Dhaka"));
    static final Caller COORDINATOR = new Caller("sub", "coordinator", Set.of("nrm-coordinator"), Optional.empty());

    @Inject
    PlannedReturnService returns;
    @Inject
    ScreeningService screenings;
    @Inject
    PortDeskService desks;
    @Inject
    MissedReturns missedReturns;
    @Inject
    DataSource dataSource;

    @BeforeEach
    void coxStaffsTheDeskAtDhakaAirport() {
        desks.designate("DAC", UUID.fromString(COX_NGO), COORDINATOR);
    }

    @Test
    @TestSecurity(user = "screener2", roles = "screener")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = COX_NGO))
    void theAirportDeskSeesHerAmongTheComingArrivalsWithWhatHerConsentShares() throws SQLException {
        UUID soon = returning("Rahima", TODAY, TODAY.plusDays(2), "DAC", "BG 4108");
        UUID later = returning("Later", TODAY.plusDays(10), TODAY.plusDays(12), "DAC", null);

        given().queryParam("port", "DAC").when().get(ARRIVALS).then().statusCode(200)
                .body("items.caseId", hasItem(soon.toString()))
                .body("items.caseId", not(hasItem(later.toString())))
                .body("items.find { it.caseId == '" + soon + "' }.transportRef", equalTo("BG 4108"))
                .body("items.find { it.caseId == '" + soon + "' }.person.givenName", equalTo("Rahima" + suffix(soon)))
                .body("items.find { it.caseId == '" + soon + "' }.person.familyName", nullValue())
                .body("items.find { it.caseId == '" + soon + "' }.ownerAgency", equalTo(DHAKA_NGO));
        given().queryParam("port", "DAC").queryParam("days", "14").when().get(ARRIVALS).then().statusCode(200)
                .body("items.caseId", hasItem(later.toString()));

        assertThat(count("SELECT count(*) FROM kit_audit_trail WHERE resource_type = 'arrival' AND resource_id = '" + soon
                + "' AND purpose = 'RECEPTION'")).as("each person the desk saw is in the audit trail").isGreaterThanOrEqualTo(2);
    }

    @Test
    @TestSecurity(user = "screener2", roles = "screener")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = COX_NGO))
    void theDeskConfirmsHerArrivalOnceAndThePlanBecomesHistory() throws SQLException {
        UUID caseId = returning("Landed", TODAY.minusDays(1), TODAY.plusDays(3), "DAC", "SV 3802");

        given().contentType(ContentType.JSON).body(Map.of()).when().post("/api/v1/cases/{id}/planned-return/arrival", caseId)
                .then().statusCode(204);
        given().contentType(ContentType.JSON).body(Map.of()).when().post("/api/v1/cases/{id}/planned-return/arrival", caseId)
                .then().statusCode(409).contentType(PROBLEM).body("currentStatus", equalTo("ARRIVED"));
        given().when().post("/api/v1/cases/{id}/planned-return/no-show", caseId).then().statusCode(409).contentType(PROBLEM);
        given().queryParam("port", "DAC").when().get(ARRIVALS).then().statusCode(200)
                .body("items.caseId", not(hasItem(caseId.toString())));

        var arrived = TopicReader.json(TopicReader.ofKey("setu.screening.v1", caseId, "setu.screening.return-arrived.v1", 1).get(0));
        assertThat(arrived.get("agencyId").asText()).as("the desk").isEqualTo(COX_NGO);
        assertThat(arrived.get("ownerAgency").asText()).isEqualTo(DHAKA_NGO);
        assertThat(arrived.get("portOfEntry").asText()).isEqualTo("DAC");
        assertThat(arrived.get("arrivedOn").asText()).isEqualTo(TODAY.toString());
        assertThat(arrived.toString()).doesNotContain("3802").doesNotContain("Landed").doesNotContain("BD-");
        assertThat(count("SELECT count(*) FROM planned_return WHERE case_id = '" + caseId + "' AND status = 'ARRIVED'"
                + " AND settled_by_agency = '" + COX_NGO + "' AND settled_on = '" + TODAY + "'")).isEqualTo(1);

        Caller owner = new Caller("sub", "caseworker", Set.of("case-worker"), Optional.of(UUID.fromString(DHAKA_NGO)));
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> returns.write(caseId, owner,
                new PlannedReturn(TODAY, TODAY.plusDays(3), "DAC", TravelMode.AIR, null, null), 1L)))
                .as("an arrived person's plan can no longer change")
                .hasMessageContaining("has arrived");
    }

    @Test
    @TestSecurity(user = "screener2", roles = "screener")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = COX_NGO))
    void aNoShowIsReportedOnlyOnceTheWindowHasBegunAndTheCoordinatorsHearOfIt() throws SQLException {
        UUID notYet = returning("NotYet", TODAY.plusDays(1), TODAY.plusDays(3), "DAC", null);
        UUID due = returning("Absent", TODAY, TODAY.plusDays(1), "DAC", null);

        given().when().post("/api/v1/cases/{id}/planned-return/no-show", notYet).then().statusCode(409).contentType(PROBLEM);
        given().when().post("/api/v1/cases/{id}/planned-return/no-show", due).then().statusCode(204);

        var missed = TopicReader.json(TopicReader.ofKey("setu.screening.v1", due, "setu.screening.return-missed.v1", 1).get(0));
        assertThat(missed.get("reason").asText()).isEqualTo("NO_SHOW");
        assertThat(missed.get("agencyId").asText()).isEqualTo(COX_NGO);
        assertThat(missed.get("expectedTo").asText()).isEqualTo(TODAY.plusDays(1).toString());
        assertThat(count("SELECT count(*) FROM planned_return WHERE case_id = '" + notYet + "' AND status = 'PLANNED'"))
                .isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "coordinator", roles = "nrm-coordinator")
    void aReturnNobodyConfirmedByTheEndOfItsWindowIsMissedOnceAndTheCoordinatorsListIt() throws SQLException {
        UUID passed = returning("Unseen", TODAY.minusDays(5), TODAY.minusDays(1), "DAC", null);
        UUID current = returning("Current", TODAY.minusDays(5), TODAY, "DAC", null);

        assertThat(missedReturns.settleMissed(Instant.now())).isGreaterThanOrEqualTo(1);
        missedReturns.settleMissed(Instant.now());

        assertThat(TopicReader.ofKey("setu.screening.v1", passed, "setu.screening.return-missed.v1", 1))
                .as("announced once, however often the job runs").hasSize(1);
        var missed = TopicReader.json(TopicReader.ofKey("setu.screening.v1", passed, "setu.screening.return-missed.v1", 1).get(0));
        assertThat(missed.get("reason").asText()).isEqualTo("NOT_CONFIRMED");
        assertThat(missed.get("agencyId").asText()).as("the owner, since no desk spoke").isEqualTo(DHAKA_NGO);
        assertThat(count("SELECT count(*) FROM planned_return WHERE case_id = '" + current + "' AND status = 'PLANNED'"))
                .as("a window that ends today is still open").isEqualTo(1);

        given().when().get("/api/v1/return/missed").then().statusCode(200)
                .body("items.find { it.caseId == '" + passed + "' }.reason", equalTo("NOT_CONFIRMED"))
                .body("items.find { it.caseId == '" + passed + "' }.portOfEntry", equalTo("DAC"))
                .body("items.caseId", not(hasItem(current.toString())));
    }

    @Test
    @TestSecurity(user = "caseworker", roles = "case-worker")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA_NGO))
    void aMissedReturnIsPlannedAgainByTheOwningAgency() throws SQLException {
        UUID caseId = returning("Again", TODAY.minusDays(4), TODAY.minusDays(1), "DAC", null);
        missedReturns.settleMissed(Instant.now());

        given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(Map.of("expectedFrom", TODAY.plusDays(3).toString(), "expectedTo", TODAY.plusDays(5).toString(),
                        "portOfEntry", "DAC", "mode", "AIR"))
                .when().put("/api/v1/cases/{id}/planned-return", caseId).then().statusCode(200);
        given().when().get("/api/v1/cases/{id}", caseId).then().statusCode(200)
                .body("plannedReturn.status", equalTo("PLANNED"));
        assertThat(count("SELECT count(*) FROM planned_return WHERE case_id = '" + caseId
                + "' AND status = 'PLANNED' AND missed_reason IS NULL AND settled_at IS NULL")).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "caseworker", roles = "case-worker")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA_NGO))
    void anAgencyThatIsNoDeskAtThePortSeesNoArrivalsThereAndSettlesNoneOfItsOwnReturns() throws SQLException {
        UUID own = returning("Chattogram", TODAY, TODAY.plusDays(2), "CGP", null);

        given().queryParam("port", "CGP").when().get(ARRIVALS).then().statusCode(403).contentType(PROBLEM);
        given().queryParam("port", "DAC").when().get(ARRIVALS).then().statusCode(403).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(Map.of()).when().post("/api/v1/cases/{id}/planned-return/arrival", own)
                .then().statusCode(403).contentType(PROBLEM);
        given().when().post("/api/v1/cases/{id}/planned-return/no-show", own).then().statusCode(403).contentType(PROBLEM);
        assertThat(count("SELECT count(*) FROM planned_return WHERE case_id = '" + own + "' AND status = 'PLANNED'")).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "screener2", roles = "screener")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = COX_NGO))
    void aDeskFindsNoCaseWhoseReturnIsAtAnotherPort() {
        UUID elsewhere = returning("Sylhet", TODAY, TODAY.plusDays(2), "ZYL", null);

        given().contentType(ContentType.JSON).body(Map.of()).when().post("/api/v1/cases/{id}/planned-return/arrival", elsewhere)
                .then().statusCode(404).contentType(PROBLEM);
        given().when().post("/api/v1/cases/{id}/planned-return/no-show", UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    @TestSecurity(user = "screener2", roles = "screener")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = COX_NGO))
    void badInputAtTheDeskIsAClearProblemAndChangesNothing() throws SQLException {
        UUID caseId = returning("Careful", TODAY, TODAY.plusDays(2), "DAC", null);

        given().queryParam("port", "KOLKATA").when().get(ARRIVALS).then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("port"));
        given().when().get(ARRIVALS).then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("port"));
        for (String days : List.of("0", "15", "three", "-1")) {
            given().queryParam("port", "DAC").queryParam("days", days).when().get(ARRIVALS).then().statusCode(400)
                    .contentType(PROBLEM).body("errors[0].field", equalTo("days"));
        }
        for (String day : List.of(TODAY.plusDays(1).toString(), TODAY.minusDays(8).toString())) {
            given().contentType(ContentType.JSON).body(Map.of("arrivedOn", day))
                    .when().post("/api/v1/cases/{id}/planned-return/arrival", caseId).then().statusCode(400).contentType(PROBLEM)
                    .body("errors[0].field", equalTo("arrivedOn"));
        }
        given().contentType(ContentType.JSON).body("{\"arrivedOn\": \"yesterday\"}")
                .when().post("/api/v1/cases/{id}/planned-return/arrival", caseId).then().statusCode(400).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(Map.of()).when().post("/api/v1/cases/{id}/planned-return/arrival", "not-a-uuid")
                .then().statusCode(404).contentType(PROBLEM);
        assertThat(count("SELECT count(*) FROM planned_return WHERE case_id = '" + caseId + "' AND status = 'PLANNED'")).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "coordinator", roles = "nrm-coordinator")
    void theCoordinatorsDesignateTheDesksAtAPort() throws SQLException {
        String desks = "/api/v1/return/ports-of-entry/{code}/desks/{agency}";
        UUID agency = UUID.randomUUID();
        given().when().put(desks, "BENAPOLE", agency).then().statusCode(201);
        given().when().put(desks, "BENAPOLE", agency).then().statusCode(204);
        given().when().get("/api/v1/return/ports-of-entry/{code}/desks", "BENAPOLE").then().statusCode(200)
                .body("items.agencyId", hasItem(agency.toString()));
        given().when().delete(desks, "BENAPOLE", agency).then().statusCode(204);
        given().when().delete(desks, "BENAPOLE", agency).then().statusCode(404).contentType(PROBLEM);
        given().when().put(desks, "KOLKATA", agency).then().statusCode(400).contentType(PROBLEM);
        given().when().put(desks, "BENAPOLE", "not-an-agency").then().statusCode(404).contentType(PROBLEM);
        assertThat(count("SELECT count(*) FROM kit_audit_trail WHERE resource_type = 'port-desk' AND resource_id = 'BENAPOLE:"
                + agency + "'")).as("the designation and its end").isEqualTo(2);
    }

    @Test
    @TestSecurity(user = "coordinator", roles = "nrm-coordinator")
    void aDesignationAndItsEndAreAnnouncedOnceEachKeyedByTheAgencyAndARepeatAnnouncesNothing() {
        String desks = "/api/v1/return/ports-of-entry/{code}/desks/{agency}";
        UUID agency = UUID.randomUUID();
        given().when().put(desks, "HILI", agency).then().statusCode(201);
        given().when().put(desks, "HILI", agency).then().statusCode(204);
        given().when().delete(desks, "HILI", agency).then().statusCode(204);
        given().when().delete(desks, "HILI", agency).then().statusCode(404);

        var changes = TopicReader.ofKey("setu.screening.v1", agency, "setu.screening.port-desk-changed.v1", 2);
        assertThat(changes).hasSize(2);
        assertThat(changes).map(r -> TopicReader.json(r).get("designated").asBoolean()).containsExactly(true, false);
        var first = TopicReader.json(changes.get(0));
        assertThat(first.get("portOfEntry").asText()).isEqualTo("HILI");
        assertThat(first.get("agencyId").asText()).isEqualTo(agency.toString());
        assertThat(TopicReader.header(changes.get(0), "ce_subject")).isEqualTo(agency.toString());
        org.setu.events.testing.SchemaValidator.requireValid("setu.screening.port-desk-changed.v1", first.toString());
        assertThat(TopicReader.readUntil("setu.screening.v1", rs -> false, java.time.Duration.ofSeconds(2)).stream()
                .filter(r -> agency.toString().equals(TopicReader.key(r))).count())
                .as("neither the repeated designation nor the refused withdrawal announced anything").isEqualTo(2);
    }

    @Test
    @TestSecurity(user = "agencyadmin", roles = "agency-admin")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA_NGO))
    void anAgencyCannotMakeItselfADesk() {
        given().when().put("/api/v1/return/ports-of-entry/{code}/desks/{agency}", "DAC", DHAKA_NGO).then().statusCode(403)
                .contentType(PROBLEM);
        given().queryParam("port", "DAC").when().get(ARRIVALS).then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    @TestSecurity(user = "screener2", roles = "screener")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = COX_NGO))
    void theDeskScreensHerAgainOnTheSpotAndHerAnswersAmendTheCaseAsSheArrives() throws SQLException {
        UUID caseId = returning("Rescreened", TODAY, TODAY.plusDays(2), "DAC", null);
        String arrival = "/api/v1/cases/{id}/planned-return/arrival";

        // answers the instrument does not know change nothing: not the return, not the screening
        given().contentType(ContentType.JSON).body(Map.of("answers", Map.of("migration-route", "teleported")))
                .when().post(arrival, caseId).then().statusCode(422).contentType(PROBLEM);
        assertThat(count("SELECT count(*) FROM planned_return WHERE case_id = '" + caseId + "' AND status = 'PLANNED'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM screening WHERE case_id = '" + caseId + "' AND revision = 0")).isEqualTo(1);

        Map<String, Object> atHome = new java.util.LinkedHashMap<>(Requests.trafficked());
        atHome.put("immediate-needs", List.of("medical-emergency"));
        given().contentType(ContentType.JSON).header("Accept-Language", "bn").body(Map.of("answers", atHome))
                .when().post(arrival, caseId).then().statusCode(200)
                .body("caseId", equalTo(caseId.toString())).body("revision", equalTo(1))
                .body("outcome.needs", hasItem("MEDICAL"));
        assertThat(count("SELECT count(*) FROM planned_return WHERE case_id = '" + caseId + "' AND status = 'ARRIVED'")).isEqualTo(1);
        var amended = TopicReader.json(TopicReader.ofKey("setu.screening.v1", caseId, "setu.screening.amended.v1", 1).get(0));
        assertThat(amended.get("revision").asInt()).isEqualTo(1);
        assertThat(amended.get("agencyId").asText()).as("the screening stays the owner's").isEqualTo(DHAKA_NGO);
        assertThat(count("SELECT count(*) FROM kit_audit_trail WHERE resource_type = 'screening' AND action = 'CHANGE' "
                + "AND purpose = 'RECEPTION' AND resource_id IN (SELECT id::text FROM screening WHERE case_id = '" + caseId + "')"))
                .isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "screener2", roles = "screener")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = COX_NGO))
    void aCaseWhoseSealedDataCannotBeOpenedDoesNotHideTheRestOfTheDesksList() throws SQLException {
        UUID broken = returning("Sealed", TODAY, TODAY.plusDays(1), "DAC", "EK 582");
        UUID fine = returning("Readable", TODAY, TODAY.plusDays(1), "DAC", "EK 584");
        try {
            execute("UPDATE screening_case SET master_key_id = 'gone-elsewhere' WHERE id = '" + broken + "'");
            given().queryParam("port", "DAC").queryParam("days", "2").when().get(ARRIVALS).then().statusCode(200)
                    .body("items.find { it.caseId == '" + broken + "' }.unreadable", equalTo(true))
                    .body("items.find { it.caseId == '" + broken + "' }.person", nullValue())
                    .body("items.find { it.caseId == '" + broken + "' }.transportRef", nullValue())
                    .body("items.find { it.caseId == '" + fine + "' }.unreadable", equalTo(false))
                    .body("items.find { it.caseId == '" + fine + "' }.transportRef", equalTo("EK 584"));
        } finally {
            execute("UPDATE screening_case SET master_key_id = (SELECT master_key_id FROM screening_case WHERE id = '" + fine
                    + "') WHERE id = '" + broken + "'");
        }
    }

    /** A Dhaka NGO case, consent shared BASIC, with a planned return in the window given. */
    private UUID returning(String givenName, LocalDate from, LocalDate to, String port, String flight) {
        int n = PERSONS.incrementAndGet();
        Caller screener = new Caller("sub", "screener", Set.of("screener"), Optional.of(UUID.fromString(DHAKA_NGO)));
        PersonInput person = new PersonInput(new PersonDetails(givenName + n, "Khatun", LocalDate.of(1997, 5, 6), null,
                "+88017129" + String.format("%05d", n), null, null, null), Sex.FEMALE, "BD", List.of("bn"), null);
        UUID caseId = screenings.submit(new NewScreening("setu-core", 1, ScreeningContext.EMBASSY,
                new AdminArea("BD-40", "BD-4041", null), person, Requests.trafficked(),
                new Consent(List.of(ServiceCategory.SHELTER), ShareLevel.BASIC)), screener).caseId();
        Caller caseWorker = new Caller("sub", "caseworker", Set.of("case-worker"), Optional.of(UUID.fromString(DHAKA_NGO)));
        TravelMode mode = port.equals("BENAPOLE") ? TravelMode.LAND : TravelMode.AIR;
        returns.write(caseId, caseWorker, new PlannedReturn(from, to, port, mode, flight, null), null);
        NAMES.put(caseId, n);
        return caseId;
    }

    private static final Map<UUID, Integer> NAMES = new java.util.concurrent.ConcurrentHashMap<>();

    private static int suffix(UUID caseId) {
        return NAMES.get(caseId);
    }

    private void execute(String sql) throws SQLException {
        try (var c = dataSource.getConnection(); var st = c.createStatement()) {
            st.executeUpdate(sql);
        }
    }

    private long count(String sql) throws SQLException {
        return Tables.count(dataSource, sql);
    }
}
