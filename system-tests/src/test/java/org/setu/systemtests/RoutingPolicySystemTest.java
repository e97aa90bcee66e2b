package org.setu.systemtests;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.setu.systemtests.Keycloak.tokenFor;

/**
 * An agency admin's routing policy on the running platform: it holds the agency's next referrals of the chosen kind
 * for a case worker's approval, each referral names the policy version that decided, another agency's referrals go
 * out as before, and the change is in the audit trail.
 */
@ExtendWith(RunningPlatform.class)
class RoutingPolicySystemTest {

    static final String POLICY = Setu.REFERRAL + "/routing-policies/" + Fixtures.DHAKA_NGO;
    static final Persons.Person WAITA = Persons.WAITA;
    static final Persons.Person COXA = Persons.COXA;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void anAgencyThatMakesLegalAidWaitGetsItsNextLegalAidReferralProposedNamingThePolicyAndOtherAgenciesAreUnaffected() {
        String admin = tokenFor("agencyadmin");
        JsonPath before = given().auth().oauth2(admin).when().get(POLICY).then().statusCode(200).extract().jsonPath();
        try {
            long version = given().auth().oauth2(admin).contentType(ContentType.JSON)
                    .header("If-Match", "\"" + before.getLong("version") + "\"")
                    .body(Map.of("approveFirstUrgencies", List.of(), "approveFirstCategories", List.of("LEGAL_AID")))
                    .when().put(POLICY).then().statusCode(200).extract().jsonPath().getLong("version");
            assertThat(version).isEqualTo(before.getLong("version") + 1);

            String caseworker = tokenFor("caseworker");
            JsonPath dhaka = Setu.screen(caseworker, Persons.screening(WAITA, "AIRPORT_RETURNEE", Persons.DHAKA, Persons.JASHORE,
                    trafficked(), List.of("LEGAL_AID", "PSYCHOSOCIAL")), null);
            Map<String, Object> legal = Setu.awaitReferral(caseworker, dhaka.getString("caseId"), "LEGAL_AID", r -> true);
            assertThat(legal.get("status")).isEqualTo("PROPOSED");
            assertThat(legal.get("explanation").toString())
                    .contains("agency policy v" + version + ": LEGAL_AID referrals wait for a case worker's approval");
            Map<String, Object> psychosocial = Setu.awaitReferral(caseworker, dhaka.getString("caseId"), "PSYCHOSOCIAL", r -> true);
            assertThat(psychosocial.get("status")).as("only legal aid waits").isNotEqualTo("PROPOSED");

            String caseworker2 = tokenFor("caseworker2");
            JsonPath cox = Setu.screen(caseworker2, Persons.screening(COXA, "POLICE_RESCUE", Persons.COXS_BAZAR, Persons.COXS_BAZAR,
                    trafficked(), List.of("LEGAL_AID")), null);
            Map<String, Object> coxLegal = Setu.awaitReferral(caseworker2, cox.getString("caseId"), "LEGAL_AID", r -> true);
            assertThat(coxLegal.get("status")).as("another agency's policy is its own").isEqualTo("SENT");

            Setu.transition(caseworker, legal, "approve", null, null).then().statusCode(200);
            assertThat(Setu.referralFor(caseworker, dhaka.getString("caseId"), "LEGAL_AID").get("status")).isEqualTo("SENT");

            List<Map<String, Object>> audit = given().auth().oauth2(tokenFor("auditor"))
                    .queryParam("resourceType", "routing-policy").queryParam("resourceId", Fixtures.DHAKA_NGO).queryParam("limit", 200)
                    .when().get(Setu.REFERRAL + "/audit").then().statusCode(200).extract().jsonPath().getList("items");
            assertThat(audit).anySatisfy(e -> {
                assertThat(e.get("action")).isEqualTo("CHANGE");
                assertThat(e.get("actor")).isEqualTo("agencyadmin");
                assertThat(e.get("purpose")).isEqualTo("ROUTING_ADMINISTRATION");
            });
        } finally {
            long now = given().auth().oauth2(admin).when().get(POLICY).then().statusCode(200).extract().jsonPath().getLong("version");
            given().auth().oauth2(admin).contentType(ContentType.JSON).header("If-Match", "\"" + now + "\"")
                    .body(Map.of("approveFirstUrgencies", before.getList("approveFirstUrgencies"),
                            "approveFirstCategories", before.getList("approveFirstCategories")))
                    .when().put(POLICY).then().statusCode(200);
        }
    }

    /** Trafficked abroad, but safe tonight: not immediate, so the agency's policy decides. */
    private static Map<String, Object> trafficked() {
        Map<String, Object> answers = new LinkedHashMap<>(Persons.traffickedAbroad());
        answers.remove("immediate-needs");
        return answers;
    }
}
