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
import org.setu.events.screening.ClosureReason;
import org.setu.events.screening.Consent;
import org.setu.events.screening.ScreeningContext;
import org.setu.events.screening.ShareLevel;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Sex;
import org.setu.kit.api.NotFound;
import org.setu.kit.security.Caller;
import org.setu.screening.Requests;
import org.setu.screening.Tables;
import org.setu.screening.app.CaseService;
import org.setu.screening.app.HandOverService;
import org.setu.screening.app.NewScreening;
import org.setu.screening.app.PersonInput;
import org.setu.screening.app.ScreeningService;
import org.setu.screening.domain.PersonDetails;
import org.setu.screening.domain.abroad.Abroad;
import org.setu.events.screening.AdminArea;

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
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * The hand-over (issue #19, item 5; docs/screening.md, "Hand-over"): the labour wing in Riyadh screened a woman whose
 * home is in Jashore and hands her case to a Jashore NGO, which accepts it. The REST caller of each test is the Jashore
 * NGO's case worker; the labour wing acts through the services.
 */
@QuarkusTest
class HandOverApiTest {

    static final String PROBLEM = "application/problem+json";
    static final String RIYADH_LABOUR_WING = "5e7c1f3a-2b4d-4c6e-8f10-a1b2c3d4e5b1";
    static final String JASHORE_NGO = "5e7c1f3a-2b4d-4c6e-8f10-a1b2c3d4e5b2";
    static final AtomicInteger PERSONS = new AtomicInteger();
    static final Caller WING = new Caller("sub", "wingcaseworker", Set.of("case-worker"),
            Optional.of(UUID.fromString(RIYADH_LABOUR_WING)));
    static final Caller COORDINATOR = new Caller("sub", "coordinator", Set.of("nrm-coordinator"), Optional.empty());

    @Inject
    ScreeningService screenings;
    @Inject
    HandOverService handOvers;
    @Inject
    CaseService cases;
    @Inject
    DataSource dataSource;

    @BeforeEach
    void theLabourWingWorksInRiyadh() throws SQLException {
        try (var c = dataSource.getConnection(); var s = c.prepareStatement("INSERT INTO agency_location (agency_id, country, city, "
                + "updated_at, updated_by) VALUES (?::uuid, 'SA', 'Riyadh', now(), 'wingadmin') ON CONFLICT (agency_id) "
                + "DO UPDATE SET country = 'SA', city = 'Riyadh'")) {
            s.setString(1, RIYADH_LABOUR_WING);
            s.executeUpdate();
        }
    }

    @Test
    @TestSecurity(user = "jashorecaseworker", roles = "case-worker")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = JASHORE_NGO))
    void theJashoreNgoTakesOverHerCaseFromTheLabourWingAndTheWingNoLongerSeesIt() throws SQLException {
        UUID caseId = screenedInRiyadh("Nasima", true);
        HandOverService.HandOver proposed = handOvers.propose(caseId, UUID.fromString(JASHORE_NGO), WING);
        assertThat(proposed.status().name()).isEqualTo("PROPOSED");

        // the Jashore NGO finds it waiting, with the case reference, before it sees anything of her
        given().queryParam("direction", "INCOMING").queryParam("status", "PROPOSED").when().get("/api/v1/hand-overs")
                .then().statusCode(200)
                .body("items.id", hasItem(proposed.id().toString()))
                .body("items.find { it.id == '" + proposed.id() + "' }.fromAgency", equalTo(RIYADH_LABOUR_WING))
                .body("items.find { it.id == '" + proposed.id() + "' }.caseRef", equalTo(proposed.caseRef()));
        given().when().get("/api/v1/cases/{id}", caseId).then().statusCode(404).contentType(PROBLEM);

        given().when().post("/api/v1/hand-overs/{id}/accept", proposed.id()).then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("toAgency", equalTo(JASHORE_NGO));

        // hers now: the case, the screening the wing recorded abroad, and the history of how it came
        given().when().get("/api/v1/cases/{id}", caseId).then().statusCode(200)
                .body("person.givenName", equalTo("Nasima" + PERSONS.get()))
                .body("consent.crossBorder", equalTo(true));
        given().when().get("/api/v1/cases/{id}/hand-overs", caseId).then().statusCode(200)
                .body("items[0].status", equalTo("ACCEPTED")).body("items[0].fromAgency", equalTo(RIYADH_LABOUR_WING));
        given().when().get("/api/v1/cases").then().statusCode(200).body("items.id", hasItem(caseId.toString()));
        assertThat(catchThrowable(() -> cases.view(caseId, WING))).as("the wing handed it over").isInstanceOf(NotFound.class);
        assertThat(handOvers.list(WING, org.setu.screening.domain.handover.HandOverSide.OUTGOING, null, 0, 50).items())
                .as("the wing still sees that it handed the case over").anyMatch(h -> h.id().equals(proposed.id())
                        && h.status().name().equals("ACCEPTED"));

        var handedOver = TopicReader.ofKey("setu.screening.v1", caseId, "setu.screening.case-handed-over.v1", 1).get(0);
        var data = TopicReader.json(handedOver);
        assertThat(data.get("fromAgency").asText()).isEqualTo(RIYADH_LABOUR_WING);
        assertThat(data.get("toAgency").asText()).isEqualTo(JASHORE_NGO);
        assertThat(TopicReader.value(handedOver)).doesNotContain("Nasima").doesNotContain(proposed.caseRef());
        assertThat(TopicReader.ofKey("setu.screening.v1", caseId, "setu.screening.hand-over-proposed.v1", 1)).hasSize(1);
        assertThat(Tables.count(dataSource, "SELECT count(*) FROM screening_case WHERE id = '" + caseId + "' AND owner_agency = '"
                + JASHORE_NGO + "' AND opened_by_agency = '" + RIYADH_LABOUR_WING + "'")).isEqualTo(1);
        assertThat(Tables.count(dataSource, "SELECT count(*) FROM kit_audit_trail WHERE resource_type = 'case' AND resource_id = '"
                + caseId + "' AND purpose = 'HAND_OVER'")).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "jashorecaseworker", roles = "case-worker")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = JASHORE_NGO))
    void aCaseWhosePersonSaidNoToSharingAcrossTheBorderStaysAbroadUntilSheSaysYes() {
        UUID caseId = screenedInRiyadh("Morjina", false);
        assertThat(catchThrowable(() -> handOvers.propose(caseId, UUID.fromString(JASHORE_NGO), WING)))
                .hasMessageContaining("not consented");
        assertThat(handOvers.ofCase(caseId, WING)).isEmpty();

        cases.changeConsent(caseId, new Consent(List.of(ServiceCategory.SHELTER), ShareLevel.BASIC), true, WING);
        assertThat(handOvers.propose(caseId, UUID.fromString(JASHORE_NGO), WING).status().name()).isEqualTo("PROPOSED");
    }

    @Test
    @TestSecurity(user = "jashorecaseworker", roles = "case-worker")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = JASHORE_NGO))
    void onlyTheReceivingAgencyAnswersAndOnlyOnceAndADeclinedCaseMayBeProposedElsewhere() {
        UUID caseId = screenedInRiyadh("Shapla", true);
        UUID id = handOvers.propose(caseId, UUID.fromString(JASHORE_NGO), WING).id();
        assertThat(catchThrowable(() -> handOvers.accept(id, WING))).as("the sender").hasMessageContaining("only the receiving");
        assertThat(catchThrowable(() -> handOvers.accept(id, COORDINATOR))).as("a coordinator").hasMessageContaining("only the receiving");
        Caller stranger = new Caller("sub", "caseworker2", Set.of("case-worker"), Optional.of(UUID.fromString(Requests.COX_NGO)));
        assertThat(catchThrowable(() -> handOvers.accept(id, stranger))).as("anyone else").isInstanceOf(NotFound.class);
        assertThat(catchThrowable(() -> handOvers.propose(caseId, UUID.fromString(Requests.COX_NGO), WING)))
                .as("one open hand-over at a time").hasMessageContaining("already has a hand-over waiting");

        given().contentType(ContentType.JSON).body(Map.of("reason", "NOT_OUR_AREA"))
                .when().post("/api/v1/hand-overs/{id}/decline", id).then().statusCode(200)
                .body("status", equalTo("DECLINED")).body("declineReason", equalTo("NOT_OUR_AREA"));
        given().when().post("/api/v1/hand-overs/{id}/accept", id).then().statusCode(409).contentType(PROBLEM)
                .body("currentStatus", equalTo("DECLINED"));
        given().when().post("/api/v1/hand-overs/{id}/withdraw", id).then().statusCode(403).contentType(PROBLEM);
        given().when().get("/api/v1/cases/{id}", caseId).then().statusCode(404);

        var declined = TopicReader.json(TopicReader.ofKey("setu.screening.v1", caseId, "setu.screening.hand-over-declined.v1", 1).get(0));
        assertThat(declined.get("reason").asText()).isEqualTo("NOT_OUR_AREA");
        assertThat(handOvers.propose(caseId, UUID.fromString(Requests.COX_NGO), WING).status().name()).isEqualTo("PROPOSED");
    }

    @Test
    @TestSecurity(user = "jashorecaseworker", roles = "case-worker")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = JASHORE_NGO))
    void closingTheCaseWithdrawsTheHandOverStillWaiting() {
        UUID caseId = screenedInRiyadh("Beauty", true);
        UUID id = handOvers.propose(caseId, UUID.fromString(JASHORE_NGO), WING).id();
        cases.close(caseId, ClosureReason.DECLINED_SUPPORT, WING);

        given().queryParam("direction", "INCOMING").queryParam("status", "WITHDRAWN").when().get("/api/v1/hand-overs")
                .then().statusCode(200).body("items.id", hasItem(id.toString()));
        given().when().post("/api/v1/hand-overs/{id}/accept", id).then().statusCode(409).contentType(PROBLEM);
        given().queryParam("direction", "INCOMING").queryParam("status", "PROPOSED").when().get("/api/v1/hand-overs")
                .then().statusCode(200).body("items.id", not(hasItem(id.toString())));
    }

    @Test
    @TestSecurity(user = "wingcaseworker", roles = "case-worker")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = RIYADH_LABOUR_WING))
    void badInputForAHandOverIsAClearProblemAndWritesNothing() throws SQLException {
        UUID caseId = screenedInRiyadh("Careful", true);
        long rows = Tables.count(dataSource, "SELECT count(*) FROM case_hand_over");
        String path = "/api/v1/cases/{id}/hand-overs";
        for (String body : List.of("{}", "{\"toAgency\": null}", "{\"toAgency\": \"jashore\"}", "[]", "not json",
                "{\"toAgency\": \"" + RIYADH_LABOUR_WING + "\"}")) {
            given().contentType(ContentType.JSON).body(body).when().post(path, caseId).then().statusCode(400).contentType(PROBLEM);
        }
        given().contentType(ContentType.JSON).body(Map.of("toAgency", JASHORE_NGO)).when().post(path, "not-a-case")
                .then().statusCode(404).contentType(PROBLEM);
        given().queryParam("direction", "SIDEWAYS").when().get("/api/v1/hand-overs").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("direction"));
        given().queryParam("status", "MAYBE").when().get("/api/v1/hand-overs").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("status"));
        given().queryParam("size", "1000").when().get("/api/v1/hand-overs").then().statusCode(400).contentType(PROBLEM);
        assertThat(Tables.count(dataSource, "SELECT count(*) FROM case_hand_over")).isEqualTo(rows);

        UUID id = handOvers.propose(caseId, UUID.fromString(JASHORE_NGO), WING).id();
        given().contentType(ContentType.JSON).body(Map.of("reason", "BORED")).when().post("/api/v1/hand-overs/{id}/decline", id)
                .then().statusCode(400).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body("{}").when().post("/api/v1/hand-overs/{id}/decline", id)
                .then().statusCode(400).contentType(PROBLEM);
        given().when().post("/api/v1/hand-overs/{id}/accept", "not-a-hand-over").then().statusCode(404).contentType(PROBLEM);
        given().when().post("/api/v1/hand-overs/{id}/accept", id).then().statusCode(403).contentType(PROBLEM);
        assertThat(Tables.count(dataSource, "SELECT count(*) FROM case_hand_over WHERE id = '" + id + "' AND status = 'PROPOSED'"))
                .isEqualTo(1);
        given().when().post("/api/v1/hand-overs/{id}/withdraw", id).then().statusCode(200).body("status", equalTo("WITHDRAWN"));
    }

    /** A woman screened by the labour wing in Riyadh, home in Jashore, with her answer to the cross-border question. */
    private UUID screenedInRiyadh(String givenName, boolean crossBorder) {
        int n = PERSONS.incrementAndGet();
        PersonInput person = new PersonInput(new PersonDetails(givenName + n, "Begum", LocalDate.of(1996, 3, 4), null, null, null,
                null, null), Sex.FEMALE, "BD", List.of("bn"), new AdminArea("BD-40", "BD-4041", null));
        return screenings.submit(new NewScreening("setu-core", 1, ScreeningContext.EMBASSY, null, person, Requests.trafficked(),
                new Consent(List.of(ServiceCategory.SHELTER), ShareLevel.BASIC), new Abroad("SA", "Riyadh"), "SA", crossBorder),
                WING).caseId();
    }
}
