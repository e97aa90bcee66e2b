package org.setu.notification;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.setu.notification.persistence.SubscriptionRepository;
import org.setu.notification.persistence.WebhookSecrets;

import javax.sql.DataSource;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/** Webhook secrets: sealed at rest, shown only when issued, and never kept in the idempotency store. */
@QuarkusTest
class WebhookSecretsTest {

    private static final String DHAKA = SubscriptionApiTest.DHAKA;
    private static final String WEBHOOK = "{\"channel\":\"WEBHOOK\",\"url\":\"https://partner.example.org/setu/hook\","
            + "\"eventTypes\":[\"setu.referral.sent.v1\"]}";

    @Inject
    DataSource dataSource;

    @Inject
    WebhookSecrets secrets;

    @Inject
    SubscriptionRepository repository;

    @Test
    @TestSecurity(user = "agencyadmin", roles = "agency-admin")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA))
    void aWebhookSecretIsStoredSealedAndIsNotReadableInAnyTableOfTheService() {
        var created = given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(WEBHOOK).when().post("/api/v1/subscriptions")
                .then().statusCode(201).body("secret", startsWith("whsec_")).extract();
        String id = created.path("id");
        String secret = created.path("secret");
        String rotated = given().when().post("/api/v1/subscriptions/" + id + "/secret").then().statusCode(200)
                .body("secret", startsWith("whsec_")).extract().path("secret");

        Map<String, Object> row = Db.rows(dataSource, "SELECT secret, secret_sealed, secret_key_id FROM subscription WHERE id = ?::uuid", id).get(0);
        assertThat(row.get("secret")).as("no plain secret").isNull();
        assertThat(row.get("secret_sealed")).isNotNull();
        assertThat(row.get("secret_key_id")).isNotNull();
        for (String table : List.of("subscription", "kit_idempotency_keys", "kit_audit_trail", "kit_outbox", "delivery")) {
            String dump = Db.rows(dataSource, "SELECT string_agg(t::text, ' ') AS dump FROM " + table + " t").get(0).get("dump") + "";
            assertThat(dump).as(table).doesNotContain(secret).doesNotContain(rotated)
                    .doesNotContain(secret.substring("whsec_".length())).doesNotContain(rotated.substring("whsec_".length()));
        }
        given().when().get("/api/v1/subscriptions/" + id).then().statusCode(200).body("secret", nullValue());
        given().when().get("/api/v1/subscriptions").then().statusCode(200).body("items.secret", org.hamcrest.Matchers.everyItem(nullValue()));
        given().when().delete("/api/v1/subscriptions/" + id).then().statusCode(204);
    }

    @Test
    @TestSecurity(user = "partner", roles = "agency-admin")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA))
    void aReplayedCreationAnswersTheSameSubscriptionWithoutItsSecretBecauseTheIdempotencyStoreNeverHeldIt() {
        String key = UUID.randomUUID().toString();
        var first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(WEBHOOK)
                .when().post("/api/v1/subscriptions").then().statusCode(201).body("secret", startsWith("whsec_")).extract();
        String stored = Db.rows(dataSource, "SELECT body FROM kit_idempotency_keys WHERE key = ?", key).get(0).get("body").toString();
        assertThat(stored).contains(first.<String>path("id")).doesNotContain("secret").doesNotContain(first.<String>path("secret"));

        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(WEBHOOK)
                .when().post("/api/v1/subscriptions").then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first.path("id")))
                .body("secret", nullValue());
        given().when().delete("/api/v1/subscriptions/" + first.path("id")).then().statusCode(204);
    }

    @Test
    void aSecretLeftInPlainTextByAnEarlierVersionIsSealedWhenTheServiceStartsAndStillSigns() {
        UUID id = UUID.randomUUID();
        Db.rows(dataSource, "INSERT INTO subscription (id, agency_id, channel, address, language, event_types, secret, created_at, updated_at) "
                + "VALUES (?::uuid, ?::uuid, 'WEBHOOK', 'https://partner.example.org/old', 'en', ARRAY['setu.referral.sent.v1'], "
                + "'whsec_from_before_v3', now(), now()) RETURNING id", id.toString(), UUID.randomUUID().toString());

        assertThat(secrets.sealPlainSecrets()).isGreaterThanOrEqualTo(1);

        Map<String, Object> row = Db.rows(dataSource, "SELECT secret, secret_sealed FROM subscription WHERE id = ?", id).get(0);
        assertThat(row.get("secret")).isNull();
        assertThat(new String((byte[]) row.get("secret_sealed"))).doesNotContain("whsec_from_before_v3");
        assertThat(repository.find(id).orElseThrow().secret()).isEqualTo("whsec_from_before_v3");
        assertThat(secrets.sealPlainSecrets()).as("nothing left to seal").isZero();
        repository.delete(id);
    }

    @Test
    void aSealedSecretCopiedOntoAnotherSubscriptionDoesNotOpen() {
        UUID one = UUID.randomUUID();
        WebhookSecrets.Sealed sealed = secrets.seal(one, "whsec_x");
        assertThat(secrets.open(one, sealed.ciphertext(), sealed.keyId())).isEqualTo("whsec_x");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> secrets.open(UUID.randomUUID(), sealed.ciphertext(), sealed.keyId()))
                .isInstanceOf(IllegalStateException.class);
    }
}
