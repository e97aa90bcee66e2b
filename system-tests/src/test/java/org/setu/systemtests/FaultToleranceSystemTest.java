package org.setu.systemtests;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.setu.devstack.Platform;
import org.setu.devstack.SetuService;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * While a stream of screenings runs, every component the launcher starts is killed with {@code kill -9} in turn (the
 * mail server, the four services, the portal, the Kafka broker and Keycloak), and the launcher's supervisor brings
 * each back by itself, as under {@code ./setu up}. Afterwards every screening has exactly its referral and the focal
 * point exactly one email about it: nothing lost, nothing twice. Counts come from the databases and the mailbox.
 * The mail server goes first, before the stream's first email: GreenMail keeps mail in memory, so a later kill would
 * erase emails this test counts. The emails of the screenings made while it is down wait in the notification
 * service's retries. Keycloak comes back with its data, so a token issued before its crash is still accepted.
 * The class runs after the others ({@code @Order}) because the mail server's restart empties every mailbox.
 */
@ExtendWith(RunningPlatform.class)
@Order(Integer.MAX_VALUE - 1)
class FaultToleranceSystemTest {

    private static final int SCREENINGS = 500;
    private static final Duration PACE = Duration.ofMillis(150);
    private static final String FOCAL_POINT = "focal.point@dhaka-demo-ngo.example.org";

    @Test
    void killingEachComponentIsHealedByTheLauncherAndLosesNoReferralAndDuplicatesNoNotification() throws Exception {
        Platform platform = RunningPlatform.platform();
        assumeTrue(platform != null && platform.controlsEverything(),
                "the fault test kills processes, so it runs only on a platform it started itself");

        List<String> caseIds = Collections.synchronizedList(new ArrayList<>());
        Map<String, String> caseRefs = Collections.synchronizedMap(new HashMap<>());
        AtomicInteger retries = new AtomicInteger();
        List<String> faults = new ArrayList<>();
        AtomicBoolean lastFaultHealed = new AtomicBoolean();
        AtomicInteger accepted = new AtomicInteger();

        long mailKilled = platform.kill("mail");
        Instant began = Instant.now();
        Thread stream = new Thread(() -> submitScreenings(caseIds, caseRefs, retries, lastFaultHealed, accepted), "screening-stream");
        stream.start();
        platform.awaitBack("mail", mailKilled, Duration.ofMinutes(3));
        faults.add("kill -9 mail (back in " + Duration.between(began, Instant.now()).toSeconds() + " s)");

        Thread.sleep(3000);
        for (String component : List.of(SetuService.SCREENING.module(), SetuService.REFERRAL.module(),
                SetuService.DIRECTORY.module(), SetuService.NOTIFICATION.module(), SetuService.STATISTICS.module(), "portal",
                "kafka")) {
            faults.add(killAndAwaitBack(platform, component));
            Thread.sleep(2000);
        }
        String issuedBeforeKeycloakCrashed = Keycloak.tokenFor("caseworker");
        faults.add(killAndAwaitBack(platform, "keycloak"));
        lastFaultHealed.set(true);
        stream.join(Duration.ofMinutes(10).toMillis());
        assertThat(accepted.get()).as("the stream ran through every fault").isGreaterThanOrEqualTo(SCREENINGS);
        assertThat(caseIds).as("every screening was eventually accepted").hasSize(accepted.get());

        String caseworker = Keycloak.tokenFor("caseworker");
        Map<String, Integer> referrals = awaitCounts(() -> referralsPerCase(caseIds), caseIds.size(), Duration.ofMinutes(3));
        Map<String, Integer> emails = awaitCounts(() -> emailsPerCase(caseRefs), caseIds.size(), Duration.ofMinutes(3));
        int deliveries = deliveredSentNotices(caseIds);
        Map<String, Integer> counted = awaitCounts(() -> statisticsPerCase(caseIds), caseIds.size(), Duration.ofMinutes(3));
        int casesOpened = partnerCasesOpenedSince(began);

        System.out.printf("fault run: %d screenings (%d client retries) through %s%n", caseIds.size(), retries.get(), faults);
        System.out.printf("fault run: referrals expected %d, found %d in %d cases; focal-point emails expected %d, found %d;"
                        + " delivered notices %d%n", caseIds.size(), sum(referrals), referrals.size(), caseIds.size(),
                sum(emails), deliveries);
        System.out.printf("fault run: cases opened by the partner during the run %d (expected %d)%n", casesOpened, caseIds.size());
        assertThat(casesOpened).as("no retry made a second case").isEqualTo(caseIds.size());
        assertThat(caseIds).doesNotHaveDuplicates();
        assertThat(referrals.values()).as("one shelter referral per case").allMatch(n -> n == 1);
        assertThat(referrals).hasSize(caseIds.size());
        assertThat(emails.values()).as("one email per referral sent").allMatch(n -> n == 1);
        assertThat(emails).hasSize(caseIds.size());
        assertThat(deliveries).isEqualTo(caseIds.size());
        assertThat(counted.values()).as("the statistics counted each case once, with its one referral sent once")
                .allMatch(n -> n == 1);
        assertThat(counted).hasSize(caseIds.size());
        assertThat(given().auth().oauth2(caseworker).when().get(Setu.REFERRAL + "/cases/" + caseIds.get(0) + "/referrals")
                .statusCode()).as("a token issued by the Keycloak that came back").isEqualTo(200);
        assertThat(given().auth().oauth2(issuedBeforeKeycloakCrashed).when()
                .get(Setu.REFERRAL + "/cases/" + caseIds.get(0) + "/referrals").statusCode())
                .as("a token issued before Keycloak's crash: its realm keys survived").isEqualTo(200);
    }

    private static String killAndAwaitBack(Platform platform, String component) {
        long killed = platform.kill(component);
        Instant at = Instant.now();
        platform.awaitBack(component, killed, Duration.ofMinutes(3));
        return "kill -9 " + component + " (back in " + Duration.between(at, Instant.now()).toSeconds() + " s)";
    }

    /**
     * A partner's client: each screening with its own Idempotency-Key, retried with the same key until accepted; at
     * least {@link #SCREENINGS} of them, and on until the last fault has healed.
     */
    private static void submitScreenings(List<String> caseIds, Map<String, String> caseRefs, AtomicInteger retries,
                                         AtomicBoolean lastFaultHealed, AtomicInteger accepted) {
        String token = Keycloak.partnerToken("partner-demo", "partner-demo-secret");
        Instant tokenAt = Instant.now();
        for (int i = 0; i < SCREENINGS || !lastFaultHealed.get(); i++) {
            Persons.Person p = Persons.faultRunPerson(i);
            Map<String, Object> body = Persons.screening(p, "AIRPORT_RETURNEE", Persons.DHAKA, Persons.JASHORE,
                    Persons.traffickedAbroad(), List.of("SHELTER"));
            String key = "fault-" + Persons.RUN + "-" + i;
            Instant giveUp = Instant.now().plus(Duration.ofMinutes(3));
            while (true) {
                if (Duration.between(tokenAt, Instant.now()).toMinutes() >= 10) {
                    try {
                        token = Keycloak.partnerToken("partner-demo", "partner-demo-secret");
                        tokenAt = Instant.now();
                    } catch (RuntimeException | AssertionError keycloakIsRestarting) {
                        // the current token is still valid for a while; ask again on the next try
                    }
                }
                Response r = post(token, body, key);
                if (r != null && r.statusCode() == 201) {
                    String caseId = r.jsonPath().getString("caseId");
                    if (!caseIds.contains(caseId)) caseIds.add(caseId);
                    caseRefs.put(caseId, r.jsonPath().getString("caseRef"));
                    accepted.incrementAndGet();
                    break;
                }
                if (Instant.now().isAfter(giveUp)) throw new AssertionError("screening " + i + " never accepted");
                retries.incrementAndGet();
                Setu.sleep(500);
            }
            Setu.sleep(PACE.toMillis());
        }
    }

    private static Response post(String token, Map<String, Object> body, String key) {
        try {
            return given().auth().oauth2(token).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                    .when().post(Setu.SCREENING + "/screenings");
        } catch (Exception connectionRefusedWhileTheServiceRestarts) { // RestAssured rethrows ConnectException unchecked
            return null;
        }
    }

    private static Map<String, Integer> referralsPerCase(List<String> caseIds) {
        Map<String, Integer> counts = new HashMap<>();
        try (Connection c = db("setu_referral");
             PreparedStatement s = c.prepareStatement("SELECT case_id::text, count(*) FROM referral "
                     + "WHERE case_id = ANY (?) AND status IN ('SENT', 'ACCEPTED') GROUP BY case_id")) {
            s.setArray(1, uuids(c, caseIds));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) counts.put(rs.getString(1), rs.getInt(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return counts;
    }

    private static int deliveredSentNotices(List<String> caseIds) {
        List<String> referralIds = new ArrayList<>();
        try (Connection c = db("setu_referral");
             PreparedStatement s = c.prepareStatement("SELECT id::text FROM referral WHERE case_id = ANY (?)")) {
            s.setArray(1, uuids(c, caseIds));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) referralIds.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        try (Connection c = db("setu_notification");
             PreparedStatement s = c.prepareStatement("SELECT count(*) FROM delivery WHERE referral_id = ANY (?) "
                     + "AND source_event_type = 'setu.referral.sent.v1' AND channel = 'EMAIL' AND status = 'DELIVERED'")) {
            s.setArray(1, uuids(c, referralIds));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Case id → the statistics' SENT steps of its referrals, for the cases the statistics have both screened and sent. */
    private static Map<String, Integer> statisticsPerCase(List<String> caseIds) {
        Map<String, Integer> out = new HashMap<>();
        try (Connection c = db("setu_statistics");
             PreparedStatement s = c.prepareStatement("SELECT f.case_id::text, count(st.event_id) FROM case_fact f "
                     + "JOIN referral_fact r ON r.case_id = f.case_id "
                     + "JOIN referral_step st ON st.referral_id = r.referral_id AND st.kind = 'SENT' "
                     + "WHERE f.case_id = ANY (?) GROUP BY f.case_id")) {
            s.setArray(1, uuids(c, caseIds));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) out.put(rs.getString(1), rs.getInt(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    private static int partnerCasesOpenedSince(Instant began) {
        try (Connection c = db("setu_screening");
             PreparedStatement s = c.prepareStatement("SELECT count(DISTINCT case_id) FROM screening "
                     + "WHERE screened_by = 'service-account-partner-demo' AND case_id IN "
                     + "(SELECT id FROM screening_case WHERE opened_at >= ?)")) {
            s.setObject(1, java.time.OffsetDateTime.ofInstant(began, java.time.ZoneOffset.UTC));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Integer> emailsPerCase(Map<String, String> caseRefs) {
        Map<String, String> caseByRef = new HashMap<>();
        synchronized (caseRefs) {
            caseRefs.forEach((id, ref) -> caseByRef.put(ref, id));
        }
        Map<String, Integer> counts = new HashMap<>();
        for (Mailbox.Mail m : Mailbox.messages(FOCAL_POINT)) {
            for (Map.Entry<String, String> e : caseByRef.entrySet()) {
                if (m.subject().contains(e.getKey())) counts.merge(e.getValue(), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static Map<String, Integer> awaitCounts(java.util.function.Supplier<Map<String, Integer>> count, int expected,
                                                    Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        Map<String, Integer> counts = count.get();
        while (counts.size() < expected && Instant.now().isBefore(deadline)) {
            Setu.sleep(2000);
            counts = count.get();
        }
        Setu.sleep(3000); // anything that would arrive twice has had time to
        return count.get();
    }

    private static int sum(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static Array uuids(Connection c, List<String> ids) throws SQLException {
        return c.createArrayOf("uuid", ids.stream().map(UUID::fromString).toArray());
    }

    private static Connection db(String name) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + name, "postgres", "");
    }
}
