package org.setu.screening.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
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
import org.setu.screening.Tables;
import org.setu.screening.app.NewScreening;
import org.setu.screening.app.PersonInput;
import org.setu.screening.app.ScreeningService;
import org.setu.screening.app.Screened;
import org.setu.screening.domain.PersonDetails;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.setu.devstack.testing.TopicReader.ofKey;
import static org.setu.devstack.testing.TopicReader.value;
import static org.setu.screening.Requests.DHAKA_NGO;

/** Closing a case: a reason from the fixed list, an event without personal data, nothing half-done on bad input. */
@QuarkusTest
class CaseClosureTest {

    static final Caller DHAKA_SCREENER = new Caller("sub-dhaka", "screener", Set.of("screener"),
            Optional.of(UUID.fromString(DHAKA_NGO)));

    @Inject
    ScreeningService screenings;
    @Inject
    DataSource dataSource;

    Screened screened(String givenName, String phone) {
        PersonInput person = new PersonInput(new PersonDetails(givenName, "Khatun", LocalDate.of(1998, 2, 3), null, phone,
                null, "Village Shibpur, Jashore", null), Sex.FEMALE, "BD", List.of("bn"), new AdminArea(null, "BD-4041", null));
        return screenings.submit(new NewScreening("setu-core", 1, ScreeningContext.AIRPORT_RETURNEE,
                new AdminArea("BD-30", "BD-3026", null), person, Requests.trafficked(),
                new Consent(List.of(ServiceCategory.SHELTER), ShareLevel.BASIC)), DHAKA_SCREENER);
    }

    @Test
    @TestSecurity(user = "caseworker", roles = "case-worker")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA_NGO))
    void aCaseWorkerClosesAReintegratedPersonsCaseAndTheClosureIsAnnouncedWithoutPersonalData() throws Exception {
        Screened s = screened("Rehana", "+8801711100031");

        given().contentType(ContentType.JSON).body(Map.of("reason", "REINTEGRATED"))
                .when().post("/api/v1/cases/" + s.caseId() + "/close").then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("closureReason", equalTo("REINTEGRATED"))
                .body("closedAt", notNullValue());
        given().when().get("/api/v1/cases/" + s.caseId()).then().statusCode(200)
                .body("closureReason", equalTo("REINTEGRATED"));

        String event = value(ofKey(Topics.SCREENING, s.caseId(), "setu.screening.case-closed.v1", 1).get(0));
        SchemaValidator.requireValid("setu.screening.case-closed.v1", event);
        assertThat(event).contains("REINTEGRATED").contains(DHAKA_NGO)
                .doesNotContain(s.caseRef()).doesNotContain("Rehana").doesNotContain("1711100031");
        assertThat(count("SELECT count(*) FROM kit_audit_trail WHERE action = 'CHANGE' AND resource_id = '"
                + s.caseId() + "' AND purpose = 'CASE_MANAGEMENT'")).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "caseworker", roles = "case-worker")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA_NGO))
    void aClosureWithoutAReasonFromTheListIsRefusedAndTheCaseStaysOpen() throws Exception {
        Screened s = screened("Shapla", "+8801711100032");
        String close = "/api/v1/cases/" + s.caseId() + "/close";

        given().contentType(ContentType.JSON).when().post(close).then().statusCode(400).contentType("application/problem+json");
        given().when().post(close).then().statusCode(415).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{}").when().post(close).then().statusCode(400)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("reason", "FOUND_A_JOB")).when().post(close).then()
                .statusCode(400).contentType("application/problem+json");

        given().when().get("/api/v1/cases/" + s.caseId()).then().statusCode(200).body("status", equalTo("OPEN"));
        assertThat(count("SELECT count(*) FROM screening_case WHERE id = '" + s.caseId() + "' AND closure_reason IS NULL "
                + "AND closed_at IS NULL")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM kit_outbox WHERE event_type = 'setu.screening.case-closed.v1' "
                + "AND strpos(payload::text, '" + s.caseId() + "') > 0")).isZero();
    }

    private long count(String sql) throws SQLException {
        return Tables.count(dataSource, sql);
    }
}
