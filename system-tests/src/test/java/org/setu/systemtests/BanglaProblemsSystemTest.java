package org.setu.systemtests;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.setu.devstack.SetuService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each of the five services answers a bad request in Bangla to a reader who asks for Bangla, and in English to
 * everyone else: the title, the detail and the field's message, never the codes (docs/api.md, "In Bangla").
 */
@ExtendWith(RunningPlatform.class)
class BanglaProblemsSystemTest {

    static final String BANGLA = "bn-BD,bn;q=0.9,en;q=0.5";

    @Test
    void theScreeningServiceNamesAMissingAnswerInBangla() {
        Http.Call bad = Http.call("POST", SetuService.SCREENING.baseUrl() + "/api/v1/screenings").token(Tokens.of("caseworker")).json("{}");
        Http.Answer bn = bad.header("Accept-Language", BANGLA).send();
        assertBangla(bn, "অনুরোধটি সঠিক নয়");
        assertThat(JsonPath.from(bn.body()).getList("errors.message", String.class)).contains("খালি রাখা যাবে না");
        assertEnglish(Http.call("POST", SetuService.SCREENING.baseUrl() + "/api/v1/screenings").token(Tokens.of("caseworker"))
                .json("{}").send(), "Bad Request");
    }

    @Test
    void theReferralServiceRefusesAnUnknownDistrictInBangla() {
        String url = SetuService.REFERRAL.baseUrl() + "/api/v1/escalations?district=Dhaka";
        Http.Answer bn = Http.call("GET", url).token(Tokens.of("coordinator")).header("Accept-Language", BANGLA).send();
        assertBangla(bn, "অনুরোধটি সঠিক নয়");
        JsonPath p = JsonPath.from(bn.body());
        assertThat(p.getString("errors[0].field")).as("the field name is a code").isEqualTo("district");
        assertThat(p.getString("errors[0].message")).startsWith("ভূগোলের কোনো জেলার আইডি নয়");
        assertEnglish(Http.call("GET", url).token(Tokens.of("coordinator")).send(), "Bad Request");
    }

    @Test
    void theDirectoryRefusesAnEmptyImportInBangla() {
        String url = SetuService.DIRECTORY.baseUrl() + "/api/v1/import/hsds";
        Http.Answer bn = Http.call("POST", url).token(Tokens.of("diradmin")).header("Accept-Language", BANGLA).json("[]").send();
        assertBangla(bn, "অনুরোধটি সঠিক নয়");
        assertThat(JsonPath.from(bn.body()).getString("errors[0].message")).isEqualTo("অন্তত একটি HSDS রেকর্ড থাকতে হবে");
        assertEnglish(Http.call("POST", url).token(Tokens.of("diradmin")).json("[]").send(), "Bad Request");
    }

    @Test
    void theNotificationServiceListsTheAllowedValuesInBangla() {
        String url = SetuService.NOTIFICATION.baseUrl() + "/api/v1/notifications?status=SOUP";
        Http.Answer bn = Http.call("GET", url).token(Tokens.of("agencyadmin")).header("Accept-Language", BANGLA).send();
        assertBangla(bn, "অনুরোধটি সঠিক নয়");
        assertThat(JsonPath.from(bn.body()).getString("errors[0].message")).startsWith("এগুলোর একটি হতে হবে: ");
        assertEnglish(Http.call("GET", url).token(Tokens.of("agencyadmin")).send(), "Bad Request");
    }

    @Test
    void theStatisticsServiceSaysInBanglaWhichBreakdownAnIndicatorDoesNotHave() {
        String url = SetuService.STATISTICS.baseUrl() + "/api/v1/statistics/screenings?from=2026-01-01&to=2026-12-31&by=channel";
        Http.Answer bn = Http.call("GET", url).token(Tokens.of("coordinator")).header("Accept-Language", BANGLA).send();
        assertBangla(bn, "অনুরোধটি সঠিক নয়");
        assertThat(JsonPath.from(bn.body()).getString("errors[0].message")).isEqualTo("channel screenings-এর কোনো বিভাজন নয়");
        assertEnglish(Http.call("GET", url).token(Tokens.of("coordinator")).send(), "Bad Request");
    }

    @Test
    void aRecordOfAnotherAgencyIsNotFoundInBanglaToo() {
        String url = SetuService.REFERRAL.baseUrl() + "/api/v1/referrals/" + java.util.UUID.randomUUID();
        Http.Answer bn = Http.call("GET", url).token(Tokens.of("caseworker")).header("Accept-Language", "bn").send();
        assertThat(bn.status()).isEqualTo(404);
        assertBangla(bn, "পাওয়া যায়নি");
        assertThat(JsonPath.from(bn.body()).getString("detail")).isEqualTo("এমন কিছু নেই, অথবা আপনার সংস্থা তা দেখতে পারে না");
    }

    private static void assertBangla(Http.Answer a, String title) {
        assertThat(a.isProblem()).as(a.body()).isTrue();
        assertThat(a.header("Content-Language")).isEqualTo("bn");
        assertThat(JsonPath.from(a.body()).getString("title")).isEqualTo(title);
        assertThat(JsonPath.from(a.body()).getString("type")).as("the type is a code").startsWith("https://");
    }

    private static void assertEnglish(Http.Answer a, String title) {
        assertThat(a.isProblem()).as(a.body()).isTrue();
        assertThat(JsonPath.from(a.body()).getString("title")).isEqualTo(title);
        assertThat(a.header("Content-Language")).isNotEqualTo("bn");
    }
}
