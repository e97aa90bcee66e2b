package org.setu.referral;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.setu.events.vocabulary.ReferralStatus;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Urgency;
import org.setu.referral.app.RoutingService;
import org.setu.referral.domain.Referral;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.setu.referral.SampleDirectory.SYLHET;
import static org.setu.referral.SampleDirectory.SYLHET_DIVISION;
import static org.setu.referral.Screenings.area;

/** An agency's routing policy through the API: who may read and change it, with which version, and what routing does with it. */
@QuarkusTest
class RoutingPolicyApiTest {

    // one agency per test, so that the tests do not see each other's changes
    static final String READER = "0b000000-0000-0000-0000-0000000000b1";
    static final String CHANGER = "0b000000-0000-0000-0000-0000000000b2";
    static final String STALE = "0b000000-0000-0000-0000-0000000000b3";
    static final String BAD = "0b000000-0000-0000-0000-0000000000b4";
    static final String ROUTER = "0b000000-0000-0000-0000-0000000000b5";
    static final String OTHER = "0b000000-0000-0000-0000-0000000000b9";

    static final String ROUTINE_AND_LEGAL_AID_WAIT = "{\"approveFirstUrgencies\":[\"ROUTINE\"],\"approveFirstCategories\":[\"LEGAL_AID\"]}";

    @Inject
    RoutingService routing;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void directory() {
        SampleDirectory.ensure();
    }

    @Test
    @TestSecurity(user = "agencyadmin", roles = "agency-admin")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = READER))
    void anAgencyThatSetNoPolicyReadsTheDefaultAsVersionZero() {
        given().when().get("/api/v1/routing-policies/{id}", READER).then().statusCode(200).header("ETag", "\"0\"")
                .body("agencyId", equalTo(READER)).body("version", equalTo(0)).body("defaultPolicy", equalTo(true))
                .body("approveFirstUrgencies", empty()).body("approveFirstCategories", empty());
    }

    @Test
    @TestSecurity(user = "agencyadmin", roles = "agency-admin")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = CHANGER))
    void anAgencyAdminChangesTheirAgencysPolicyAndTheChangeIsInTheAuditTrail() {
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(ROUTINE_AND_LEGAL_AID_WAIT)
                .when().put("/api/v1/routing-policies/{id}", CHANGER).then().statusCode(200).header("ETag", "\"1\"")
                .body("version", equalTo(1)).body("defaultPolicy", equalTo(false))
                .body("approveFirstUrgencies", contains("ROUTINE")).body("approveFirstCategories", contains("LEGAL_AID"));
        given().contentType(ContentType.JSON).body("{\"approveFirstUrgencies\":[\"HIGH\",\"ROUTINE\"],\"approveFirstCategories\":[],\"version\":1}")
                .when().put("/api/v1/routing-policies/{id}", CHANGER).then().statusCode(200).body("version", equalTo(2));

        given().when().get("/api/v1/routing-policies/{id}", CHANGER).then().statusCode(200).header("ETag", "\"2\"")
                .body("approveFirstUrgencies", contains("HIGH", "ROUTINE")).body("approveFirstCategories", empty());
        assertThat(auditedChanges(CHANGER)).as("one audit record per change, naming the agency admin").isEqualTo(2);
    }

    @Test
    @TestSecurity(user = "agencyadmin", roles = "agency-admin")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = STALE))
    void aChangeMadeOnAStaleVersionIsRefusedWithTheCurrentVersionAndChangesNothing() {
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(ROUTINE_AND_LEGAL_AID_WAIT)
                .when().put("/api/v1/routing-policies/{id}", STALE).then().statusCode(200);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"approveFirstUrgencies\":[],\"approveFirstCategories\":[]}")
                .when().put("/api/v1/routing-policies/{id}", STALE).then().statusCode(409).contentType(LifecycleApiTest.PROBLEM)
                .body("currentVersion", equalTo(1));

        given().when().get("/api/v1/routing-policies/{id}", STALE).then().body("version", equalTo(1))
                .body("approveFirstUrgencies", contains("ROUTINE"));
        assertThat(auditedChanges(STALE)).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "agencyadmin", roles = "agency-admin")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = READER))
    void anAgencyAdminCannotSeeThatAnotherAgencysPolicyExists() {
        given().when().get("/api/v1/routing-policies/{id}", OTHER).then().statusCode(404).contentType(LifecycleApiTest.PROBLEM);
        given().contentType(ContentType.JSON).body(ROUTINE_AND_LEGAL_AID_WAIT)
                .when().put("/api/v1/routing-policies/{id}", OTHER).then().statusCode(404).contentType(LifecycleApiTest.PROBLEM);
        given().when().get("/api/v1/routing-policies").then().statusCode(403);
        assertThat(auditedChanges(OTHER)).isZero();
    }

    @Test
    @TestSecurity(user = "coordinator", roles = "nrm-coordinator")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = LifecycleApiTest.NRM_ID))
    void aCoordinatorReadsEveryAgencysPolicyButChangesNone() {
        given().when().get("/api/v1/routing-policies/{id}", OTHER).then().statusCode(200).body("defaultPolicy", equalTo(true));
        given().contentType(ContentType.JSON).body(ROUTINE_AND_LEGAL_AID_WAIT)
                .when().put("/api/v1/routing-policies/{id}", OTHER).then().statusCode(403);
        given().when().get("/api/v1/routing-policies?size=100").then().statusCode(200)
                .body("items.agencyId", not(hasItem(OTHER))).body("page", equalTo(0)).body("size", equalTo(100));
        given().when().get("/api/v1/routing-policies?size=0").then().statusCode(400).contentType(LifecycleApiTest.PROBLEM);
    }

    @Test
    @TestSecurity(user = "caseworker", roles = "case-worker")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = READER))
    void aCaseWorkerNeitherReadsNorChangesThePolicyOfTheirOwnAgency() {
        given().when().get("/api/v1/routing-policies/{id}", READER).then().statusCode(403);
        given().contentType(ContentType.JSON).body(ROUTINE_AND_LEGAL_AID_WAIT)
                .when().put("/api/v1/routing-policies/{id}", READER).then().statusCode(403);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "{\"approveFirstUrgencies\":[\"SOMEDAY\"],\"approveFirstCategories\":[]}",
            "{\"approveFirstUrgencies\":[],\"approveFirstCategories\":[\"BAKERY\"]}",
            "{\"approveFirstUrgencies\":[\"IMMEDIATE\"],\"approveFirstCategories\":[]}",
            "{\"approveFirstCategories\":[]}",
            "{\"approveFirstUrgencies\":[]}",
            "{\"approveFirstUrgencies\":[null],\"approveFirstCategories\":[]}",
            "{\"approveFirstUrgencies\":\"ROUTINE\",\"approveFirstCategories\":[]}",
            "{\"approveFirstUrgencies\":[],\"approveFirstCategories\":[],\"version\":-1}",
            "{\"approveFirstUrgencies\":[],",
            ""})
    @TestSecurity(user = "agencyadmin", roles = "agency-admin")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = BAD))
    void aPolicyThatIsNotWellFormedIsRefusedWith400AndNothingIsWritten(String body) {
        given().contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/routing-policies/{id}", BAD).then().statusCode(400).contentType(LifecycleApiTest.PROBLEM);
        given().when().get("/api/v1/routing-policies/{id}", BAD).then().body("version", equalTo(0));
        assertThat(auditedChanges(BAD)).isZero();
    }

    @Test
    @TestSecurity(user = "agencyadmin", roles = "agency-admin")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = BAD))
    void aMalformedIfMatchOrAgencyIdIsRefusedWithoutAWrite() {
        given().contentType(ContentType.JSON).header("If-Match", "\"abc\"").body(ROUTINE_AND_LEGAL_AID_WAIT)
                .when().put("/api/v1/routing-policies/{id}", BAD).then().statusCode(400).contentType(LifecycleApiTest.PROBLEM)
                .body("errors[0].field", equalTo("If-Match"));
        // a path id that is no UUID names nothing, like another agency's id
        given().contentType(ContentType.JSON).body(ROUTINE_AND_LEGAL_AID_WAIT)
                .when().put("/api/v1/routing-policies/{id}", "not-a-uuid").then().statusCode(404).contentType(LifecycleApiTest.PROBLEM);
        assertThat(auditedChanges(BAD)).isZero();
    }

    @Test
    @TestSecurity(user = "agencyadmin", roles = "agency-admin")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = ROUTER))
    void aRoutedReferralSaysWhichVersionOfItsAgencysPolicyDecidedItsDispatch() {
        UUID agency = UUID.fromString(ROUTER);
        Referral before = routing.screeningCompleted(Screenings.adultIn(agency, area(SYLHET_DIVISION, SYLHET, null),
                ServiceCategory.DOCUMENTATION)).get(0);
        assertThat(before.status()).isEqualTo(ReferralStatus.SENT);
        assertThat(English.of(before.explanation())).last().asString()
                .isEqualTo("Dispatch: the default policy (the agency has set none): HIGH DOCUMENTATION referrals are sent at once.");

        given().contentType(ContentType.JSON).body("{\"approveFirstUrgencies\":[\"ROUTINE\"],\"approveFirstCategories\":[\"DOCUMENTATION\"]}")
                .when().put("/api/v1/routing-policies/{id}", ROUTER).then().statusCode(200).body("version", equalTo(1));

        Referral held = routing.screeningCompleted(Screenings.adultIn(agency, area(SYLHET_DIVISION, SYLHET, null),
                ServiceCategory.DOCUMENTATION)).get(0);
        assertThat(held.status()).isEqualTo(ReferralStatus.PROPOSED);
        assertThat(English.of(held.explanation())).last().asString()
                .isEqualTo("Dispatch: agency policy v1: DOCUMENTATION referrals wait for a case worker's approval.");

        Referral immediate = routing.screeningCompleted(Screenings.withUrgency(Screenings.adultIn(agency,
                area(SYLHET_DIVISION, SYLHET, null), ServiceCategory.DOCUMENTATION), Urgency.IMMEDIATE)).get(0);
        assertThat(immediate.status()).isEqualTo(ReferralStatus.SENT);
        assertThat(English.of(immediate.explanation())).last().asString()
                .isEqualTo("Dispatch: immediate urgency: sent at once, whatever agency policy v1 says.");
    }

    private long auditedChanges(String agencyId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                SELECT count(*) FROM kit_audit_trail WHERE action = 'CHANGE' AND resource_type = 'routing-policy'
                    AND resource_id = ? AND actor = 'agencyadmin' AND purpose = 'ROUTING_ADMINISTRATION'""")) {
            s.setString(1, agencyId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
