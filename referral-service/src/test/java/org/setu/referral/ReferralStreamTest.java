package org.setu.referral;

import org.setu.devstack.testing.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.setu.events.vocabulary.AgeBand;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Sex;
import org.setu.events.vocabulary.Urgency;
import org.setu.referral.app.RoutingService;
import org.setu.referral.domain.Referral;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.setu.referral.SampleDirectory.*;
import static org.setu.referral.Screenings.area;

/** The live stream for portals: server-sent events of referral changes, only those the caller may see. */
@QuarkusTest
class ReferralStreamTest {

    @Inject
    RoutingService routing;

    @BeforeEach
    void directory() {
        SampleDirectory.ensure();
    }

    @Test
    @TestSecurity(user = "provider2", roles = "provider-staff")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = "5e7c1f3a-2b4d-4c6e-8f10-a1b2c3d4e502"))
    void theStreamShowsProviderStaffOnlyTheReferralsSentToTheirOrganization() throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/api/v1/referrals/stream"))
                .header("Accept", "text/event-stream").GET().build();
        CompletableFuture<HttpResponse<java.util.stream.Stream<String>>> response =
                client.sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        CompletableFuture<Void> reading = response.thenAccept(r -> r.body().forEach(lines::add));
        Thread.sleep(1500);   // the subscription is in place once the request reached the resource

        Referral toDhakaNgo = routing.screeningCompleted(Screenings.completed(DHAKA_NGO, Urgency.HIGH, AgeBand.CHILD_12_17,
                Sex.MALE, area(DHAKA_DIVISION, DHAKA, null), null, List.of("bn"),
                List.of(ServiceCategory.CHILD_PROTECTION), List.of(ServiceCategory.CHILD_PROTECTION))).get(0);
        Referral toCoxNgo = routing.screeningCompleted(Screenings.adultIn(DHAKA_NGO, area(SYLHET_DIVISION, SYLHET, null),
                ServiceCategory.DOCUMENTATION)).get(0);

        TopicReader.await(() -> lines.stream().anyMatch(l -> l.contains(toCoxNgo.id().toString())), Duration.ofSeconds(20));
        assertThat(response.get().statusCode()).isEqualTo(200);
        assertThat(response.get().headers().firstValue("content-type").orElse("")).startsWith("text/event-stream");
        assertThat(String.join("\n", lines)).doesNotContain(toDhakaNgo.id().toString()).contains("\"status\":\"SENT\"");
        reading.cancel(true);
    }

    @Test
    @TestSecurity(user = "caseworker-with-many-tabs", roles = "case-worker")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = "5e7c1f3a-2b4d-4c6e-8f10-a1b2c3d4e501"))
    void aCallerHoldingTheMostStreamsAllowedIsRefusedOneMoreUntilOneCloses() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        List<InputStream> open = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            HttpResponse<InputStream> r = client.send(streamRequest(), HttpResponse.BodyHandlers.ofInputStream());
            assertThat(r.statusCode()).isEqualTo(200);
            open.add(r.body());
        }

        HttpResponse<String> refused = client.send(streamRequest(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("content-type").orElse("")).startsWith("application/problem+json");
        assertThat(refused.headers().firstValue("retry-after")).isPresent();

        open.remove(0).close();
        TopicReader.await(() -> {
            try {
                HttpResponse<InputStream> again = client.send(streamRequest(), HttpResponse.BodyHandlers.ofInputStream());
                if (again.statusCode() == 200) open.add(again.body());
                return again.statusCode() == 200;
            } catch (Exception e) {
                return false;
            }
        }, Duration.ofSeconds(20));
        for (InputStream stream : open) stream.close();
    }

    @Test
    @TestSecurity(user = "provider-whose-token-expired", roles = "provider-staff")
    @OidcSecurity(claims = {
            @Claim(key = "agency_id", value = "5e7c1f3a-2b4d-4c6e-8f10-a1b2c3d4e502"),
            @Claim(key = "exp", value = "1700000000", type = ClaimType.LONG)})
    void theStreamEndsWhenTheCallersTokenExpires() throws Exception {
        HttpResponse<String> ended = HttpClient.newHttpClient()
                .sendAsync(streamRequest(), HttpResponse.BodyHandlers.ofString())
                .get(20, TimeUnit.SECONDS);

        assertThat(ended.statusCode()).isEqualTo(200);
        assertThat(ended.body()).doesNotContain("data:");
    }

    private static HttpRequest streamRequest() {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/api/v1/referrals/stream"))
                .header("Accept", "text/event-stream").GET().build();
    }
}
