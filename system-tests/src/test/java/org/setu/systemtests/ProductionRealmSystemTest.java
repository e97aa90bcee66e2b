package org.setu.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production realm, exactly as the production overlay renders it, imported into the platform's Keycloak under
 * another name and logged into through the portal's browser flow: coordinators and auditors never finish a login
 * without a one-time code, and nobody is asked for one twice.
 */
@ExtendWith(RunningPlatform.class)
class ProductionRealmSystemTest {

    private static final String KEYCLOAK = "http://127.0.0.1:8180";
    private static final String REALM = "setu-production-check";
    private static final String PORTAL = "https://portal.setu.example.org/";
    private static final String TOTP_SECRET = "production-check-totp-secret"; // the raw bytes of the shared secret
    private static final HttpClient BROWSER = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void importTheProductionRealm() throws Exception {
        deleteRealm();
        ObjectNode realm = (ObjectNode) productionRealm();
        realm.put("realm", REALM);
        given().auth().oauth2(adminToken()).contentType("application/json").body(JSON.writeValueAsString(realm))
                .post(KEYCLOAK + "/admin/realms").then().statusCode(201);
        user("prodcheck-coordinator", "nrm-coordinator", false);
        user("prodcheck-auditor", "auditor", false);
        user("prodcheck-screener", "screener", false);
        user("prodcheck-coordinator-otp", "nrm-coordinator", true);
    }

    @AfterAll
    static void deleteRealm() {
        given().auth().oauth2(adminToken()).delete(KEYCLOAK + "/admin/realms/" + REALM);
    }

    @Test
    void aCoordinatorWithoutAnAuthenticatorMustSetOneUpBeforeHerLoginCompletes() throws Exception {
        HttpResponse<String> answer = new Login().withPassword("prodcheck-coordinator");
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(location(answer)).contains("/login-actions/required-action").contains("CONFIGURE_TOTP")
                .doesNotStartWith(PORTAL);
    }

    @Test
    void anAuditorWithoutAnAuthenticatorMustSetOneUpBeforeHisLoginCompletes() throws Exception {
        HttpResponse<String> answer = new Login().withPassword("prodcheck-auditor");
        assertThat(location(answer)).contains("CONFIGURE_TOTP").doesNotStartWith(PORTAL);
    }

    @Test
    void aScreenerWithoutAnAuthenticatorIsSentBackToThePortalWithACode() throws Exception {
        HttpResponse<String> answer = new Login().withPassword("prodcheck-screener");
        assertThat(location(answer)).startsWith(PORTAL).contains("code=");
    }

    @Test
    void aCoordinatorWithAnAuthenticatorGivesOneCodeAndIsIn() throws Exception {
        Login login = new Login();
        HttpResponse<String> otpPage = login.withPassword("prodcheck-coordinator-otp");
        assertThat(otpPage.statusCode()).as("the password alone is not enough").isEqualTo(200);
        assertThat(otpPage.body()).contains("name=\"otp\"");
        HttpResponse<String> answer = login.submit(otpPage, Map.of("otp", totp(Instant.now())));
        assertThat(location(answer)).as("one code, then the portal").startsWith(PORTAL).contains("code=");
    }

    /** One browser at Keycloak's login pages: it keeps the cookies by hand, as Keycloak marks them Secure. */
    private static final class Login {
        private final Map<String, String> cookies = new java.util.LinkedHashMap<>();

        HttpResponse<String> withPassword(String user) throws Exception {
            String query = form(Map.of("client_id", "setu-portal", "redirect_uri", PORTAL, "response_type", "code",
                    "scope", "openid", "code_challenge", "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
                    "code_challenge_method", "S256"));
            HttpResponse<String> page = send(HttpRequest.newBuilder(
                    URI.create(KEYCLOAK + "/realms/" + REALM + "/protocol/openid-connect/auth?" + query)).GET());
            assertThat(page.statusCode()).as("the login page").isEqualTo(200);
            return submit(page, Map.of("username", user, "password", password(user)));
        }

        HttpResponse<String> submit(HttpResponse<String> page, Map<String, String> fields) throws Exception {
            Matcher action = Pattern.compile("action=\"([^\"]+)\"").matcher(page.body());
            assertThat(action.find()).as("a form on the page").isTrue();
            return send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(fields))));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            if (!cookies.isEmpty()) {
                request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                        .collect(Collectors.joining("; ")));
            }
            HttpResponse<String> answer = BROWSER.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String set : answer.headers().allValues("Set-Cookie")) {
                String pair = set.split(";", 2)[0];
                int eq = pair.indexOf('=');
                cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
            return answer;
        }
    }

    private static JsonNode productionRealm() throws Exception {
        Path overlay = Path.of("..", "deploy", "k8s", "overlays", "production").toAbsolutePath().normalize();
        Process kubectl = new ProcessBuilder("kubectl", "kustomize", overlay.toString()).redirectErrorStream(false).start();
        byte[] rendered = kubectl.getInputStream().readAllBytes();
        assertThat(kubectl.waitFor()).as("kubectl kustomize " + overlay).isZero();
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        try (YAMLParser parser = new YAMLFactory().createParser(rendered)) {
            for (JsonNode document : yaml.readValues(parser, JsonNode.class).readAll()) {
                if (document.path("kind").asText().equals("KeycloakRealmImport")) {
                    return document.path("spec").path("realm");
                }
            }
        }
        throw new AssertionError("the production overlay renders no KeycloakRealmImport");
    }

    private static void user(String name, String role, boolean withAuthenticator) throws Exception {
        ObjectNode user = JSON.createObjectNode().put("username", name).put("enabled", true)
                .put("email", name + "@example.org").put("emailVerified", true).put("firstName", "Test").put("lastName", "User");
        user.putArray("credentials").addObject().put("type", "password").put("value", password(name)).put("temporary", false);
        if (withAuthenticator) {
            user.withArray("credentials").addObject().put("type", "otp").put("userLabel", "phone")
                    .put("secretData", JSON.writeValueAsString(Map.of("value", TOTP_SECRET)))
                    .put("credentialData", JSON.writeValueAsString(Map.of("subType", "totp", "digits", 6,
                            "period", 30, "algorithm", "HmacSHA1", "counter", 0)));
        }
        String admin = adminToken();
        given().auth().oauth2(admin).contentType("application/json").body(JSON.writeValueAsString(user))
                .post(KEYCLOAK + "/admin/realms/" + REALM + "/users").then().statusCode(201);
        String id = given().auth().oauth2(admin).queryParam("exact", true).queryParam("username", name)
                .get(KEYCLOAK + "/admin/realms/" + REALM + "/users").then().statusCode(200).extract().path("[0].id");
        String roleJson = given().auth().oauth2(admin).get(KEYCLOAK + "/admin/realms/" + REALM + "/roles/" + role)
                .then().statusCode(200).extract().asString();
        given().auth().oauth2(admin).contentType("application/json").body("[" + roleJson + "]")
                .post(KEYCLOAK + "/admin/realms/" + REALM + "/users/" + id + "/role-mappings/realm").then().statusCode(204);
    }

    /** Long enough for the production password policy, and not the user name. */
    private static String password(String user) {
        return "Long-enough-passphrase-of-" + user.length();
    }

    /** RFC 6238 with Keycloak's defaults (HMAC-SHA1, 6 digits, 30 s), over the raw bytes of the secret. */
    private static String totp(Instant at) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(TOTP_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(at.getEpochSecond() / 30).array());
        int offset = hash[hash.length - 1] & 0xf;
        int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
        return String.format("%06d", binary % 1_000_000);
    }

    private static String adminToken() {
        return given().formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "admin").formParam("password", "admin")
                .post(KEYCLOAK + "/realms/master/protocol/openid-connect/token").then().statusCode(200)
                .extract().path("access_token");
    }

    private static String location(HttpResponse<String> answer) {
        return answer.headers().firstValue("Location").orElse("(no redirect: " + answer.statusCode() + ")");
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

}
