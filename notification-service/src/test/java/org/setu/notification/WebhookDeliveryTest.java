package org.setu.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.setu.events.notification.Channel;
import org.setu.events.referral.ReferralAccepted;
import org.setu.events.testing.SchemaValidator;
import org.setu.kit.security.Caller;
import org.setu.notification.app.Breakers;
import org.setu.notification.app.DeliveryWorker;
import org.setu.notification.app.Subscription;
import org.setu.notification.app.SubscriptionService;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
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
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;

/** Signed webhooks to a receiver played by WireMock: signature, retries with backoff, the dead state and the circuit. */
@QuarkusTest
class WebhookDeliveryTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    ObjectMapper json;

    @Inject
    DataSource dataSource;

    @Inject
    SubscriptionService subscriptions;

    @Inject
    DeliveryWorker worker;

    @Inject
    AdjustableClock clock;

    @Inject
    Breakers breakers;

    @Test
    void aSubscriberReceivesACloudEventWhoseSignatureVerifiesWithTheDocumentedRecipe() throws Exception {
        String path = "/hooks/" + UUID.randomUUID();
        FarSystems.http().stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(204)));
        Subscribed s = subscribe(path);
        ReferralAccepted accepted = Events.accepted(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), s.agency());
        String eventId = Events.publish(json, accepted);

        Events.await(() -> requests(path).size() == 1, WAIT, "the webhook call");
        LoggedRequest call = requests(path).get(0);
        String body = call.getBodyAsString();
        String timestamp = call.getHeader("Setu-Webhook-Timestamp");
        String signature = call.getHeader("Setu-Webhook-Signature");

        assertThat(call.getHeader("Content-Type")).startsWith("application/cloudevents+json");
        assertThat(verify(s.secret(), timestamp, signature, body, Instant.now().getEpochSecond())).isTrue();
        assertThat(verify(s.secret(), timestamp, signature, body.replace(accepted.caseRef(), "BD-0000-0000"),
                Instant.now().getEpochSecond())).as("a changed body").isFalse();
        assertThat(verify("whsec_another", timestamp, signature, body, Instant.now().getEpochSecond())).as("another secret").isFalse();
        assertThat(verify(s.secret(), timestamp, signature, body, Instant.now().getEpochSecond() + 600))
                .as("the same call replayed ten minutes later").isFalse();

        JsonNode ce = json.readTree(body);
        assertThat(ce.get("specversion").asText()).isEqualTo("1.0");
        assertThat(ce.get("id").asText()).isEqualTo(eventId);
        assertThat(ce.get("type").asText()).isEqualTo("setu.referral.accepted.v1");
        assertThat(ce.get("source").asText()).isEqualTo("/referral-service");
        assertThat(ce.get("dataschema").asText()).isEqualTo("https://setu.example.org/schemas/referral/accepted.v1.json");
        assertThat(ce.get("data").get("caseRef").asText()).isEqualTo(accepted.caseRef());
        SchemaValidator.requireValid("setu.referral.accepted.v1", ce.get("data").toString());
        // the delivery kept the event's facts typed, and gives back every field the referral service sent
        ObjectNode data = ((ObjectNode) ce.get("data")).deepCopy();
        ObjectNode sent = json.valueToTree(accepted);
        assertThat(Instant.parse(data.remove("occurredAt").asText()))
                .as("the time, stored to the microsecond").isCloseTo(accepted.occurredAt(), within(1, ChronoUnit.MICROS));
        sent.remove("occurredAt");
        assertThat(data).as("the event's data, field for field").isEqualTo(sent);
    }

    @Test
    void fiveHundredsAreRetriedWithGrowingBackoffAndThenSucceed() {
        String path = "/hooks/" + UUID.randomUUID();
        String scenario = "flaky-" + path;
        FarSystems.http().stubFor(post(urlEqualTo(path)).inScenario(scenario).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500)).willSetStateTo("once"));
        FarSystems.http().stubFor(post(urlEqualTo(path)).inScenario(scenario).whenScenarioStateIs("once")
                .willReturn(aResponse().withStatus(503)).willSetStateTo("twice"));
        FarSystems.http().stubFor(post(urlEqualTo(path)).inScenario(scenario).whenScenarioStateIs("twice")
                .willReturn(aResponse().withStatus(200)));
        Subscribed s = subscribe(path);
        String eventId = Events.publish(json, Events.accepted(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), s.agency()));
        UUID delivery = awaitWebhookDelivery(eventId);
        awaitAttempts(delivery, 1);

        worker.runDue();
        assertThat(requests(path)).as("not retried before its time").hasSize(1);
        assertThat(Db.delivery(dataSource, delivery).get("status")).isEqualTo("PENDING");

        nextRound(delivery, 1);
        nextRound(delivery, 2);

        Map<String, Object> d = Db.delivery(dataSource, delivery);
        assertThat(d.get("status")).isEqualTo("DELIVERED");
        assertThat(d.get("attempts")).isEqualTo(3);
        assertThat(requests(path)).hasSize(3);
        List<Map<String, Object>> attempts = Db.rows(dataSource,
                "SELECT outcome, reason, at, next_attempt_at FROM delivery_attempt WHERE delivery_id = ? ORDER BY number", delivery);
        assertThat(attempts).extracting(a -> a.get("outcome") + " " + a.get("reason"))
                .containsExactly("FAILED WEBHOOK_5XX", "FAILED WEBHOOK_5XX", "DELIVERED DELIVERED");
        Duration first = waitOf(attempts.get(0));
        Duration second = waitOf(attempts.get(1));
        assertThat(first).isBetween(Duration.ofSeconds(15), Duration.ofSeconds(30));
        assertThat(second).isBetween(Duration.ofSeconds(30), Duration.ofSeconds(60)).isGreaterThan(first);
    }

    @Test
    @TestSecurity(user = "coordinator", roles = "nrm-coordinator")
    void aPermanentlyFailingEndpointEndsDeadOpensItsCircuitAndAManualRetryDeliversOnceItIsFixed() {
        String path = "/hooks/" + UUID.randomUUID();
        FarSystems.http().stubFor(post(urlEqualTo(path)).atPriority(5).willReturn(aResponse().withStatus(500)));
        Subscribed s = subscribe(path);
        String eventId = Events.publish(json, Events.accepted(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), s.agency()));
        UUID delivery = awaitWebhookDelivery(eventId);
        awaitAttempts(delivery, 1);
        for (int made = 1; made < 6; made++) nextRound(delivery, made);

        Map<String, Object> d = Db.delivery(dataSource, delivery);
        assertThat(d.get("status")).isEqualTo("DEAD");
        assertThat(d.get("attempts")).isEqualTo(6);
        assertThat(d.get("last_reason")).isEqualTo("CIRCUIT_OPEN");
        assertThat(requests(path)).as("the open circuit spared the receiver the last attempts").hasSize(4);
        assertThat(breakers.state("webhook:" + FarSystems.url(path))).isEqualTo(CircuitBreakerState.OPEN);
        List<Map<String, Object>> events = Db.outboxOf(dataSource, delivery);
        assertThat(events).extracting(e -> e.get("event_type")).containsExactly("setu.notification.failed.v1");
        SchemaValidator.requireValid("setu.notification.failed.v1", events.get(0).get("payload").toString());

        given().when().get("/api/v1/notifications/" + delivery).then().statusCode(200)
                .body("status", equalTo("DEAD"))
                .body("attemptLog.outcome", equalTo(List.of("FAILED", "FAILED", "FAILED", "FAILED", "CIRCUIT_OPEN", "CIRCUIT_OPEN")));

        FarSystems.http().stubFor(post(urlEqualTo(path)).atPriority(1).willReturn(aResponse().withStatus(200)));
        given().when().post("/api/v1/notifications/" + delivery + "/retry").then().statusCode(202)
                .body("status", equalTo("PENDING"));
        Events.await(() -> "DELIVERED".equals(Db.delivery(dataSource, delivery).get("status")), WAIT, "the retried delivery");
        assertThat(requests(path)).hasSize(5);
        assertThat(breakers.state("webhook:" + FarSystems.url(path))).isEqualTo(CircuitBreakerState.CLOSED);

        given().when().post("/api/v1/notifications/" + delivery + "/retry").then().statusCode(409)
                .contentType("application/problem+json")
                .body("currentStatus", equalTo("DELIVERED"));
    }

    @Test
    void aWorkerThatDiesInTheMiddleOfAnAttemptLeavesTheDeliveryDueAndTheNextWorkerContinuesItsCount() throws Exception {
        String path = "/hooks/" + UUID.randomUUID();
        String scenario = "crash-" + path;
        FarSystems.http().stubFor(post(urlEqualTo(path)).inScenario(scenario).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(502)).willSetStateTo("up"));
        FarSystems.http().stubFor(post(urlEqualTo(path)).inScenario(scenario).whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(200)));
        Subscribed s = subscribe(path);
        String eventId = Events.publish(json, Events.accepted(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), s.agency()));
        UUID delivery = awaitWebhookDelivery(eventId);
        awaitAttempts(delivery, 1);

        // another replica claims the due delivery and dies before it finishes: its row lock goes with its session
        Connection replica = dataSource.getConnection();
        replica.setAutoCommit(false);
        try (PreparedStatement claim = replica.prepareStatement("SELECT id FROM delivery WHERE id = ? FOR UPDATE")) {
            claim.setObject(1, delivery);
            claim.executeQuery().close();
        }
        clock.advance(Duration.ofHours(2));
        worker.runDue();
        Thread.sleep(1500);   // a scheduler tick too
        assertThat(requests(path)).as("nobody sends what another worker holds").hasSize(1);
        replica.rollback();
        replica.close();

        Events.await(() -> "DELIVERED".equals(Db.delivery(dataSource, delivery).get("status")), WAIT, "the delivery after the crash");
        assertThat(Db.delivery(dataSource, delivery).get("attempts")).isEqualTo(2);
        assertThat(requests(path)).hasSize(2);
    }

    /** The receiver's check, as docs/notifications.md gives it: HMAC-SHA256 over "timestamp.body", and a fresh timestamp. */
    static boolean verify(String secret, String timestamp, String signature, String body, long nowEpochSeconds) throws Exception {
        if (timestamp == null || signature == null) return false;
        long ts = Long.parseLong(timestamp);
        if (Math.abs(nowEpochSeconds - ts) > 300) return false;   // older than five minutes: a replay
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = "v1=" + HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        for (String candidate : signature.split(",")) {
            if (MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), candidate.trim().getBytes(StandardCharsets.UTF_8))) {
                return true;
            }
        }
        return false;
    }

    record Subscribed(UUID agency, UUID id, String secret) {
    }

    /** A webhook subscription of a fresh agency, made as its agency-admin would through the API. */
    private Subscribed subscribe(String path) {
        UUID agency = UUID.randomUUID();
        Caller admin = new Caller("admin-" + agency, "agencyadmin", Set.of("agency-admin"), Optional.of(agency));
        Subscription row = subscriptions.create(admin, new SubscriptionService.Draft(Channel.WEBHOOK, FarSystems.url(path),
                null, null, List.of("setu.referral.accepted.v1"), "en", true));
        return new Subscribed(agency, row.id(), row.secret());
    }

    private void nextRound(UUID delivery, int made) {
        clock.advance(Duration.ofHours(2));
        worker.runDue();
        awaitAttempts(delivery, made + 1);
    }

    private void awaitAttempts(UUID delivery, int attempts) {
        Events.await(() -> ((Integer) Db.delivery(dataSource, delivery).get("attempts")) >= attempts, WAIT,
                "attempt " + attempts);
    }

    private UUID awaitWebhookDelivery(String eventId) {
        Events.await(() -> Db.deliveriesOf(dataSource, eventId).stream().anyMatch(d -> "WEBHOOK".equals(d.get("channel"))),
                WAIT, "a webhook delivery");
        return (UUID) Db.deliveriesOf(dataSource, eventId).stream().filter(d -> "WEBHOOK".equals(d.get("channel")))
                .findFirst().orElseThrow().get("id");
    }

    private static List<LoggedRequest> requests(String path) {
        return FarSystems.http().findAll(postRequestedFor(urlEqualTo(path)));
    }

    private static Duration waitOf(Map<String, Object> attempt) {
        return Duration.between(((Timestamp) attempt.get("at")).toInstant(), ((Timestamp) attempt.get("next_attempt_at")).toInstant());
    }
}
