package org.setu.kit.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.setu.kit.testapp.Things;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** A partner that retries a POST with the same Idempotency-Key gets the first answer, and the work is done once. */
@QuarkusTest
class IdempotencyKeysTest {

    private static final String THINGS = "/api/v1/test/things";
    private static final String BODY = """
            {"kind": "SHELTER", "person": {"givenName": "Rahima", "dateOfBirth": "1999-04-02", "languages": ["bn"]}}""";
    private static final String SAME_BODY_REORDERED = """
            {"person":{"languages":["bn"],"dateOfBirth":"1999-04-02","givenName":"Rahima"},"kind":"SHELTER"}""";

    @Inject
    Things things;

    @Inject
    IdempotencyKeys idempotency;

    @Inject
    DataSource dataSource;

    private static ExtractableResponse<Response> post(String key, String body) {
        return given().contentType(ContentType.JSON).header(IdempotencyKeys.HEADER, key).body(body)
                .when().post(THINGS).then().extract();
    }

    @Test
    @TestSecurity(user = "partner-retry", roles = "screener")
    @OidcSecurity(claims = @Claim(key = "sub", value = "sub-partner-retry"))
    void aPartnerRetryingWithTheSameKeyGetsTheFirstAnswerAndOneThing() throws Exception {
        String key = UUID.randomUUID().toString();

        ExtractableResponse<Response> first = post(key, BODY);
        ExtractableResponse<Response> retry = post(key, SAME_BODY_REORDERED);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.<String>path("id")).isEqualTo(first.path("id"));
        assertThat(retry.header("Location")).isEqualTo(first.header("Location")).endsWith(first.path("id"));
        assertThat(retry.header(IdempotencyKeys.REPLAYED)).isEqualTo("true");
        assertThat(retry.contentType()).startsWith("application/json");
        assertThat(things.countCreatedBy("partner-retry")).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "partner-mixup", roles = "screener")
    @OidcSecurity(claims = @Claim(key = "sub", value = "sub-partner-mixup"))
    void theSameKeyWithAnotherBodyIsRefusedAndNothingMoreHappens() throws Exception {
        String key = UUID.randomUUID().toString();
        post(key, BODY);

        given().contentType(ContentType.JSON).header(IdempotencyKeys.HEADER, key)
                .body(BODY.replace("SHELTER", "MEDICAL"))
                .when().post(THINGS)
                .then().statusCode(422).contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("different request body"))
                .body(org.hamcrest.Matchers.not(containsString("Rahima")));
        assertThat(things.countCreatedBy("partner-mixup")).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "partner-b", roles = "screener")
    @OidcSecurity(claims = @Claim(key = "sub", value = "sub-partner-b"))
    void anotherPartnerUsingTheSameKeyGetsItsOwnThingNotTheFirstPartnersAnswer() throws Exception {
        String key = "order-42";
        String partnerAsThing = UUID.randomUUID().toString();
        storeAnswerOfAnotherPartner("sub-partner-a", key, partnerAsThing);

        ExtractableResponse<Response> mine = post(key, BODY);

        assertThat(mine.statusCode()).isEqualTo(201);
        assertThat(mine.<String>path("id")).isNotEqualTo(partnerAsThing);
        assertThat(mine.header(IdempotencyKeys.REPLAYED)).isNull();
        assertThat(things.countCreatedBy("partner-b")).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "partner-busy", roles = "screener")
    @OidcSecurity(claims = @Claim(key = "sub", value = "sub-partner-busy"))
    void twoCopiesOfTheSameRequestArrivingTogetherCreateOneThing() throws Exception {
        String key = UUID.randomUUID().toString();
        // the first copy holds its transaction open for a while; the second arrives meanwhile
        CompletableFuture<ExtractableResponse<Response>> slow = CompletableFuture.supplyAsync(() ->
                given().contentType(ContentType.JSON).header(IdempotencyKeys.HEADER, key).queryParam("pauseMillis", 1500)
                        .body(BODY).when().post(THINGS).then().extract());
        Thread.sleep(400);
        ExtractableResponse<Response> duplicate = post(key, BODY);
        ExtractableResponse<Response> first = slow.get();

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(duplicate.statusCode()).isEqualTo(201);
        assertThat(duplicate.<String>path("id")).isEqualTo(first.path("id"));
        assertThat(things.countCreatedBy("partner-busy")).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "partner-late", roles = "screener")
    @OidcSecurity(claims = @Claim(key = "sub", value = "sub-partner-late"))
    void aKeyIsKeptForADayThenCountsAsNewAndThePurgeRemovesIt() throws Exception {
        String key = UUID.randomUUID().toString();
        String firstId = post(key, BODY).path("id");
        assertThat(lifetimeOf("sub-partner-late", key)).isEqualTo(Duration.ofHours(24));

        expire("sub-partner-late", key);
        ExtractableResponse<Response> later = post(key, BODY);

        assertThat(later.statusCode()).isEqualTo(201);
        assertThat(later.<String>path("id")).isNotEqualTo(firstId);
        assertThat(things.countCreatedBy("partner-late")).isEqualTo(2);

        expire("sub-partner-late", key);
        assertThat(idempotency.purgeExpired()).isGreaterThanOrEqualTo(1);
        assertThat(lifetimeOf("sub-partner-late", key)).isNull();
    }

    @Test
    @TestSecurity(user = "partner-sloppy", roles = "screener")
    void aBlankOrOverlongKeyIsABadRequestAndNothingIsCreated() throws Exception {
        for (String key : new String[] {" ", "k".repeat(256)}) {
            given().contentType(ContentType.JSON).header(IdempotencyKeys.HEADER, key).body(BODY)
                    .when().post(THINGS)
                    .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                    .body("errors[0].field", equalTo(IdempotencyKeys.HEADER));
        }
        assertThat(post("k".repeat(255), BODY).statusCode()).isEqualTo(201);
        assertThat(things.countCreatedBy("partner-sloppy")).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "partner-plain", roles = "screener")
    void withoutAKeyEveryPostIsNewWork() throws Exception {
        given().contentType(ContentType.JSON).body(BODY).when().post(THINGS).then().statusCode(201);
        given().contentType(ContentType.JSON).body(BODY).when().post(THINGS).then().statusCode(201);
        assertThat(things.countCreatedBy("partner-plain")).isEqualTo(2);
    }

    private void storeAnswerOfAnotherPartner(String caller, String key, String thingId) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                INSERT INTO kit_idempotency_keys (caller, key, request_hash, status, content_type, body, created_at, expires_at)
                VALUES (?, ?, 'whatever', 201, 'application/json', ?, now(), now() + interval '1 hour')""")) {
            s.setString(1, caller);
            s.setString(2, key);
            s.setString(3, "{\"id\": \"" + thingId + "\"}");
            s.executeUpdate();
        }
    }

    private void expire(String caller, String key) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "UPDATE kit_idempotency_keys SET expires_at = now() - interval '1 minute' WHERE caller = ? AND key = ?")) {
            s.setString(1, caller);
            s.setString(2, key);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }

    private Duration lifetimeOf(String caller, String key) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT extract(epoch FROM expires_at - created_at) FROM kit_idempotency_keys WHERE caller = ? AND key = ?")) {
            s.setString(1, caller);
            s.setString(2, key);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Duration.ofSeconds(Math.round(rs.getDouble(1))) : null;
            }
        }
    }
}
