package org.setu.notification;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.setu.events.notification.Channel;
import org.setu.kit.security.Caller;
import org.setu.notification.app.Subscription;
import org.setu.notification.app.SubscriptionService;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * Webhooks reach public addresses only (server-side request forgery): refused at registration, and judged again
 * before each call, connecting to the address judged. Host names come from {@link StubResolver}; every refused
 * address is refused before a connection is opened, and allowed calls go to WireMock on loopback, which the test
 * profile alone allows.
 */
@QuarkusTest
class WebhookAddressTest {

    private static final String DHAKA = SubscriptionApiTest.DHAKA;
    private static final String PROBLEM = "application/problem+json";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    SubscriptionService subscriptions;

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper json;

    @ParameterizedTest
    @ValueSource(strings = {"http://169.254.169.254/latest/meta-data/", "http://metadata.partner.test/hook",
            "https://10.0.0.5/hook", "http://[fd00::1]:8080/hook", "http://[::ffff:169.254.169.254]/hook",
            "http://0.0.0.0:8080/hook", "https://[fe80::1]/hook", "http://100.64.1.1/hook", "http://224.0.0.1/hook"})
    @TestSecurity(user = "agencyadmin", roles = "agency-admin")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA))
    void webhookAimedAtTheCloudMetadataAddressOrAnotherInternalOneIsRefusedAtRegistration(String url) {
        StubResolver.point("metadata.partner.test", "93.184.216.34", "169.254.169.254");
        long before = count();
        given().contentType(ContentType.JSON)
                .body("{\"channel\":\"WEBHOOK\",\"url\":\"" + url + "\",\"eventTypes\":[\"setu.referral.sent.v1\"]}")
                .when().post("/api/v1/subscriptions")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", equalTo(List.of("url")))
                .body(not(org.hamcrest.Matchers.containsString(url)));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    @TestSecurity(user = "agencyadmin", roles = "agency-admin")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA))
    void aBanglaWebhookHostIsStoredInAsciiAndTheGuardJudgesThatAsciiHost() {
        StubResolver.point("xn--p5bz3fb.xn--54b7fta0cc", "169.254.169.254");
        given().contentType(ContentType.JSON)
                .body("{\"channel\":\"WEBHOOK\",\"url\":\"https://ঢাকা.বাংলা/hook\",\"eventTypes\":[\"setu.referral.sent.v1\"]}")
                .when().post("/api/v1/subscriptions")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", equalTo(List.of("url")));
        StubResolver.point("xn--p5bz3fb.xn--54b7fta0cc", "93.184.216.34");
        String id = given().contentType(ContentType.JSON)
                .body("{\"channel\":\"WEBHOOK\",\"url\":\"https://ঢাকা.বাংলা/hook\",\"eventTypes\":[\"setu.referral.sent.v1\"]}")
                .when().post("/api/v1/subscriptions").then().statusCode(201)
                .body("url", equalTo("https://xn--p5bz3fb.xn--54b7fta0cc/hook")).extract().path("id");
        given().when().delete("/api/v1/subscriptions/" + id).then().statusCode(204);
    }

    @Test
    @TestSecurity(user = "agencyadmin", roles = "agency-admin")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA))
    void aSubscriptionCannotBeMovedOntoAnInternalAddressByReplacingIt() {
        String id = given().contentType(ContentType.JSON)
                .body("{\"channel\":\"WEBHOOK\",\"url\":\"https://partner.example.org/hook\",\"eventTypes\":[\"setu.referral.sent.v1\"]}")
                .when().post("/api/v1/subscriptions").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON)
                .body("{\"channel\":\"WEBHOOK\",\"url\":\"http://192.168.0.10/hook\",\"eventTypes\":[\"setu.referral.sent.v1\"]}")
                .when().put("/api/v1/subscriptions/" + id)
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("url"));
        given().when().get("/api/v1/subscriptions/" + id).then().statusCode(200)
                .body("url", equalTo("https://partner.example.org/hook"));
        given().when().delete("/api/v1/subscriptions/" + id).then().statusCode(204);
    }

    @Test
    void aNameThatResolvesToAnInternalAddressWhenTheCallIsDueIsNotCalledAndTheDeliveryDiesAtOnce() {
        String name = "rebind-" + UUID.randomUUID().toString().substring(0, 8) + ".partner.test";
        String path = "/hooks/" + UUID.randomUUID();
        FarSystems.http().stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(204)));
        StubResolver.point(name, "127.0.0.1");   // what it resolved to at registration
        UUID agency = UUID.randomUUID();
        subscribe(agency, "http://" + name + ":" + FarSystems.http().port() + path);
        StubResolver.point(name, "169.254.169.254");   // and now, when the call is due (DNS rebinding)

        String eventId = Events.publish(json, Events.accepted(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), agency));
        Events.await(() -> Db.deliveriesOf(dataSource, eventId).stream().anyMatch(d -> "DEAD".equals(d.get("status"))),
                WAIT, "the refused delivery");
        Map<String, Object> d = Db.deliveriesOf(dataSource, eventId).stream().filter(x -> "WEBHOOK".equals(x.get("channel")))
                .findFirst().orElseThrow();
        assertThat(d.get("status")).isEqualTo("DEAD");
        assertThat(d.get("attempts")).isEqualTo(1);
        assertThat(d.get("last_reason")).isEqualTo("WEBHOOK_FORBIDDEN_ADDRESS");
        assertThat(FarSystems.http().findAll(postRequestedFor(urlEqualTo(path)))).as("no call was made").isEmpty();
    }

    @Test
    void theCallGoesToTheAddressThatWasCheckedAndNamesTheHostInItsHostHeader() {
        String name = "receiver-" + UUID.randomUUID().toString().substring(0, 8) + ".partner.test";
        String path = "/hooks/" + UUID.randomUUID();
        FarSystems.http().stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(204)));
        StubResolver.point(name, "127.0.0.1");
        UUID agency = UUID.randomUUID();
        subscribe(agency, "http://" + name + ":" + FarSystems.http().port() + path);

        Events.publish(json, Events.accepted(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), agency));
        Events.await(() -> !FarSystems.http().findAll(postRequestedFor(urlEqualTo(path))).isEmpty(), WAIT, "the webhook call");
        LoggedRequest call = FarSystems.http().findAll(postRequestedFor(urlEqualTo(path))).get(0);
        assertThat(call.getHeader("Host")).isEqualTo(name + ":" + FarSystems.http().port());
    }

    @Test
    @TestSecurity(user = "agencyadmin", roles = "agency-admin")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA))
    void aPingToAPausedSubscriptionIsNotSent() {
        String path = "/hooks/paused-" + UUID.randomUUID();
        FarSystems.http().stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(200)));
        String id = given().contentType(ContentType.JSON)
                .body("{\"channel\":\"WEBHOOK\",\"url\":\"" + FarSystems.url(path) + "\",\"active\":false,"
                        + "\"eventTypes\":[\"setu.referral.sent.v1\"]}")
                .when().post("/api/v1/subscriptions").then().statusCode(201).extract().path("id");
        String notification = given().when().post("/api/v1/subscriptions/" + id + "/ping").then().statusCode(202)
                .extract().path("notificationId");
        Events.await(() -> "SKIPPED".equals(Db.delivery(dataSource, notification).get("status")), WAIT, "the skipped ping");
        assertThat(Db.delivery(dataSource, notification).get("last_reason")).isEqualTo("SUBSCRIPTION_PAUSED");
        assertThat(FarSystems.http().findAll(postRequestedFor(urlEqualTo(path)))).isEmpty();
        given().when().delete("/api/v1/subscriptions/" + id).then().statusCode(204);
    }

    private Subscription subscribe(UUID agency, String url) {
        Caller admin = new Caller("admin-" + agency, "agencyadmin", Set.of("agency-admin"), Optional.of(agency));
        return subscriptions.create(admin, new SubscriptionService.Draft(Channel.WEBHOOK, url, null, null,
                List.of("setu.referral.accepted.v1"), "en", true));
    }

    private long count() {
        return (Long) Db.rows(dataSource, "SELECT count(*) AS n FROM subscription").get(0).get("n");
    }

    @Test
    @TestSecurity(user = "coordinator", roles = "nrm-coordinator")
    void theDeliveryLogShowsAWebhooksHostButNeverItsPathOrQuery() {
        String token = "tok" + UUID.randomUUID().toString().replace("-", "");
        String path = "/hooks/" + token + "?key=" + token;
        FarSystems.http().stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(204)));
        UUID agency = UUID.randomUUID();
        subscribe(agency, FarSystems.url(path));
        String eventId = Events.publish(json, Events.accepted(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), agency));
        Events.await(() -> Db.deliveriesOf(dataSource, eventId).stream()
                .anyMatch(d -> "WEBHOOK".equals(d.get("channel")) && "DELIVERED".equals(d.get("status"))), WAIT, "the webhook delivery");
        String delivery = Db.deliveriesOf(dataSource, eventId).stream().filter(d -> "WEBHOOK".equals(d.get("channel")))
                .findFirst().orElseThrow().get("id").toString();

        given().when().get("/api/v1/notifications/" + delivery).then().statusCode(200)
                .body("address", equalTo("127.0.0.1"))
                .body(not(org.hamcrest.Matchers.containsString(token)));
        given().when().get("/api/v1/notifications?sourceEventId=" + eventId).then().statusCode(200)
                .body("items.address", org.hamcrest.Matchers.hasItem("127.0.0.1"))
                .body(not(org.hamcrest.Matchers.containsString(token)));
    }

    @Test
    void aRedirectIsNotFollowedNotEvenToTheSameReceiver() {
        String path = "/hooks/moved-" + UUID.randomUUID();
        String target = "/hooks/elsewhere-" + UUID.randomUUID();
        FarSystems.http().stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(307).withHeader("Location", target)));
        FarSystems.http().stubFor(post(urlEqualTo(target)).willReturn(aResponse().withStatus(204)));
        UUID agency = UUID.randomUUID();
        subscribe(agency, FarSystems.url(path));
        String eventId = Events.publish(json, Events.accepted(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), agency));
        Events.await(() -> Db.deliveriesOf(dataSource, eventId).stream()
                .anyMatch(d -> "WEBHOOK".equals(d.get("channel")) && "WEBHOOK_3XX".equals(d.get("last_reason"))), WAIT, "the refused redirect");
        assertThat(FarSystems.http().findAll(postRequestedFor(urlEqualTo(target)))).isEmpty();
    }
}
