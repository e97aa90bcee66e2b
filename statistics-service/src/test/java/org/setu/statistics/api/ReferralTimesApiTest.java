package org.setu.statistics.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.setu.devstack.testing.TopicReader;
import org.setu.events.vocabulary.AgeBand;
import org.setu.events.vocabulary.Classification;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Sex;
import org.setu.statistics.PlatformEvents;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.setu.statistics.PlatformEvents.accepted;
import static org.setu.statistics.PlatformEvents.completed;
import static org.setu.statistics.PlatformEvents.declined;
import static org.setu.statistics.PlatformEvents.screened;
import static org.setu.statistics.PlatformEvents.sent;

/** How long referrals took and how providers answered, with the figures that could name a person withheld. */
@QuarkusTest
class ReferralTimesApiTest {

    static final String PATH = "/api/v1/statistics/";
    static final String PROVIDER = "7a51a000-0000-4000-8000-0000000000b2";
    static final Instant SENT = Instant.parse("2026-08-03T04:00:00Z");
    static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    ObjectMapper json;

    /**
     * Ten shelter referrals of one agency to one provider: accepted after 1 to 10 hours, the first five completed
     * after a day; and, to another provider, three declines.
     */
    UUID tenReferrals(UUID provider, UUID other) {
        UUID agency = UUID.randomUUID();
        PlatformEvents events = new PlatformEvents(json);
        for (int i = 1; i <= 10; i++) {
            UUID caseId = UUID.randomUUID();
            UUID referral = UUID.randomUUID();
            events.publish(screened(caseId, agency, "26", Sex.FEMALE, AgeBand.ADULT_25_39,
                    Classification.PRESUMED_TRAFFICKING_VICTIM, SENT.minusSeconds(600)));
            if (i <= 3) {
                events.publish(sent(referral, caseId, agency, other, ServiceCategory.SHELTER, 1, SENT));
                events.publish(declined(referral, caseId, agency, other, ServiceCategory.SHELTER, "NO_CAPACITY",
                        SENT.plusSeconds(1800)));
            }
            events.publish(sent(referral, caseId, agency, provider, ServiceCategory.SHELTER, i <= 3 ? 2 : 1, SENT));
            events.publish(withAttempt(accepted(referral, caseId, agency, provider, ServiceCategory.SHELTER,
                    SENT.plusSeconds(3600L * i)), i <= 3 ? 2 : 1));
            if (i <= 5) {
                events.publish(completed(referral, caseId, agency, provider, ServiceCategory.SHELTER,
                        SENT.plusSeconds(86_400)));
            }
        }
        return agency;
    }

    static org.setu.events.referral.ReferralAccepted withAttempt(org.setu.events.referral.ReferralAccepted a, int attempt) {
        return new org.setu.events.referral.ReferralAccepted(a.referralId(), a.caseId(), a.caseRef(), a.category(),
                a.serviceId(), a.organizationId(), a.referringAgencyId(), a.status(), a.urgency(), a.dueAt(), attempt,
                a.reasonCode(), a.occurredAt());
    }

    @Test
    @TestSecurity(user = "coordinator", roles = "nrm-coordinator")
    void halfTheReferralsCompletedAndTheMedianAcceptanceTookFiveHours() {
        UUID agency = tenReferrals(UUID.randomUUID(), UUID.randomUUID());
        String query = "referral-times?from=2026-08-01&to=2026-08-31&by=category&agencyId=" + agency;
        JsonPath[] figures = new JsonPath[1];
        TopicReader.await(() -> {
            figures[0] = given().when().get(PATH + query).then().statusCode(200).extract().jsonPath();
            Object done = figures[0].get("rows[0].completed");
            Object accepted = figures[0].get("rows[0].p90HoursToAccept");
            return done != null && ((Number) done).intValue() == 5 && accepted != null && ((Number) accepted).doubleValue() == 9.0;
        }, WAIT);

        Map<String, Object> row = figures[0].getMap("rows[0]");
        assertThat(row).containsEntry("period", "2026-08").containsEntry("category", "SHELTER")
                .containsEntry("referrals", 10).containsEntry("shareCompleted", 0.5f)
                .containsEntry("medianHoursToAccept", 5.0f).containsEntry("medianHoursToComplete", 24.0f);
    }

    @Test
    @TestSecurity(user = "coordinator", roles = "nrm-coordinator")
    void aProviderThatDeclinedThreeShowsNoCountThatSmallAndNoRate() {
        UUID provider = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        tenReferrals(provider, other);

        JsonPath[] answer = new JsonPath[1];
        TopicReader.await(() -> {
            answer[0] = given().when().get(PATH + "providers?from=2026-08-01&to=2026-08-31&organizationId=" + other)
                    .then().statusCode(200).extract().jsonPath();
            // a sending can be read before its decline (another referral's events may come first): 0 declines is shown
            return answer[0].getList("organizations").size() == 1 && answer[0].get("organizations[0].declined") == null;
        }, WAIT);
        Map<String, Object> declining = answer[0].getMap("organizations[0]");
        assertThat(declining.get("sent")).isNull();
        assertThat(declining.get("declined")).isNull();
        assertThat(declining.get("acceptanceRate")).isNull();

        TopicReader.await(() -> Integer.valueOf(10).equals(given().when()
                .get(PATH + "providers?from=2026-08-01&to=2026-08-31&organizationId=" + provider)
                .then().statusCode(200).extract().jsonPath().get("organizations[0].accepted")), WAIT);
        Map<String, Object> accepting = given().when().get(PATH + "providers?from=2026-08-01&to=2026-08-31&organizationId=" + provider)
                .then().extract().jsonPath().getMap("organizations[0]");
        assertThat(accepting).containsEntry("sent", 10).containsEntry("accepted", 10).containsEntry("declined", 0)
                .containsEntry("acceptanceRate", 1.0f).containsEntry("medianHoursToAnswer", 5.0f);
    }

    @Test
    @TestSecurity(user = "agencyadmin", roles = "agency-admin")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = PROVIDER))
    void aProvidersAdminSeesHerOwnOrganizationAndNoOther() {
        tenReferrals(UUID.fromString(PROVIDER), UUID.randomUUID());
        TopicReader.await(() -> given().when().get(PATH + "providers?from=2026-08-01&to=2026-08-31")
                .then().statusCode(200).extract().jsonPath().getList("organizations.organizationId").equals(java.util.List.of(PROVIDER)), WAIT);
        given().when().get(PATH + "providers?from=2026-08-01&to=2026-08-31&organizationId=" + UUID.randomUUID())
                .then().statusCode(403).contentType("application/problem+json");
    }
}
