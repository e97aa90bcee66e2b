package org.setu.kit.audit;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** Every read or change is on the trail with who, role, agency and purpose; only auditors read the trail. */
@QuarkusTest
class AuditTrailTest {

    static final String AGENCY = "5e7c1f3a-2b4d-4c6e-8f10-a1b2c3d4e501";
    private static final String AUDIT = "/api/v1/audit";
    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 3, 1, 9, 0, 0, 0, ZoneOffset.ofHours(6));

    @Inject
    AuditReader reader;

    @Inject
    AuditTrail trail;

    @Inject
    DataSource dataSource;

    @Test
    @TestSecurity(user = "caseworker-audit", roles = "case-worker")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = AGENCY))
    void creatingReadingAndApprovingAThingAreEachRecordedWithWhoRoleAgencyAndPurpose() {
        String id = given().contentType(ContentType.JSON)
                .body("{\"kind\": \"SHELTER\", \"person\": {\"givenName\": \"Rahima\", \"dateOfBirth\": \"1999-04-02\"}}")
                .when().post("/api/v1/test/things").then().statusCode(201).extract().path("id");
        given().when().get("/api/v1/test/things/" + id).then().statusCode(200);
        given().header("If-Match", "1").when().post("/api/v1/test/things/" + id + "/approve").then().statusCode(200);
        given().header("If-Match", "1").when().post("/api/v1/test/things/" + id + "/approve").then().statusCode(409);

        List<AuditEntry> trailOfThing = reader.page(filter("thing", id, null, null, null), 10).items();

        assertThat(trailOfThing).extracting(AuditEntry::action).containsExactly("CHANGE", "READ", "CREATE");
        assertThat(trailOfThing).allSatisfy(e -> {
            assertThat(e.actor()).isEqualTo("caseworker-audit");
            assertThat(e.roles()).containsExactly("case-worker");
            assertThat(e.agencyId()).hasToString(AGENCY);
            assertThat(e.purpose()).isEqualTo("TESTING");
            assertThat(e.at()).isAfter(OffsetDateTime.now().minusMinutes(5));
        });
        assertThat(trailOfThing.toString()).doesNotContain("Rahima");
    }

    @Test
    @TestSecurity(user = "caseworker-curious", roles = "case-worker")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = AGENCY))
    void aCaseWorkerCannotReadTheAuditTrail() {
        given().when().get(AUDIT)
                .then().statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
    }

    @Test
    @TestSecurity(user = "coordinator-curious", roles = "nrm-coordinator")
    void evenACoordinatorCannotReadTheAuditTrail() {
        given().when().get(AUDIT).then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void theTrailRefusesFreeTextSoThatNoPersonalDataCanBeStoredInIt() {
        assertThatThrownBy(() -> trail.record("READ", "case", "Rahima Begum", "CASE_MANAGEMENT"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("Rahima");
        assertThatThrownBy(() -> trail.record("read the file of Rahima", "case", UUID.randomUUID().toString(), "X"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> trail.record("READ", "case", UUID.randomUUID().toString(), "because she asked"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    void anAuditorPagesThroughOneRecordsTrailNewestFirstWithACursor() throws Exception {
        String caseId = UUID.randomUUID().toString();
        for (int minute = 0; minute < 5; minute++) seed("caseworker", "case", caseId, T0.plusMinutes(minute));
        seed("caseworker", "case", UUID.randomUUID().toString(), T0);   // another case: filtered out

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("resourceType", "case").queryParam("resourceId", caseId).queryParam("limit", 2);
            if (cursor != null) request.queryParam("cursor", cursor);
            ExtractableResponse<Response> page = request.when().get(AUDIT).then().statusCode(200).extract();
            seen.addAll(page.path("items.at"));
            assertThat(page.<List<String>>path("items.resourceId")).containsOnly(caseId);
            cursor = page.path("next");
            pages++;
        } while (cursor != null);

        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(5);
        assertThat(seen.stream().map(OffsetDateTime::parse).toList())
                .isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    void anAuditorFiltersByActorAndTime() throws Exception {
        String caseId = UUID.randomUUID().toString();
        seed("caseworker", "case", caseId, T0);
        seed("coordinator", "case", caseId, T0.plusHours(1));
        seed("coordinator", "case", caseId, T0.plusHours(3));

        given().queryParam("resourceId", caseId).queryParam("actor", "coordinator")
                .when().get(AUDIT)
                .then().statusCode(200).body("items", hasSize(2)).body("next", nullValue());
        given().queryParam("resourceId", caseId)
                .queryParam("from", T0.plusMinutes(30).toString()).queryParam("to", T0.plusHours(2).toString())
                .when().get(AUDIT)
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].actor", equalTo("coordinator"));
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    void readingTheTrailIsItselfOnTheTrail() {
        String caseId = UUID.randomUUID().toString();
        given().queryParam("resourceId", caseId).when().get(AUDIT).then().statusCode(200);

        List<AuditEntry> oversight = reader.page(filter("audit-trail", caseId, null, null, null), 10).items();
        assertThat(oversight).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("auditor");
            assertThat(e.action()).isEqualTo("READ");
            assertThat(e.purpose()).isEqualTo("OVERSIGHT");
        });
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    void aFilterThatCannotBeReadIsABadRequestNamingIt() {
        given().queryParam("from", "yesterday").when().get(AUDIT)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("from")).body(not(containsString("yesterday")));
        given().queryParam("cursor", "not-a-cursor").when().get(AUDIT)
                .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        given().queryParam("limit", "5000").when().get(AUDIT)
                .then().statusCode(400).body("errors[0].field", equalTo("limit"));
    }

    private static AuditReader.Filter filter(String type, String id, String actor, OffsetDateTime from, OffsetDateTime to) {
        return new AuditReader.Filter(type, id, actor, from, to, null);
    }

    private void seed(String actor, String type, String id, OffsetDateTime at) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                INSERT INTO kit_audit_trail (at, actor, roles, action, resource_type, resource_id, purpose)
                VALUES (?, ?, 'case-worker', 'READ', ?, ?, 'CASE_MANAGEMENT')""")) {
            s.setObject(1, at);
            s.setString(2, actor);
            s.setString(3, type);
            s.setString(4, id);
            s.executeUpdate();
        }
    }
}
