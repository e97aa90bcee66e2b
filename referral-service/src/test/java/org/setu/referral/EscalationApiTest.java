package org.setu.referral;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.setu.events.vocabulary.ReferralStatus;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Urgency;
import org.setu.referral.app.LifecycleService;
import org.setu.referral.app.RoutingService;
import org.setu.referral.domain.Referral;
import org.setu.referral.domain.Transition;
import org.setu.referral.persistence.AgencyPolicyRepository;

import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.setu.referral.SampleDirectory.CHATTAGRAM;
import static org.setu.referral.SampleDirectory.DHAKA_NGO;
import static org.setu.referral.SampleDirectory.DOCUMENTATION_SYLHET_COX_NGO;
import static org.setu.referral.SampleDirectory.DOCUMENTATION_SYLHET_OTHER;
import static org.setu.referral.SampleDirectory.JASHORE;
import static org.setu.referral.SampleDirectory.KHULNA;
import static org.setu.referral.SampleDirectory.LEGAL_RANGAMATI_FIRST;
import static org.setu.referral.SampleDirectory.LEGAL_RANGAMATI_SECOND;
import static org.setu.referral.SampleDirectory.RANGAMATI;
import static org.setu.referral.SampleDirectory.SYLHET;
import static org.setu.referral.SampleDirectory.SYLHET_DIVISION;
import static org.setu.referral.Screenings.area;

/**
 * The coordinators' escalations: a list they can page and filter by the person's district, the category and how long
 * the referral has waited, and the two ways they act on one (refer it again to a service they found, or close it with
 * a reason). Also a case worker approving a proposal with another candidate of the ranked preview.
 */
@QuarkusTest
class EscalationApiTest {

    static final String PROBLEM = "application/problem+json";
    static final String NRM_ID = "5e7c1f3a-2b4d-4c6e-8f10-a1b2c3d4e503";
    static final String DHAKA_NGO_ID = "5e7c1f3a-2b4d-4c6e-8f10-a1b2c3d4e501";
    static final String APPROVING_AGENCY_ID = "0b000000-0000-0000-0000-0000000000a2";

    @Inject
    RoutingService routing;

    @Inject
    LifecycleService lifecycle;

    @Inject
    AgencyPolicyRepository policies;

    @Inject
    TestClock clock;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void directory() {
        SampleDirectory.ensure();
        policies.set(UUID.fromString(APPROVING_AGENCY_ID), true);
    }

    /** Legal aid in Rangamati, declined by both providers there: no candidate is left, so it is escalated. */
    Referral escalatedLegalAidInRangamati() {
        Referral r = routing.screeningCompleted(Screenings.withUrgency(
                Screenings.adultIn(DHAKA_NGO, area(CHATTAGRAM, RANGAMATI, null), ServiceCategory.LEGAL_AID), Urgency.HIGH)).get(0);
        Referral next = lifecycle.apply(r.id(), Transition.DECLINE, null, "NO_CAPACITY", null,
                Referrals.providerOf(LEGAL_RANGAMATI_FIRST.organizationId()));
        Referral escalated = lifecycle.apply(r.id(), Transition.DECLINE, next.version(), "NO_CAPACITY", null,
                Referrals.providerOf(LEGAL_RANGAMATI_SECOND.organizationId()));
        assertThat(escalated.status()).isEqualTo(ReferralStatus.ESCALATED);
        return escalated;
    }

    /** Family tracing has no service anywhere in the sample directory: escalated at once. */
    Referral familyTracingIn(String division, String district) {
        Referral r = routing.screeningCompleted(Screenings.adultIn(DHAKA_NGO, area(division, district, null),
                ServiceCategory.FAMILY_TRACING)).get(0);
        assertThat(r.status()).isEqualTo(ReferralStatus.ESCALATED);
        return r;
    }

    static JsonPath escalations(Map<String, ?> filters) {
        return given().queryParams(filters).when().get("/api/v1/escalations")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    @TestSecurity(user = "coordinator", roles = "nrm-coordinator")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = NRM_ID))
    void theCoordinatorSeesTheLongestWaitingEscalationsFirstAndFiltersThemByDistrictCategoryAndAge() {
        Referral older = escalatedLegalAidInRangamati();
        clock.advance(Duration.ofDays(2));
        Referral newer = escalatedLegalAidInRangamati();
        Referral elsewhere = familyTracingIn(KHULNA, JASHORE);

        JsonPath inRangamati = escalations(Map.of("district", RANGAMATI, "category", "LEGAL_AID", "size", 100));
        List<String> ids = inRangamati.getList("items.id");
        assertThat(ids).contains(older.id().toString(), newer.id().toString()).doesNotContain(elsewhere.id().toString());
        assertThat(ids.indexOf(older.id().toString())).as("the longest-waiting first").isLessThan(ids.indexOf(newer.id().toString()));
        assertThat(inRangamati.getList("items.districtId", String.class)).containsOnly(RANGAMATI);
        assertThat(inRangamati.getList("items.category", String.class)).containsOnly("LEGAL_AID");
        List<OffsetDateTime> times = inRangamati.getList("items.escalatedAt", String.class).stream().map(OffsetDateTime::parse).toList();
        assertThat(times).isSortedAccordingTo(OffsetDateTime::compareTo);
        assertThat(inRangamati.getLong("totalItems")).isEqualTo(ids.size());

        List<String> waitedADay = escalations(Map.of("district", RANGAMATI, "category", "LEGAL_AID", "olderThan", "P1D", "size", 100))
                .getList("items.id");
        assertThat(waitedADay).contains(older.id().toString()).doesNotContain(newer.id().toString());

        JsonPath firstPage = escalations(Map.of("district", RANGAMATI, "size", 1, "page", 0));
        assertThat(firstPage.getList("items")).hasSize(1);
        assertThat(firstPage.getLong("totalItems")).isGreaterThanOrEqualTo(2);
        JsonPath secondPage = escalations(Map.of("district", RANGAMATI, "size", 1, "page", 1));
        assertThat(secondPage.getString("items[0].id")).isNotEqualTo(firstPage.getString("items[0].id"));
    }

    @Test
    @TestSecurity(user = "coordinator", roles = "nrm-coordinator")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = NRM_ID))
    void theCoordinatorRefersAnEscalationAgainToTheServiceTheyFoundAndItLeavesTheList() throws SQLException {
        Referral escalated = escalatedLegalAidInRangamati();
        String found = LEGAL_RANGAMATI_SECOND.id().toString();
        assertThat(given().queryParam("caseId", escalated.caseId()).queryParam("category", "LEGAL_AID")
                .when().get("/api/v1/matches").then().statusCode(200).extract().jsonPath().getList("items.serviceId"))
                .as("the preview still ranks the providers that declined: a coordinator may have called them").contains(found);

        given().contentType(ContentType.JSON).header("If-Match", "\"" + escalated.version() + "\"")
                .body(Map.of("serviceId", found, "note", "they have a lawyer free from Monday"))
                .when().post("/api/v1/referrals/{id}/refer-again", escalated.id())
                .then().statusCode(200)
                .header("ETag", "\"" + (escalated.version() + 1) + "\"")
                .body("status", equalTo("SENT"))
                .body("serviceId", equalTo(found))
                .body("attempt", equalTo(escalated.attempt() + 1))
                .body("history[-1].reason", equalTo("REFERRED_AGAIN"))
                .body("history[-1].actor", equalTo("coordinator"));

        Referral sent = Referrals.get(escalated.id());
        assertThat(sent.dueAt()).isAfter(clock.instant());
        assertThat(English.of(sent.explanation())).anyMatch(line -> line.startsWith("Chosen by hand after escalation by an NRM coordinator"));
        assertThat(escalations(Map.of("district", RANGAMATI, "size", 100)).getList("items.id")).doesNotContain(escalated.id().toString());
        assertThat(eventsOf(escalated)).endsWith("setu.referral.escalated.v1", "setu.referral.sent.v1");
    }

    @Test
    @TestSecurity(user = "coordinator", roles = "nrm-coordinator")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = NRM_ID))
    void theCoordinatorClosesAnEscalationWithAReasonAndItLeavesTheList() {
        Referral escalated = familyTracingIn(KHULNA, JASHORE);

        given().contentType(ContentType.JSON).body(Map.of("reason", "SERVED_OUTSIDE_SETU", "note", "the family was found by the police"))
                .when().post("/api/v1/referrals/{id}/cancel", escalated.id())
                .then().statusCode(200).body("status", equalTo("CANCELLED"))
                .body("history[-1].reason", equalTo("SERVED_OUTSIDE_SETU"));

        assertThat(escalations(Map.of("district", JASHORE, "size", 100)).getList("items.id")).doesNotContain(escalated.id().toString());
    }

    @Test
    @TestSecurity(user = "coordinator", roles = "nrm-coordinator")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = NRM_ID))
    void referringAgainNeedsAnEligibleServiceAndAnEscalatedReferralAndChangesNothingOtherwise() {
        Referral escalated = escalatedLegalAidInRangamati();
        String path = "/api/v1/referrals/{id}/refer-again";

        given().contentType(ContentType.JSON).body(Map.of("note", "no service named")).when().post(path, escalated.id())
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("serviceId"));
        given().contentType(ContentType.JSON).body(Map.of("serviceId", DOCUMENTATION_SYLHET_OTHER.id().toString()))
                .when().post(path, escalated.id())
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("serviceId"));
        given().contentType(ContentType.JSON).body(Map.of("serviceId", "not-a-uuid")).when().post(path, escalated.id())
                .then().statusCode(400).contentType(PROBLEM);
        assertThat(Referrals.get(escalated.id()).version()).as("nothing changed").isEqualTo(escalated.version());

        Referral sent = routing.screeningCompleted(Screenings.adultIn(DHAKA_NGO, area(SYLHET_DIVISION, SYLHET, null),
                ServiceCategory.DOCUMENTATION)).get(0);
        given().contentType(ContentType.JSON).body(Map.of("serviceId", DOCUMENTATION_SYLHET_OTHER.id().toString()))
                .when().post(path, sent.id())
                .then().statusCode(409).contentType(PROBLEM).body("currentStatus", equalTo("SENT"));
        given().contentType(ContentType.JSON).body(Map.of("serviceId", DOCUMENTATION_SYLHET_OTHER.id().toString()))
                .when().post("/api/v1/referrals/{id}/accept", sent.id())
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("serviceId"));
        assertThat(Referrals.get(sent.id()).status()).isEqualTo(ReferralStatus.SENT);
    }

    @Test
    @TestSecurity(user = "caseworker", roles = "case-worker")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA_NGO_ID))
    void escalationsAreTheCoordinatorsEvenForTheCaseWorkerWhoseReferralItIs() {
        Referral escalated = escalatedLegalAidInRangamati();

        given().when().get("/api/v1/escalations").then().statusCode(403).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(Map.of("serviceId", LEGAL_RANGAMATI_SECOND.id().toString()))
                .when().post("/api/v1/referrals/{id}/refer-again", escalated.id())
                .then().statusCode(403).contentType(PROBLEM);
        assertThat(Referrals.get(escalated.id()).status()).isEqualTo(ReferralStatus.ESCALATED);
    }

    @Test
    @TestSecurity(user = "coordinator", roles = "nrm-coordinator")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = NRM_ID))
    void aBadFilterOfTheEscalationListIsAProblemNamingIt() {
        given().queryParam("district", "Dhaka").when().get("/api/v1/escalations")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("district"));
        given().queryParam("olderThan", "3 days").when().get("/api/v1/escalations")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("olderThan"));
        given().queryParam("olderThan", "-P1D").when().get("/api/v1/escalations")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("olderThan"));
        given().queryParam("category", "SOUP").when().get("/api/v1/escalations")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("category"));
        given().queryParam("size", "1000").when().get("/api/v1/escalations")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("size"));
    }

    @Test
    @TestSecurity(user = "approver", roles = "case-worker")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = APPROVING_AGENCY_ID))
    void aCaseWorkerApprovesAProposalWithAnotherCandidateOfTheRankedPreview() throws SQLException {
        Referral proposed = routing.screeningCompleted(Screenings.adultIn(UUID.fromString(APPROVING_AGENCY_ID),
                area(SYLHET_DIVISION, SYLHET, null), ServiceCategory.DOCUMENTATION)).get(0);
        assertThat(proposed.status()).isEqualTo(ReferralStatus.PROPOSED);
        assertThat(proposed.serviceId()).isEqualTo(DOCUMENTATION_SYLHET_COX_NGO.id());
        List<String> ranked = given().queryParam("caseId", proposed.caseId()).queryParam("category", "DOCUMENTATION")
                .when().get("/api/v1/matches").then().statusCode(200).extract().jsonPath().getList("items.serviceId");
        assertThat(ranked).containsExactly(DOCUMENTATION_SYLHET_COX_NGO.id().toString(), DOCUMENTATION_SYLHET_OTHER.id().toString());

        given().contentType(ContentType.JSON).header("If-Match", "\"" + proposed.version() + "\"")
                .body(Map.of("serviceId", ranked.get(1)))
                .when().post("/api/v1/referrals/{id}/approve", proposed.id())
                .then().statusCode(200)
                .body("status", equalTo("SENT"))
                .body("serviceId", equalTo(ranked.get(1)))
                .body("organizationId", equalTo(DOCUMENTATION_SYLHET_OTHER.organizationId().toString()))
                .body("attempt", equalTo(1))
                .body("history[-1].reason", equalTo("APPROVED_WITH_ANOTHER_SERVICE"));

        Referral sent = Referrals.get(proposed.id());
        assertThat(English.of(sent.explanation())).contains("Chosen by hand at approval by a case worker (rank 2 of 2).");
        assertThat(eventsOf(sent)).containsExactly("setu.referral.created.v1", "setu.referral.sent.v1");
        assertThat(sentEventOrganizations(sent)).containsExactly(DOCUMENTATION_SYLHET_OTHER.organizationId().toString());
    }

    private List<String> eventsOf(Referral r) throws SQLException {
        return OutboxRows.typesOf(dataSource, r);
    }

    /** The provider each sent event names: only the chosen one may be told of the referral. */
    private List<String> sentEventOrganizations(Referral r) throws SQLException {
        return OutboxRows.of(dataSource, r).stream().filter(row -> row.type().equals("setu.referral.sent.v1"))
                .map(row -> JsonPath.from(row.payload()).getString("organizationId")).toList();
    }
}
