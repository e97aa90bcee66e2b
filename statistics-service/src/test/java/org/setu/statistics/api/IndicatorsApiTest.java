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
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.setu.statistics.PlatformEvents.accepted;
import static org.setu.statistics.PlatformEvents.declined;
import static org.setu.statistics.PlatformEvents.noServiceFound;
import static org.setu.statistics.PlatformEvents.screened;
import static org.setu.statistics.PlatformEvents.sent;

/** The indicators as a coordinator and an agency's admin read them, from events on the real broker. */
@QuarkusTest
class IndicatorsApiTest {

    static final String PATH = "/api/v1/statistics/";
    static final String OWN_AGENCY = "7a51a000-0000-4000-8000-0000000000a1";
    static final Instant OCTOBER = Instant.parse("2026-10-15T06:00:00Z");
    static final Instant NOVEMBER = Instant.parse("2026-11-15T06:00:00Z");
    static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    ObjectMapper json;

    /** Screens {@code n} adult women of the agency in the district at the time; @return their case ids */
    List<UUID> screen(UUID agency, String district, int n, Instant at) {
        return new PlatformEvents(json).screenWomen(agency, district, n, at);
    }

    static JsonPath read(String indicator, String query) {
        return given().when().get(PATH + indicator + "?" + query).then().statusCode(200).extract().jsonPath();
    }

    static JsonPath awaitTotal(String indicator, String query, long total) {
        JsonPath[] last = new JsonPath[1];
        TopicReader.await(() -> {
            last[0] = read(indicator, query);
            Object shown = last[0].get("total.count");
            return shown != null && ((Number) shown).longValue() == total;
        }, WAIT);
        return last[0];
    }

    /** The row of the period and breakdown values, as the API answers it. */
    static Map<String, Object> cell(JsonPath figures, String period, String key, String value) {
        List<Map<String, Object>> rows = figures.getList("rows");
        return rows.stream().filter(r -> period.equals(r.get("period")) && value.equals(r.get(key))).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + period + " " + key + "=" + value + " in " + rows));
    }

    @Test
    @TestSecurity(user = "coordinator", roles = "nrm-coordinator")
    void aDistrictWithThreeWomenInAMonthShowsLessThanFiveAndCannotBeWorkedOutFromTheTotals() {
        UUID agency = UUID.randomUUID();
        screen(agency, "26", 12, OCTOBER);
        screen(agency, "47", 3, OCTOBER);
        screen(agency, "26", 7, NOVEMBER);
        screen(agency, "47", 6, NOVEMBER);

        JsonPath figures = awaitTotal("screenings", "from=2026-10-01&to=2026-11-30&by=district&agencyId=" + agency, 28);

        Map<String, Object> small = cell(figures, "2026-10", "district", "47");
        assertThat(small.get("count")).isNull();
        assertThat(small.get("display")).isEqualTo("<5");
        // the row of October and the column of district 47 each hide a second cell, so neither total gives the 3 away
        assertThat(cell(figures, "2026-10", "district", "26").get("count")).isNull();
        assertThat(cell(figures, "2026-11", "district", "47").get("count")).isNull();
        assertThat(figures.getList("periodTotals.count")).containsExactly(15, 13);
        assertThat(figures.getInt("threshold")).isEqualTo(5);
    }

    @Test
    @TestSecurity(user = "coordinator", roles = "nrm-coordinator")
    void referralsAreCountedByOutcomeAndASingleDeclineIsHidden() {
        UUID agency = UUID.randomUUID();
        UUID shelter = UUID.randomUUID();
        PlatformEvents events = new PlatformEvents(json);
        List<UUID> cases = screen(agency, "26", 12, OCTOBER);
        for (int i = 0; i < cases.size(); i++) {
            UUID referral = UUID.randomUUID();
            events.publish(sent(referral, cases.get(i), agency, shelter, ServiceCategory.SHELTER, 1, OCTOBER.plusSeconds(60)));
            if (i == 0) {
                events.publish(declined(referral, cases.get(i), agency, shelter, ServiceCategory.SHELTER, "NO_CAPACITY",
                        OCTOBER.plusSeconds(600)));
            } else {
                events.publish(accepted(referral, cases.get(i), agency, shelter, ServiceCategory.SHELTER,
                        OCTOBER.plusSeconds(900)));
            }
        }

        JsonPath figures = awaitTotal("referrals", "from=2026-10-01&to=2026-10-31&by=outcome&agencyId=" + agency, 24);

        assertThat(cell(figures, "2026-10", "outcome", "SENT").get("count")).isEqualTo(12);
        assertThat(cell(figures, "2026-10", "outcome", "DECLINED").get("display")).isEqualTo("<5");
        // 11 acceptances are withheld: with the total of 24 and the 12 sent, they would give the single decline away
        assertThat(cell(figures, "2026-10", "outcome", "ACCEPTED").get("display")).isEqualTo("x");
    }

    @Test
    @TestSecurity(user = "coordinator", roles = "nrm-coordinator")
    void needsNoServiceCouldMeetAreCountedByDistrictAndCategory() {
        UUID agency = UUID.randomUUID();
        PlatformEvents events = new PlatformEvents(json);
        for (UUID c : screen(agency, "47", 7, NOVEMBER)) {
            events.publish(noServiceFound(UUID.randomUUID(), c, agency, ServiceCategory.LEGAL_AID, NOVEMBER.plusSeconds(5)));
        }

        JsonPath figures = awaitTotal("unmet-needs", "from=2026-11-01&to=2026-11-30&by=district,category&agencyId=" + agency, 7);

        Map<String, Object> row = figures.getList("rows", Map.class).get(0);
        assertThat(row).containsEntry("district", "47").containsEntry("category", "LEGAL_AID").containsEntry("count", 7);
    }

    @Test
    @TestSecurity(user = "coordinator", roles = "nrm-coordinator")
    void followUpsAreCountedByWhetherTheyCameInTime() {
        UUID agency = UUID.randomUUID();
        PlatformEvents events = new PlatformEvents(json);
        List<UUID> cases = screen(agency, "26", 9, OCTOBER);
        for (int i = 0; i < cases.size(); i++) {
            Instant at = NOVEMBER.plusSeconds(3600L * i);
            if (i < 6) events.publish(PlatformEvents.followedUp(cases.get(i), agency, true, true, at));
            else if (i < 8) events.publish(PlatformEvents.followedUp(cases.get(i), agency, true, false, at));
            else events.publish(PlatformEvents.followedUp(cases.get(i), agency, false, true, at));
        }

        JsonPath figures = awaitTotal("follow-ups", "from=2026-11-01&to=2026-11-30&by=outcome&agencyId=" + agency, 9);

        assertThat(cell(figures, "2026-11", "outcome", "ON_TIME").get("count")).isEqualTo(6);
        assertThat(cell(figures, "2026-11", "outcome", "LATE").get("display")).isEqualTo("<5");
        assertThat(cell(figures, "2026-11", "outcome", "NOT_REACHED").get("display")).isEqualTo("<5");
    }

    @Test
    @TestSecurity(user = "coordinator", roles = "nrm-coordinator")
    void anEventDeliveredTwiceIsCountedOnce() {
        UUID agency = UUID.randomUUID();
        PlatformEvents events = new PlatformEvents(json);
        screen(agency, "26", 5, OCTOBER);
        String again = events.publish(screened(UUID.randomUUID(), agency, "26", Sex.MALE, AgeBand.CHILD_12_17,
                Classification.VULNERABLE_MIGRANT, OCTOBER));
        events.publish(screened(UUID.randomUUID(), agency, "26", Sex.MALE, AgeBand.CHILD_12_17,
                Classification.VULNERABLE_MIGRANT, OCTOBER), again);
        screen(agency, "26", 1, OCTOBER);

        awaitTotal("screenings", "from=2026-10-01&to=2026-10-31&agencyId=" + agency, 7);
    }

    @Test
    @TestSecurity(user = "agencyadmin", roles = "agency-admin")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = OWN_AGENCY))
    void anAgencysAdminSeesHerOwnAgencysFiguresOnly() {
        screen(UUID.fromString(OWN_AGENCY), "26", 6, NOVEMBER);
        screen(UUID.randomUUID(), "26", 9, NOVEMBER);

        JsonPath figures = awaitTotal("screenings", "from=2026-11-01&to=2026-11-30", 6);
        assertThat(figures.getString("agencyId")).isEqualTo(OWN_AGENCY);

        given().when().get(PATH + "screenings?from=2026-11-01&to=2026-11-30&agencyId=" + UUID.randomUUID())
                .then().statusCode(403).contentType("application/problem+json");
        given().when().get(PATH + "notifications?from=2026-11-01&to=2026-11-30")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "screener", roles = "screener")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = OWN_AGENCY))
    void aScreenerReadsNoStatistics() {
        given().when().get(PATH + "screenings?from=2026-11-01&to=2026-11-30").then().statusCode(403);
        given().when().get(PATH).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "coordinator", roles = "nrm-coordinator")
    void theCsvHasTheBreakdownsAsColumnsAndTheTotalsAsAllRows() {
        UUID agency = UUID.randomUUID();
        screen(agency, "26", 6, NOVEMBER);
        awaitTotal("screenings", "from=2026-11-01&to=2026-11-30&agencyId=" + agency, 6);

        String csv = given().when().get(PATH + "screenings?from=2026-11-01&to=2026-11-30&by=district&format=csv&agencyId=" + agency)
                .then().statusCode(200).contentType("text/csv").extract().asString();

        assertThat(csv.split("\r\n")).containsExactly("period,district,count", "2026-11,26,6", "2026-11,ALL,6",
                "ALL,26,6", "ALL,ALL,6");
    }

    @Test
    @TestSecurity(user = "coordinator", roles = "nrm-coordinator")
    void badQueriesAreProblemsThatNameTheParameter() {
        String ok = "from=2026-11-01&to=2026-11-30";
        Map<String, String> bad = Map.of(
                "from", "to=2026-11-30",
                "to", "from=2026-11-01&to=2026-11-31",
                "by", ok + "&by=channel",
                "period", ok + "&period=year",
                "format", ok + "&format=xml",
                "agencyId", ok + "&agencyId=not-a-uuid");
        bad.forEach((parameter, query) -> given().when().get(PATH + "screenings?" + query)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo(parameter)));
        given().when().get(PATH + "screenings?" + ok + "&by=district,sex,context").then().statusCode(400);
        given().when().get(PATH + "screenings?" + ok + "&by=district,district").then().statusCode(400);
        given().when().get(PATH + "screenings?from=2000-01-01&to=2026-11-30").then().statusCode(400);
        given().when().get(PATH + "victims?" + ok).then().statusCode(404).contentType("application/problem+json");
    }
}
