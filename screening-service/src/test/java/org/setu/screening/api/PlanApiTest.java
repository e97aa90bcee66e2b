package org.setu.screening.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
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
import org.setu.screening.app.PlanService;
import org.setu.screening.app.ScreeningService;
import org.setu.screening.domain.PersonDetails;
import org.setu.screening.domain.reintegration.ReintegrationPlan;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.setu.screening.Requests.COX_NGO;
import static org.setu.screening.Requests.DHAKA_NGO;

/** A returnee's reintegration plan: the case worker's goals sealed, the follow-up days in clear, one writer at a time. */
@QuarkusTest
class PlanApiTest {

    static final String PROBLEM = "application/problem+json";
    static final AtomicInteger PERSONS = new AtomicInteger();
    static final String SECRET_GOAL = "Start a tailoring business with her sister in Jashore";

    @Inject
    PlanService plans;

    @Inject
    ScreeningService screenings;

    @Inject
    DataSource dataSource;

    @Test
    @TestSecurity(user = "caseworker", roles = "case-worker")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA_NGO))
    void aCaseWorkerPlansAReturneesReintegrationAndTheFollowUpsFallThreeSixAndTwelveMonthsAfterHerReturn() throws SQLException {
        UUID caseId = newCase();
        given().contentType(ContentType.JSON).body(Map.of("anchor", "2026-12-01", "goals", List.of(
                        Map.of("dimension", "economic", "text", SECRET_GOAL),
                        Map.of("dimension", "psychosocial", "text", "Counselling until she sleeps again",
                                "referralIds", List.of(UUID.randomUUID().toString())))))
                .when().put("/api/v1/cases/{id}/plan", caseId).then().statusCode(201)
                .header("ETag", "\"1\"")
                .body("followUpsDue", equalTo(List.of("2027-03-01", "2027-06-01", "2027-12-01")))
                .body("updatedBy", equalTo("caseworker"));

        given().when().get("/api/v1/cases/{id}/plan", caseId).then().statusCode(200)
                .body("goals[0].text", equalTo(SECRET_GOAL))
                .body("goals[1].referralIds.size()", equalTo(1))
                .body("anchor", equalTo("2026-12-01"));

        assertThat(tableText("reintegration_plan", caseId)).as("the goals at rest").doesNotContain("tailoring").isNotEmpty();
        assertThat(count("SELECT count(*) FROM follow_up_due WHERE case_id = '" + caseId + "'")).isEqualTo(3);
        assertThat(count("SELECT count(*) FROM kit_audit_trail WHERE resource_type = 'reintegration-plan' AND resource_id = '"
                + caseId + "'")).as("the write and the read, each audited").isEqualTo(2);
    }

    @Test
    @TestSecurity(user = "caseworker", roles = "case-worker")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA_NGO))
    void aChangeNeedsTheVersionReadSoThatTwoCaseWorkersNeverOverwriteEachOtherUnseen() {
        UUID caseId = newCase();
        Map<String, Object> plan = Map.of("anchor", LocalDate.now().toString(), "goals", List.of(Map.of("dimension", "social", "text", "Back to school")));
        given().contentType(ContentType.JSON).body(plan).when().put("/api/v1/cases/{id}/plan", caseId).then().statusCode(201);

        given().contentType(ContentType.JSON).body(plan).when().put("/api/v1/cases/{id}/plan", caseId).then().statusCode(428)
                .contentType(PROBLEM);
        given().contentType(ContentType.JSON).header("If-Match", "\"7\"").body(plan)
                .when().put("/api/v1/cases/{id}/plan", caseId).then().statusCode(409).contentType(PROBLEM);
        Map<String, Object> chosenDays = Map.of("anchor", LocalDate.now().toString(), "goals", plan.get("goals"),
                "followUpsDue", List.of(LocalDate.now().plusMonths(1).toString(), LocalDate.now().plusMonths(2).toString()));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(chosenDays)
                .when().put("/api/v1/cases/{id}/plan", caseId).then().statusCode(200)
                .header("ETag", "\"2\"")
                .body("followUpsDue.size()", equalTo(2));
    }

    @Test
    @TestSecurity(user = "caseworker2", roles = "case-worker")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = COX_NGO))
    void anotherAgencysCaseWorkerFindsNoPlanAndCannotWriteOne() {
        UUID dhakaCase = newCaseOf(DHAKA_NGO);
        plans.write(dhakaCase, new Caller("sub", "caseworker", Set.of("case-worker"), Optional.of(UUID.fromString(DHAKA_NGO))),
                List.of(new ReintegrationPlan.Goal("economic", SECRET_GOAL, List.of())), LocalDate.now(), null, null);

        given().when().get("/api/v1/cases/{id}/plan", dhakaCase).then().statusCode(404).contentType(PROBLEM);
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(Map.of("anchor", LocalDate.now().toString(), "goals", List.of(Map.of("dimension", "social", "text", "x"))))
                .when().put("/api/v1/cases/{id}/plan", dhakaCase).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    @TestSecurity(user = "caseworker", roles = "case-worker")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA_NGO))
    void aPlanWithAnUnknownDimensionAFollowUpBeforeTheReturnOrNoAnchorIsRefusedAndNothingIsWritten() throws SQLException {
        UUID caseId = newCase();
        given().contentType(ContentType.JSON).body(Map.of("anchor", "2026-12-01", "goals", List.of(Map.of("dimension", "spiritual", "text", "x"))))
                .when().put("/api/v1/cases/{id}/plan", caseId).then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("goals[0].dimension"));
        given().contentType(ContentType.JSON).body(Map.of("anchor", "2026-12-01", "goals", List.of(Map.of("dimension", "social", "text", "x")), "followUpsDue", List.of("2026-11-01")))
                .when().put("/api/v1/cases/{id}/plan", caseId).then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("followUpsDue"));
        given().contentType(ContentType.JSON).body(Map.of("goals", List.of(Map.of("dimension", "social", "text", "x"))))
                .when().put("/api/v1/cases/{id}/plan", caseId).then().statusCode(400).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(Map.of("anchor", "1990-01-01", "goals", List.of(Map.of("dimension", "social", "text", "x"))))
                .when().put("/api/v1/cases/{id}/plan", caseId).then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("anchor"));

        given().contentType(ContentType.JSON).body(Map.of("anchor", "2026-12-01", "goals", List.of()))
                .when().put("/api/v1/cases/{id}/plan", caseId).then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("goals"));
        given().contentType(ContentType.JSON).header("If-Match", "\"3\"")
                .body(Map.of("anchor", "2026-12-01", "goals", List.of(Map.of("dimension", "social", "text", "x"))))
                .when().put("/api/v1/cases/{id}/plan", caseId).then().statusCode(409).contentType(PROBLEM);

        assertThat(count("SELECT count(*) FROM reintegration_plan WHERE case_id = '" + caseId + "'")).isZero();
        given().when().get("/api/v1/cases/{id}/plan", caseId).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "caseworker", roles = "case-worker")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA_NGO))
    void anErasedCaseKeepsNoPlanAndNoFollowUpDay() throws SQLException {
        UUID caseId = newCase();
        given().contentType(ContentType.JSON).body(Map.of("anchor", LocalDate.now().toString(), "goals",
                        List.of(Map.of("dimension", "economic", "text", SECRET_GOAL))))
                .when().put("/api/v1/cases/{id}/plan", caseId).then().statusCode(201);

        given().when().delete("/api/v1/cases/{id}", caseId).then().statusCode(204);

        assertThat(count("SELECT count(*) FROM reintegration_plan WHERE case_id = '" + caseId + "'")).isZero();
        assertThat(count("SELECT count(*) FROM follow_up_due WHERE case_id = '" + caseId + "'")).isZero();
    }

    private UUID newCase() {
        return UUID.fromString(given().contentType(ContentType.JSON).body(person())
                .when().post("/api/v1/screenings").then().statusCode(201).extract().path("caseId"));
    }

    /** A case of another agency, made straight through the use case as that agency's screener would. */
    private UUID newCaseOf(String agency) {
        int n = 300 + PERSONS.incrementAndGet();
        PersonInput person = new PersonInput(new PersonDetails("Planned" + n, "Begum", LocalDate.of(2001, 5, 6), null,
                "+88017112" + String.format("%05d", n), null, null, null), Sex.FEMALE, "BD", List.of("bn"), null);
        return screenings.submit(new NewScreening("setu-core", 1, ScreeningContext.AIRPORT_RETURNEE,
                new AdminArea("BD-30", "BD-3026", null), person, Requests.trafficked(),
                new Consent(List.of(ServiceCategory.SHELTER), ShareLevel.BASIC)),
                new Caller("sub", "screener", Set.of("screener"), Optional.of(UUID.fromString(agency)))).caseId();
    }

    private static Map<String, Object> person() {
        int n = 300 + PERSONS.incrementAndGet();
        return Requests.screening("Planned" + n, "+88017111" + String.format("%05d", n), "EC3" + String.format("%06d", n),
                Requests.trafficked());
    }

    private long count(String sql) throws SQLException {
        return Tables.count(dataSource, sql);
    }

    private String tableText(String table, UUID caseId) throws SQLException {
        return Tables.rowsOfCase(dataSource, table, caseId);
    }
}
