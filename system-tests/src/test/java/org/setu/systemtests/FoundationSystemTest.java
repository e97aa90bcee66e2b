package org.setu.systemtests;

import io.restassured.RestAssured;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.setu.devstack.SetuService;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.lessThan;

/** The platform's first promises, against the running processes and real Keycloak tokens. */
@ExtendWith(RunningPlatform.class)
class FoundationSystemTest {

    static final String DHAKA_AGENCY = "5e7c1f3a-2b4d-4c6e-8f10-a1b2c3d4e501";
    static final String COXS_BAZAR_AGENCY = "5e7c1f3a-2b4d-4c6e-8f10-a1b2c3d4e502";
    static final String NRM_SECRETARIAT = "5e7c1f3a-2b4d-4c6e-8f10-a1b2c3d4e503";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @ParameterizedTest
    @EnumSource(SetuService.class)
    void aScreenersTokenFromKeycloakIsAcceptedByEveryService(SetuService service) {
        String token = Keycloak.tokenFor("screener");

        given().auth().oauth2(token).when().get(service.baseUrl() + "/api/v1/me")
                .then().statusCode(200)
                .body("username", equalTo("screener"))
                .body("roles", hasItem("screener"))
                .body("agencyId", equalTo(DHAKA_AGENCY));
    }

    @ParameterizedTest
    @EnumSource(SetuService.class)
    void everyServiceRefusesACallWithoutATokenAsAProblem(SetuService service) {
        given().when().get(service.baseUrl() + "/api/v1/me")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401));
    }

    @ParameterizedTest
    @EnumSource(SetuService.class)
    void everyServiceRefusesATamperedToken(SetuService service) {
        String token = Keycloak.tokenFor("caseworker");
        String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");

        given().auth().oauth2(tampered).when().get(service.baseUrl() + "/api/v1/me")
                .then().statusCode(401);
    }

    /** Keycloak's own admin-cli signs with the realm's key, but its tokens are not meant for Setu: no `aud: setu`. */
    @ParameterizedTest
    @EnumSource(SetuService.class)
    void tokenOfKeycloaksAdminCliIsRefusedByEveryService(SetuService service) {
        String token = given().formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "coordinator").formParam("password", "coordinator")
                .when().post(Keycloak.TOKEN_URL)
                .then().statusCode(200).extract().path("access_token");

        given().auth().oauth2(token).when().get(service.baseUrl() + "/api/v1/me")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void setusOwnClientsIssueTokensMeantForSetu() {
        assertThat(Keycloak.claims(Keycloak.tokenFor("screener")).getString("aud")).contains("setu");
        assertThat(Keycloak.claims(Keycloak.partnerToken("partner-demo", "partner-demo-secret")).getString("aud"))
                .contains("setu");
    }

    /** An unsigned token ({@code alg: none}) with a real user's claims answers 401 at once, never 503. */
    @ParameterizedTest
    @EnumSource(SetuService.class)
    void anUnsignedTokenIsRefusedAtOnceByEveryService(SetuService service) {
        String[] real = Keycloak.tokenFor("coordinator").split("\\.");
        String none = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));

        for (String unsigned : new String[] {none + "." + real[1] + ".", none + "." + real[1]}) {
            given().auth().oauth2(unsigned).when().get(service.baseUrl() + "/api/v1/me")
                    .then().statusCode(401).contentType("application/problem+json");
        }
    }

    /** Whatever arrives as a bearer token, a service answers 401 at once: never a 500, never a call to Keycloak. */
    @ParameterizedTest
    @EnumSource(SetuService.class)
    void nonsenseInTheBearerHeaderAnswers401NeverA500(SetuService service) {
        String header = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"HS256\"}".getBytes(StandardCharsets.UTF_8));
        String realPayload = Keycloak.tokenFor("coordinator").split("\\.")[1];
        for (String nonsense : List.of("abc", "a.b.c", "eyJ.eyJ.", "....", "x".repeat(6000),
                header + "." + realPayload + ".c2lnbmF0dXJl")) {
            given().auth().oauth2(nonsense).when().get(service.baseUrl() + "/api/v1/me")
                    .then().statusCode(401).contentType("application/problem+json");
        }
    }

    /** Every API answer may hold personal data: none may be cached or sniffed, refusals included. */
    @ParameterizedTest
    @EnumSource(SetuService.class)
    void noApiAnswerOfAnyServiceIsCachedOrSniffed(SetuService service) {
        given().auth().oauth2(Keycloak.tokenFor("caseworker")).when().get(service.baseUrl() + "/api/v1/me")
                .then().statusCode(200)
                .header("Cache-Control", "no-store").header("X-Content-Type-Options", "nosniff");
        given().when().get(service.baseUrl() + "/api/v1/me")
                .then().statusCode(401)
                .header("Cache-Control", "no-store").header("X-Content-Type-Options", "nosniff");
    }

    /** A laptop running the platform must not offer the APIs, the portal or Keycloak to the network it sits on. */
    @Test
    void theServicesThePortalAndKeycloakAnswerOnTheLoopbackInterfaceOnly() throws IOException {
        List<InetAddress> own = NetworkInterface.networkInterfaces()
                .filter(FoundationSystemTest::upAndNotLoopback)
                .flatMap(NetworkInterface::inetAddresses).filter(a -> a instanceof Inet4Address).toList();
        Assumptions.assumeFalse(own.isEmpty(), "this machine has no interface besides the loopback one");
        List<Integer> ports = new ArrayList<>(SetuService.all().stream().map(SetuService::port).toList());
        ports.addAll(List.of(8080, 8180));
        for (InetAddress address : own) {
            for (int port : ports) {
                given().when().get("http://127.0.0.1:" + port + "/").then().statusCode(lessThan(500));
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(address, port), 2000);
                    throw new AssertionError("port " + port + " answers on " + address.getHostAddress());
                } catch (ConnectException | SocketTimeoutException refused) {
                    // expected: nothing listens there
                }
            }
        }
    }

    private static boolean upAndNotLoopback(NetworkInterface i) {
        try {
            return i.isUp() && !i.isLoopback();
        } catch (SocketException e) {
            return false;
        }
    }

    @ParameterizedTest
    @EnumSource(SetuService.class)
    void healthMetricsAndApiDocumentsAreOpenOnEveryService(SetuService service) {
        given().when().get(service.baseUrl() + "/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get(service.baseUrl() + "/q/openapi?format=json").then().statusCode(200)
                .body("paths", hasKey("/api/v1/me"));
        given().when().get(service.baseUrl() + "/q/metrics").then().statusCode(200);
    }

    @ParameterizedTest(name = "{0} is a {1} of agency {2}")
    @CsvSource({
            "screener,    screener,        " + DHAKA_AGENCY,
            "caseworker,  case-worker,     " + DHAKA_AGENCY,
            "provider,    provider-staff,  " + DHAKA_AGENCY,
            "agencyadmin, agency-admin,    " + DHAKA_AGENCY,
            "diradmin,    directory-admin, " + NRM_SECRETARIAT,
            "coordinator, nrm-coordinator, " + NRM_SECRETARIAT,
            "auditor,     auditor,         " + NRM_SECRETARIAT,
            "caseworker2, case-worker,     " + COXS_BAZAR_AGENCY,
            "provider2,   provider-staff,  " + COXS_BAZAR_AGENCY,
            "trainer,     trainer,         " + DHAKA_AGENCY})
    void eachDemoUserLogsInWithExactlyTheRoleAndAgencyOfTheDesign(String user, String role, String agency) {
        var claims = Keycloak.claims(Keycloak.tokenFor(user));

        assertThat(claims.getList("realm_access.roles", String.class)).containsExactly(role);
        assertThat(claims.getString("agency_id")).isEqualTo(agency);
        assertThat(claims.getString("iss")).isEqualTo("http://localhost:8180/realms/setu");
    }

    @Test
    void aPartnerSystemAuthenticatesWithClientCredentialsAndActsForItsAgency() {
        String token = Keycloak.partnerToken("partner-demo", "partner-demo-secret");

        given().auth().oauth2(token).when().get(SetuService.SCREENING.baseUrl() + "/api/v1/me")
                .then().statusCode(200)
                .body("roles", hasItem("screener"))
                .body("agencyId", equalTo(DHAKA_AGENCY));
    }

    @Test
    void aPartnerWithTheWrongSecretGetsNoToken() {
        given().formParam("grant_type", "client_credentials")
                .formParam("client_id", "partner-demo").formParam("client_secret", "guessed")
                .when().post(Keycloak.TOKEN_URL)
                .then().statusCode(401);
    }

    @Test
    void theTokenIssuerIsTheSameWhetherKeycloakIsCalledAsLocalhostOrAsTheLoopbackAddress() {
        String viaLoopback = Keycloak.claims(Keycloak.tokenFor("coordinator")).getString("iss");
        String viaLocalhost = Keycloak.claims(given().formParam("grant_type", "password")
                .formParam("client_id", "setu-cli").formParam("username", "coordinator")
                .formParam("password", "coordinator")
                .when().post(Keycloak.TOKEN_URL.replace("127.0.0.1", "localhost"))
                .then().statusCode(200).extract().<String>path("access_token")).getString("iss");

        assertThat(viaLoopback).isEqualTo(viaLocalhost).isEqualTo("http://localhost:8180/realms/setu");
    }
}
