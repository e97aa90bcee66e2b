package org.setu.notification;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.setu.events.notification.Channel;
import org.setu.kit.security.Caller;
import org.setu.notification.app.Subscription;
import org.setu.notification.app.SubscriptionService;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/** The subscriptions API and the delivery log's scoping, as agency-admins and others call them. */
@QuarkusTest
class SubscriptionApiTest {

    static final String DHAKA = "5e7c1f3a-2b4d-4c6e-8f10-a1b2c3d4e501";
    static final String COXS_BAZAR = "5e7c1f3a-2b4d-4c6e-8f10-a1b2c3d4e502";
    private static final String PROBLEM = "application/problem+json";

    @Inject
    SubscriptionService subscriptions;

    @Inject
    DataSource dataSource;

    @Test
    @TestSecurity(user = "agencyadmin", roles = "agency-admin")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA))
    void anAgencyAdminCreatesReadsRotatesAndDeletesAWebhookSubscriptionAndSeesItsSecretOnlyWhenIssued() {
        String id = given().contentType(ContentType.JSON)
                .body("{\"channel\":\"WEBHOOK\",\"url\":\"https://partner.example.org/setu/hook\","
                        + "\"eventTypes\":[\"setu.referral.accepted.v1\",\"setu.referral.declined.v1\"]}")
                .when().post("/api/v1/subscriptions")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/subscriptions/"))
                .body("agencyId", equalTo(DHAKA))
                .body("secret", startsWith("whsec_"))
                .body("language", equalTo("en"))
                .extract().path("id");
        String secret = given().when().get("/api/v1/subscriptions/" + id).then().statusCode(200)
                .body("url", equalTo("https://partner.example.org/setu/hook"))
                .body("secret", nullValue())
                .extract().path("id");
        assertThat(secret).isEqualTo(id);
        given().when().get("/api/v1/subscriptions").then().statusCode(200).body("items.id", hasItem(id));

        String rotated = given().when().post("/api/v1/subscriptions/" + id + "/secret").then().statusCode(200)
                .body("version", equalTo(2)).extract().path("secret");
        assertThat(rotated).startsWith("whsec_");

        given().contentType(ContentType.JSON)
                .body("{\"channel\":\"WEBHOOK\",\"url\":\"https://partner.example.org/setu/hook2\",\"active\":false,"
                        + "\"eventTypes\":[\"setu.referral.completed.v1\"]}")
                .when().put("/api/v1/subscriptions/" + id)
                .then().statusCode(200).body("active", equalTo(false)).body("eventTypes", equalTo(List.of("setu.referral.completed.v1")));
        given().when().delete("/api/v1/subscriptions/" + id).then().statusCode(204);
        given().when().get("/api/v1/subscriptions/" + id).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    @TestSecurity(user = "agencyadmin", roles = "agency-admin")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA))
    void aUrlThatIsNotHttpAndAnUnknownEventTypeAreRefusedAsProblemsNamingTheFieldsAndNothingIsStored() {
        long before = count();
        given().contentType(ContentType.JSON)
                .body("{\"channel\":\"WEBHOOK\",\"url\":\"ftp://partner.example.org/drop\",\"eventTypes\":[\"setu.referral.teleported.v1\"]}")
                .when().post("/api/v1/subscriptions")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", equalTo(List.of("url", "eventTypes[0]")))
                .body(not(containsString("ftp://")));
        given().contentType(ContentType.JSON)
                .body("{\"channel\":\"PIGEON\",\"eventTypes\":[\"setu.referral.sent.v1\"]}")
                .when().post("/api/v1/subscriptions")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("channel"));
        given().contentType(ContentType.JSON)
                .body("{\"channel\":\"EMAIL\",\"email\":\"not-an-address\",\"eventTypes\":[]}")
                .when().post("/api/v1/subscriptions")
                .then().statusCode(400).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body("{\"channel\":")
                .when().post("/api/v1/subscriptions")
                .then().statusCode(400).contentType(PROBLEM);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    @TestSecurity(user = "agencyadmin2", roles = "agency-admin")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = COXS_BAZAR))
    void anotherAgencysSubscriptionLooksAbsent() {
        Subscription theirs = subscriptions.create(new Caller("x", "agencyadmin", Set.of("agency-admin"),
                        Optional.of(UUID.fromString(DHAKA))), new SubscriptionService.Draft(Channel.EMAIL, null,
                        "desk@dhaka-ngo.test", null, List.of("setu.referral.accepted.v1"), "bn", true));
        String path = "/api/v1/subscriptions/" + theirs.id();
        given().when().get(path).then().statusCode(404).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body("{\"channel\":\"EMAIL\",\"email\":\"me@cox.test\",\"eventTypes\":[\"setu.referral.sent.v1\"]}")
                .when().put(path).then().statusCode(404).contentType(PROBLEM);
        given().when().post(path + "/ping").then().statusCode(404);
        given().when().post(path + "/secret").then().statusCode(404);
        given().when().delete(path).then().statusCode(404);
        given().when().get("/api/v1/subscriptions").then().statusCode(200).body("items.id", not(hasItem(theirs.id().toString())));
        subscriptions.delete(new Caller("x", "agencyadmin", Set.of("agency-admin"), Optional.of(UUID.fromString(DHAKA))), theirs.id());
    }

    @Test
    @TestSecurity(user = "partner", roles = "agency-admin")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA))
    void aPartnerRetryingWithTheSameIdempotencyKeyGetsTheFirstSubscriptionBack() {
        String key = UUID.randomUUID().toString();
        String body = "{\"channel\":\"EMAIL\",\"email\":\"desk@dhaka-ngo.test\",\"eventTypes\":[\"setu.referral.completed.v1\"]}";
        String first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/subscriptions").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/subscriptions").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(first));
        given().contentType(ContentType.JSON)
                .body("{\"channel\":\"WEBHOOK\",\"url\":\"https://partner.example.org/h\",\"eventTypes\":[\"setu.referral.completed.v1\"]}")
                .when().put("/api/v1/subscriptions/" + first)
                .then().statusCode(200).body("secret", startsWith("whsec_")).body("email", nullValue());
        given().when().delete("/api/v1/subscriptions/" + first).then().statusCode(204);
    }

    @Test
    @TestSecurity(user = "caseworker", roles = "case-worker")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA))
    void aCaseWorkerMayNotManageSubscriptions() {
        given().when().get("/api/v1/subscriptions").then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    @TestSecurity(user = "agencyadmin", roles = "agency-admin")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA))
    void aPingSendsASignedTestEventThatShowsInTheDeliveryLog() {
        String hook = "/hooks/ping-" + UUID.randomUUID();
        FarSystems.http().stubFor(post(urlEqualTo(hook)).willReturn(aResponse().withStatus(200)));
        String id = given().contentType(ContentType.JSON)
                .body("{\"channel\":\"WEBHOOK\",\"url\":\"" + FarSystems.url(hook) + "\",\"eventTypes\":[\"setu.referral.sent.v1\"]}")
                .when().post("/api/v1/subscriptions").then().statusCode(201).extract().path("id");
        String notification = given().when().post("/api/v1/subscriptions/" + id + "/ping").then().statusCode(202)
                .header("Location", containsString("/api/v1/notifications/"))
                .extract().path("notificationId");

        Events.await(() -> !FarSystems.http().findAll(postRequestedFor(urlEqualTo(hook))
                .withRequestBody(containing("setu.notification.ping.v1"))).isEmpty(), Duration.ofSeconds(20), "the ping");
        Events.await(() -> "DELIVERED".equals(Db.delivery(dataSource, notification).get("status")), Duration.ofSeconds(20), "delivered");
        given().when().get("/api/v1/notifications/" + notification).then().statusCode(200)
                .body("status", equalTo("DELIVERED"))
                .body("sourceEventType", equalTo("setu.notification.ping.v1"))
                .body("attemptLog[0].outcome", equalTo("DELIVERED"));
        given().when().get("/api/v1/notifications?status=DELIVERED&size=200").then().statusCode(200)
                .body("items.id", hasItem(notification)).body("totalItems", notNullValue());
        given().when().delete("/api/v1/subscriptions/" + id).then().statusCode(204);
    }

    @Test
    @TestSecurity(user = "provider2", roles = "provider-staff")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = COXS_BAZAR))
    void anotherAgencysDeliveryLooksAbsentAndBadFiltersAreProblems() {
        Caller dhakaAdmin = new Caller("x", "agencyadmin", Set.of("agency-admin"), Optional.of(UUID.fromString(DHAKA)));
        Subscription theirs = subscriptions.create(dhakaAdmin, new SubscriptionService.Draft(Channel.EMAIL, null,
                "desk@dhaka-ngo.test", null, List.of("setu.referral.accepted.v1"), "bn", true));
        subscriptions.ping(dhakaAdmin, theirs.id());
        List<String> dhakaDeliveries = Db.rows(dataSource, "SELECT id::text AS id FROM delivery WHERE organization_id = ?::uuid "
                + "OR referring_agency_id = ?::uuid", DHAKA, DHAKA).stream().map(r -> r.get("id").toString()).toList();
        assertThat(dhakaDeliveries).isNotEmpty();
        for (String id : dhakaDeliveries) {
            given().when().get("/api/v1/notifications/" + id).then().statusCode(404).contentType(PROBLEM);
            given().when().post("/api/v1/notifications/" + id + "/retry").then().statusCode(403);
        }
        given().when().get("/api/v1/notifications?size=200").then().statusCode(200)
                .body("items.id", not(hasItem(org.hamcrest.Matchers.in(dhakaDeliveries))));
        given().when().get("/api/v1/notifications?status=LOST").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("status"));
        given().when().get("/api/v1/notifications?size=5000").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("size"));
        given().when().get("/api/v1/notifications?referralId=12").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("referralId"));
        subscriptions.delete(dhakaAdmin, theirs.id());
    }

    private long count() {
        return (Long) Db.rows(dataSource, "SELECT count(*) AS n FROM subscription").get(0).get("n");
    }

    private static org.hamcrest.Matcher<String> containsString(String s) {
        return org.hamcrest.Matchers.containsString(s);
    }
}
