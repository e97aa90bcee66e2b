package org.setu.referral;

import org.setu.devstack.testing.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
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

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

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
}
