package org.setu.systemtests;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.setu.systemtests.Keycloak.tokenFor;

/**
 * People of different nationalities screened against the sample directory, whose programmes for some nationalities
 * only (Rohingya refugees in the Ukhiya camps, Bangladeshi returnees in Cox's Bazar, foreign nationals going home)
 * must each get the people they serve and no one else.
 */
@ExtendWith(RunningPlatform.class)
class NationalitySystemTest {

    static final String NRM_SECRETARIAT = "5e7c1f3a-2b4d-4c6e-8f10-a1b2c3d4e503";
    static final Map<String, Object> UKHIYA = Map.of("divisionId", "1", "districtId", "9", "upazilaId", "83");

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aForeignNationalGoingHomeIsReferredToTheSafeReturnProgrammeAndABangladeshiToTheCoordinators() {
        String screener = tokenFor("screener");
        String caseworker = tokenFor("caseworker");
        JsonPath indian = Setu.screen(screener, Persons.screening(Persons.RAMESHWARAN, "SHELTER_INTAKE", Persons.DHAKA,
                null, goingHome(), List.of("REPATRIATION"), "IN", List.of("hi", "bn")), null);
        JsonPath bangladeshi = Setu.screen(screener, Persons.screening(Persons.FIROZA, "HOTLINE", Persons.DHAKA,
                null, goingHome(), List.of("REPATRIATION"), "BD", List.of("bn")), null);

        Map<String, Object> forHim = sent(caseworker, indian, "REPATRIATION");
        Map<String, Object> forHer = sent(caseworker, bangladeshi, "REPATRIATION");

        assertThat(forHim.get("organizationId")).isEqualTo(sampleOrganization("safe-return-programme"));
        assertThat(forHim.get("explanation").toString())
                .contains("Chose Safe return home for foreign nationals (sample)", "takes nationals of IN");
        assertThat(forHer.get("organizationId")).isEqualTo(NRM_SECRETARIAT);
        assertThat(forHer.get("explanation").toString())
                .contains("Chose Repatriation coordination (sample)", "takes only nationals of [IN, LK, NP, PK], not BD");
    }

    @Test
    void aRohingyaRefugeeInUkhiyaGoesToTheCampProgrammeAndABangladeshiReturneeThereToTheReturneeProgramme() {
        String caseworker2 = tokenFor("caseworker2");
        JsonPath rohingya = Setu.screen(caseworker2, Persons.screening(Persons.NURKAYDA, "POLICE_RESCUE", UKHIYA,
                null, Persons.traffickedAbroad(), List.of("PSYCHOSOCIAL"), "MM", List.of("my")), null);
        JsonPath returnee = Setu.screen(caseworker2, Persons.screening(Persons.UKHIYARA, "POLICE_RESCUE", UKHIYA,
                null, Persons.traffickedAbroad(), List.of("PSYCHOSOCIAL"), "BD", List.of("bn")), null);

        Map<String, Object> forTheRefugee = sent(caseworker2, rohingya, "PSYCHOSOCIAL");
        Map<String, Object> forTheReturnee = sent(caseworker2, returnee, "PSYCHOSOCIAL");

        assertThat(forTheRefugee.get("organizationId")).isEqualTo(sampleOrganization("ukhiya-camp-programme"));
        assertThat(forTheRefugee.get("explanation").toString())
                .contains("Chose Camp psychosocial support for Rohingya refugees (sample)", "takes nationals of MM",
                        "Returnee psychosocial support for Bangladeshis (sample): takes only nationals of [BD], not MM");
        // the camp programme is closer (her upazila), so only her nationality keeps her from it
        assertThat(forTheReturnee.get("organizationId")).isEqualTo(sampleOrganization("coxs-bazar-returnee-programme"));
        assertThat(forTheReturnee.get("explanation").toString())
                .contains("Chose Returnee psychosocial support for Bangladeshis (sample)", "takes nationals of BD",
                        "Camp psychosocial support for Rohingya refugees (sample): takes only nationals of [MM], not BD");
    }

    private static Map<String, Object> sent(String token, JsonPath screened, String category) {
        return Setu.awaitReferral(token, screened.getString("caseId"), category, r -> "SENT".equals(r.get("status")));
    }

    /** Trafficked abroad and wanting help to go home: the need for repatriation. */
    private static Map<String, Object> goingHome() {
        Map<String, Object> answers = new LinkedHashMap<>(Persons.traffickedAbroad());
        answers.put("wants-help-going-home", true);
        return answers;
    }

    /** The sample directory names its organizations by a fixed key, so that they keep their ids from one load to the next. */
    private static String sampleOrganization(String slug) {
        return UUID.nameUUIDFromBytes(("setu-sample/org/" + slug).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
